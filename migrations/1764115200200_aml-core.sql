-- Up Migration

-- AML transaction monitoring and case management (issue 15): the tables every part of the domain shares. Rules
-- are versioned data (an edit adds a version; versions are never updated or deleted), alerts record the version
-- that fired, cases group a player's alerts while open, and holds stop the player's payouts while a serious case
-- is open. Other AML tables (aggregates, back-tests, SARs, notes) come in later migrations of their own.

-- The nominated officer (MLRO): approves suspicious activity reports, never their own.
ALTER TABLE staff_users DROP CONSTRAINT staff_users_roles_check;
ALTER TABLE staff_users ADD CONSTRAINT staff_users_roles_check CHECK (
  cardinality(roles) > 0 AND roles <@ ARRAY['compliance_officer', 'senior_compliance', 'payments_ops', 'cs_agent',
    'risk_analyst', 'engineer', 'admin', 'mlro']::TEXT[]);

CREATE TABLE aml_rules (
  rule_id          TEXT        PRIMARY KEY CHECK (rule_id ~ '^[a-z0-9][a-z0-9-]{1,62}$'),
  name             TEXT        NOT NULL CHECK (btrim(name) <> ''),
  -- The version the monitoring consumer evaluates; NULL while a rule has no live version (drafted, back-tested).
  live_version     INT,
  created_at       TIMESTAMPTZ NOT NULL DEFAULT now()
);

CREATE TABLE aml_rule_versions (
  rule_id      TEXT        NOT NULL REFERENCES aml_rules,
  version      INT         NOT NULL CHECK (version > 0),
  -- The condition and its parameters, in the rules library's own format (domain/aml/rules).
  definition   JSONB       NOT NULL,
  description  TEXT        NOT NULL,
  severity     TEXT        NOT NULL CHECK (severity IN ('LOW', 'MEDIUM', 'HIGH', 'CRITICAL')),
  score        INT         NOT NULL CHECK (score BETWEEN 0 AND 1000),
  created_by   TEXT        NOT NULL,
  reason       TEXT        NOT NULL CHECK (btrim(reason) <> ''),
  created_at   TIMESTAMPTZ NOT NULL DEFAULT now(),
  PRIMARY KEY (rule_id, version)
);
ALTER TABLE aml_rules ADD CONSTRAINT aml_rules_live_version
  FOREIGN KEY (rule_id, live_version) REFERENCES aml_rule_versions (rule_id, version) DEFERRABLE INITIALLY DEFERRED;

CREATE TABLE aml_cases (
  case_id        TEXT        PRIMARY KEY,
  player_id      TEXT        NOT NULL REFERENCES players,
  jurisdiction   TEXT        NOT NULL,
  status         TEXT        NOT NULL DEFAULT 'OPEN'
                 CHECK (status IN ('OPEN', 'ASSIGNED', 'INVESTIGATING', 'ESCALATED', 'CLOSED')),
  severity       TEXT        NOT NULL CHECK (severity IN ('LOW', 'MEDIUM', 'HIGH', 'CRITICAL')),
  outcome        TEXT        CHECK (outcome IN ('NO_ACTION', 'RESTRICT', 'CLOSE_ACCOUNT', 'SAR_FILED')),
  assignee       TEXT,
  assignee_role  TEXT,
  workflow_id    TEXT        NOT NULL UNIQUE,
  opened_at      TIMESTAMPTZ NOT NULL DEFAULT now(),
  sla_due_at     TIMESTAMPTZ NOT NULL,
  escalated_at   TIMESTAMPTZ,
  closed_at      TIMESTAMPTZ,
  closed_by      TEXT,
  close_reason   TEXT,
  -- When the record may be purged (five years after the relationship ends, per the jurisdiction registry); NULL
  -- while the relationship lasts.
  retain_until   TIMESTAMPTZ,
  CHECK ((status = 'CLOSED') = (closed_at IS NOT NULL AND outcome IS NOT NULL))
);
-- At most one open case per player: new alerts join it.
CREATE UNIQUE INDEX aml_cases_one_open_per_player ON aml_cases (player_id) WHERE status <> 'CLOSED';
CREATE INDEX aml_cases_queue ON aml_cases (status, sla_due_at);

CREATE TABLE aml_alerts (
  alert_id       TEXT        PRIMARY KEY,
  -- What makes an alert the same alert (the rule, its version, the player and the rule's own dedupe window or
  -- event): a redelivered or replayed event raises nothing new.
  alert_key      TEXT        NOT NULL UNIQUE,
  rule_id        TEXT        NOT NULL,
  rule_version   INT         NOT NULL,
  player_id      TEXT        NOT NULL REFERENCES players,
  severity       TEXT        NOT NULL CHECK (severity IN ('LOW', 'MEDIUM', 'HIGH', 'CRITICAL')),
  score          INT         NOT NULL,
  -- The event that fired it (its envelope's eventId) and when that event happened.
  event_id       UUID        NOT NULL,
  occurred_at    TIMESTAMPTZ NOT NULL,
  -- Why it fired: the facts the condition read (window sums, counts, linked players), for the officer.
  explanation    JSONB       NOT NULL,
  case_id        TEXT        REFERENCES aml_cases,
  disposition    TEXT        CHECK (disposition IN ('TRUE_POSITIVE', 'FALSE_POSITIVE')),
  raised_at      TIMESTAMPTZ NOT NULL DEFAULT now(),
  retain_until   TIMESTAMPTZ,
  FOREIGN KEY (rule_id, rule_version) REFERENCES aml_rule_versions (rule_id, version)
);
CREATE INDEX aml_alerts_player ON aml_alerts (player_id, occurred_at DESC);
CREATE INDEX aml_alerts_case ON aml_alerts (case_id) WHERE case_id IS NOT NULL;
CREATE INDEX aml_alerts_unassigned ON aml_alerts (raised_at) WHERE case_id IS NULL;
CREATE INDEX aml_alerts_rule ON aml_alerts (rule_id, rule_version);

-- A hold stops the player's payouts while its case is open above the hold severity; released when it closes.
CREATE TABLE aml_holds (
  case_id      TEXT        PRIMARY KEY REFERENCES aml_cases,
  player_id    TEXT        NOT NULL REFERENCES players,
  placed_at    TIMESTAMPTZ NOT NULL DEFAULT now(),
  released_at  TIMESTAMPTZ,
  released_by  TEXT,
  CHECK (released_at IS NULL OR released_at >= placed_at)
);
CREATE INDEX aml_holds_active ON aml_holds (player_id) WHERE released_at IS NULL;

-- Down Migration
DROP TABLE aml_holds;
DROP TABLE aml_alerts;
DROP TABLE aml_cases;
ALTER TABLE aml_rules DROP CONSTRAINT aml_rules_live_version;
DROP TABLE aml_rule_versions;
DROP TABLE aml_rules;
ALTER TABLE staff_users DROP CONSTRAINT staff_users_roles_check;
ALTER TABLE staff_users ADD CONSTRAINT staff_users_roles_check CHECK (
  cardinality(roles) > 0 AND roles <@ ARRAY['compliance_officer', 'senior_compliance', 'payments_ops', 'cs_agent',
    'risk_analyst', 'engineer', 'admin']::TEXT[]);
