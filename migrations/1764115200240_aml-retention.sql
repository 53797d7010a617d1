-- Up Migration

-- AML record retention (issue 15, item 5). AML records are kept for the jurisdiction's `recordRetentionYears`
-- counted from the end of the relationship, i.e. from when the player's account was closed: `closed_at` records it
-- (set when the status becomes CLOSED, cleared if the account is reopened, as the relationship goes on). Players
-- closed before this migration count from now: a later start keeps records longer, never shorter.
ALTER TABLE players ADD COLUMN closed_at TIMESTAMPTZ;
UPDATE players SET closed_at = now() WHERE status = 'CLOSED';

-- Holds are AML records of the player too; cases and alerts have their date since the core migration.
ALTER TABLE aml_holds ADD COLUMN retain_until TIMESTAMPTZ;

-- One row per retention run (the daily Schedule's, or one an MLRO started): what it found purgeable, what it purged.
CREATE TABLE aml_retention_runs (
  run_id        TEXT        PRIMARY KEY,
  workflow_id   TEXT        NOT NULL UNIQUE,
  -- REPORT_ONLY: a dry run that lists what is purgeable and deletes nothing.
  mode          TEXT        NOT NULL CHECK (mode IN ('PURGE', 'REPORT_ONLY')),
  requested_by  TEXT        NOT NULL,
  -- Records whose retention date is at or before it are purgeable in this run; fixed when the run starts, so the
  -- run purges only what its report listed.
  cutoff        TIMESTAMPTZ NOT NULL,
  status        TEXT        NOT NULL DEFAULT 'RUNNING' CHECK (status IN ('RUNNING', 'COMPLETED')),
  -- { tables: [{ table, records }], players }
  report        JSONB       NOT NULL,
  -- { table: records deleted }, added to by each batch in the batch's own transaction (idempotent under retries).
  purged        JSONB       NOT NULL DEFAULT '{}',
  players_purged INT        NOT NULL DEFAULT 0,
  started_at    TIMESTAMPTZ NOT NULL DEFAULT now(),
  finished_at   TIMESTAMPTZ,
  CHECK ((status = 'COMPLETED') = (finished_at IS NOT NULL))
);
CREATE INDEX aml_retention_runs_recent ON aml_retention_runs (started_at DESC);

-- Down Migration
DROP TABLE aml_retention_runs;
ALTER TABLE aml_holds DROP COLUMN retain_until;
ALTER TABLE players DROP COLUMN closed_at;
