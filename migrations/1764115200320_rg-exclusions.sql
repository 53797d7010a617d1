-- Up Migration

-- Time-outs and self-exclusions (issue 16, rg-exclusions): what the exclusion workflow records beyond the rg-core
-- row, the national scheme checks, and the players' reality-check intervals.

-- A self-exclusion covers the same person's accounts on the operator's other brands: each covered account has a row
-- of its own (the bet and deposit gates read rg_exclusions by player), pointing at the exclusion that covers it and
-- sharing its workflow, which starts and ends them together. So the workflow id is unique among the leading rows.
ALTER TABLE rg_exclusions DROP CONSTRAINT rg_exclusions_workflow_id_key;
ALTER TABLE rg_exclusions
  ADD COLUMN covered_by          TEXT REFERENCES rg_exclusions,
  -- A self-exclusion reached its chosen length: it stays in force until the player asks to return.
  ADD COLUMN minimum_reached_at  TIMESTAMPTZ,
  ADD COLUMN return_requested_at TIMESTAMPTZ,
  -- When the cooling-off after the return request ends (the exclusion ends then).
  ADD COLUMN returns_at          TIMESTAMPTZ,
  -- What became of the cash balance: paid out (payout_id), waiting for the player to name an instrument, or none.
  ADD COLUMN balance_return      TEXT CHECK (balance_return IN ('PAYOUT_REQUESTED', 'AWAITING_INSTRUMENT', 'NO_BALANCE')),
  ADD COLUMN balance_minor       BIGINT,
  ADD COLUMN payout_id           TEXT,
  ADD COLUMN bonus_forfeited_minor BIGINT;
CREATE UNIQUE INDEX rg_exclusions_workflow ON rg_exclusions (workflow_id) WHERE covered_by IS NULL;
CREATE INDEX rg_exclusions_covered_by ON rg_exclusions (covered_by) WHERE covered_by IS NOT NULL;
CREATE INDEX rg_exclusions_player ON rg_exclusions (player_id, starts_at DESC);

-- One look-up at a national self-exclusion scheme: who (the player, or at registration the token's subject), why,
-- which scheme, its answer, how long it took over how many tries, and the last error when it could not answer.
CREATE TABLE rg_scheme_checks (
  check_id     TEXT        PRIMARY KEY,
  player_id    TEXT        REFERENCES players,
  subject      TEXT,
  jurisdiction TEXT        NOT NULL,
  scheme       TEXT        NOT NULL CHECK (scheme IN ('GAMSTOP', 'SPELPAUS', 'OASIS')),
  purpose      TEXT        NOT NULL CHECK (purpose IN ('REGISTRATION', 'DEPOSIT', 'MARKETING')),
  answer       TEXT        NOT NULL CHECK (answer IN ('LISTED', 'NOT_LISTED', 'PREVIOUSLY_LISTED', 'UNAVAILABLE')),
  -- The scheme's own answer code (GAMSTOP's Y/N/P), for the record.
  scheme_answer TEXT,
  attempts     INT         NOT NULL CHECK (attempts > 0),
  latency_ms   INT         NOT NULL CHECK (latency_ms >= 0),
  error        TEXT,
  requested_by TEXT        NOT NULL,
  checked_at   TIMESTAMPTZ NOT NULL DEFAULT now(),
  CHECK (player_id IS NOT NULL OR subject IS NOT NULL)
);
CREATE INDEX rg_scheme_checks_player ON rg_scheme_checks (player_id, checked_at DESC) WHERE player_id IS NOT NULL;
CREATE INDEX rg_scheme_checks_subject ON rg_scheme_checks (subject, checked_at DESC) WHERE subject IS NOT NULL;

-- A player's reality-check interval: a reminder every so many minutes of a game session.
CREATE TABLE rg_reality_checks (
  player_id        TEXT        PRIMARY KEY REFERENCES players,
  interval_minutes INT         NOT NULL CHECK (interval_minutes BETWEEN 5 AND 240),
  updated_at       TIMESTAMPTZ NOT NULL DEFAULT now()
);

-- Down Migration
DROP TABLE rg_reality_checks;
DROP TABLE rg_scheme_checks;
DROP INDEX rg_exclusions_player;
DROP INDEX rg_exclusions_covered_by;
DROP INDEX rg_exclusions_workflow;
ALTER TABLE rg_exclusions
  DROP COLUMN covered_by, DROP COLUMN minimum_reached_at, DROP COLUMN return_requested_at, DROP COLUMN returns_at,
  DROP COLUMN balance_return, DROP COLUMN balance_minor, DROP COLUMN payout_id, DROP COLUMN bonus_forfeited_minor;
ALTER TABLE rg_exclusions ADD CONSTRAINT rg_exclusions_workflow_id_key UNIQUE (workflow_id);
