-- Up Migration

-- AML case management (issue 15, cases): each case's timeline (the read model its workflow keeps, step by step),
-- the notes and evidence references officers add, and the case's suspicious activity report. SAR text lives here,
-- never in workflow payloads: the workflow only learns which revision an officer wrote.

CREATE TABLE aml_case_events (
  case_id     TEXT        NOT NULL REFERENCES aml_cases,
  -- Numbered in workflow order (`<n>-<TYPE>`), so a replayed or retried step is recorded once.
  step_key    TEXT        NOT NULL,
  type        TEXT        NOT NULL,
  actor       TEXT        NOT NULL,
  detail      JSONB       NOT NULL DEFAULT '{}',
  at          TIMESTAMPTZ NOT NULL DEFAULT now(),
  PRIMARY KEY (case_id, step_key)
);
CREATE INDEX aml_case_events_time ON aml_case_events (case_id, at);

CREATE TABLE aml_case_notes (
  note_id     TEXT        PRIMARY KEY,
  case_id     TEXT        NOT NULL REFERENCES aml_cases,
  author      TEXT        NOT NULL,
  body        TEXT        NOT NULL CHECK (btrim(body) <> ''),
  -- Evidence references: [{kind: PAYMENT|DOCUMENT|URL, ref}], pointers only (the evidence stays where it is).
  evidence    JSONB       NOT NULL DEFAULT '[]',
  created_at  TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE INDEX aml_case_notes_case ON aml_case_notes (case_id, created_at);

-- Every revision an officer wrote; the case's SAR points at the one its workflow accepted last.
CREATE TABLE aml_sar_revisions (
  revision_id           TEXT        PRIMARY KEY,
  case_id               TEXT        NOT NULL REFERENCES aml_cases,
  author                TEXT        NOT NULL,
  narrative             TEXT        NOT NULL CHECK (btrim(narrative) <> ''),
  reason_for_suspicion  TEXT        NOT NULL CHECK (btrim(reason_for_suspicion) <> ''),
  alert_ids             TEXT[]      NOT NULL DEFAULT '{}',
  payment_ids           TEXT[]      NOT NULL DEFAULT '{}',
  created_at            TIMESTAMPTZ NOT NULL DEFAULT now()
);

CREATE TABLE aml_sars (
  case_id           TEXT        PRIMARY KEY REFERENCES aml_cases,
  sar_id            TEXT        NOT NULL UNIQUE,
  status            TEXT        NOT NULL CHECK (status IN ('DRAFT', 'APPROVED', 'REJECTED')),
  revision_id       TEXT        NOT NULL REFERENCES aml_sar_revisions,
  -- Everyone who wrote a revision: none of them may approve it (maker ≠ checker).
  drafted_by        TEXT[]      NOT NULL,
  decided_by        TEXT,
  decided_at        TIMESTAMPTZ,
  rejection_reason  TEXT,
  updated_at        TIMESTAMPTZ NOT NULL DEFAULT now(),
  retain_until      TIMESTAMPTZ
);

-- Down Migration
DROP TABLE aml_sars;
DROP TABLE aml_sar_revisions;
DROP TABLE aml_case_notes;
DROP TABLE aml_case_events;
