-- Up Migration

-- Issue 14, the KYC gates: whether a jurisdiction requires verification before any deposit or bet, as the wallet's
-- bet gate reads it in SQL. The jurisdiction registry (domain/jurisdictions/registry.ts) is the source: every
-- migrate rewrites this table from it (stack/migrate.ts), as it re-applies the SQL functions, so the database
-- always gates by the rules of the code that runs. '*' is the default for codes without a row of their own.
CREATE TABLE kyc_jurisdiction_gates (
  jurisdiction                    TEXT    PRIMARY KEY,
  verify_before_deposit_or_play   BOOLEAN NOT NULL
);

-- Enhanced due diligence: what a player was asked to prove about the source of their funds, by when, and what
-- they sent. The evidence (a reference such as a document id or bank statement name, and the player's
-- description) is sealed per field with a data key of the row's own, wrapped by the personal data master key;
-- only ids, statuses and dates are in clear. One open request per player at a time.
CREATE TABLE source_of_funds_requests (
  request_id              TEXT        PRIMARY KEY,
  player_id               TEXT        NOT NULL REFERENCES players,
  trigger                 TEXT        NOT NULL CHECK (trigger IN ('CDD_THRESHOLD', 'PEP_MATCH', 'RISK_RULE')),
  status                  TEXT        NOT NULL CHECK (status IN ('REQUESTED', 'SUBMITTED', 'OVERDUE', 'CLEARED')),
  workflow_id             TEXT        NOT NULL UNIQUE,
  due_at                  TIMESTAMPTZ NOT NULL,
  reminders_sent          INT         NOT NULL DEFAULT 0,
  master_key_id           TEXT,
  wrapped_data_key        BYTEA,
  evidence_reference      BYTEA,
  evidence_description    BYTEA,
  submitted_at            TIMESTAMPTZ,
  cleared_by              TEXT,
  clear_reason            TEXT,
  cleared_at              TIMESTAMPTZ,
  created_at              TIMESTAMPTZ NOT NULL DEFAULT now(),
  CHECK ((evidence_reference IS NULL) = (submitted_at IS NULL)),
  CHECK ((status = 'CLEARED') = (cleared_at IS NOT NULL))
);
CREATE UNIQUE INDEX source_of_funds_requests_one_open ON source_of_funds_requests (player_id)
  WHERE status <> 'CLEARED';

-- Down Migration
DROP TABLE source_of_funds_requests;
DROP TABLE kyc_jurisdiction_gates;
