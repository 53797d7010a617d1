-- Up Migration

-- Responsible gambling (issue 16): the tables that every part of the domain and every gate shares. Limits, limit
-- changes, scheme checks, vulnerability checks, harm scores and interventions come in later migrations of their
-- own (301-359); the bet gate (wallet_gate_bets) and the deposit gate read exclusions and restrictions from here.

-- The responsible-gambling officer: works the RG queue, applies restrictions and logs interactions.
ALTER TABLE staff_users DROP CONSTRAINT staff_users_roles_check;
ALTER TABLE staff_users ADD CONSTRAINT staff_users_roles_check CHECK (
  cardinality(roles) > 0 AND roles <@ ARRAY['compliance_officer', 'senior_compliance', 'payments_ops', 'cs_agent',
    'risk_analyst', 'engineer', 'admin', 'mlro', 'rg_officer']::TEXT[]);

-- A time-out or a self-exclusion. Effective from starts_at, at once. A time-out ends by itself at ends_at; a
-- self-exclusion lasts at least until ends_at and then only ends when the player asks and a cooling-off has
-- passed (ended_at). It is in force while ended_at IS NULL and, for a time-out, ends_at is still ahead.
CREATE TABLE rg_exclusions (
  exclusion_id   TEXT        PRIMARY KEY,
  player_id      TEXT        NOT NULL REFERENCES players,
  kind           TEXT        NOT NULL CHECK (kind IN ('TIME_OUT', 'SELF_EXCLUSION')),
  starts_at      TIMESTAMPTZ NOT NULL DEFAULT now(),
  ends_at        TIMESTAMPTZ NOT NULL CHECK (ends_at > starts_at),
  ended_at       TIMESTAMPTZ,
  -- Who asked: the player, or a staff member on the player's behalf (customer support), with the reason.
  requested_by   TEXT        NOT NULL,
  reason         TEXT        NOT NULL CHECK (btrim(reason) <> ''),
  workflow_id    TEXT        NOT NULL UNIQUE,
  created_at     TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE INDEX rg_exclusions_in_force ON rg_exclusions (player_id) WHERE ended_at IS NULL;

-- A restriction on a player: deposits blocked, bonuses blocked, marketing suppressed. In force while lifted_at is
-- NULL and (until IS NULL or until is still ahead). Each row says who put it on and why.
CREATE TABLE rg_restrictions (
  restriction_id TEXT        PRIMARY KEY,
  player_id      TEXT        NOT NULL REFERENCES players,
  kind           TEXT        NOT NULL CHECK (kind IN ('DEPOSIT_BLOCK', 'BONUS_BLOCK', 'MARKETING_SUPPRESSION')),
  source         TEXT        NOT NULL CHECK (source IN ('OFFICER', 'INTERVENTION', 'VULNERABILITY_CHECK', 'EXCLUSION')),
  -- The id of what put it on (an intervention's workflow id, a check's id, an exclusion's id), or the officer.
  source_ref     TEXT        NOT NULL,
  reason         TEXT        NOT NULL CHECK (btrim(reason) <> ''),
  applied_by     TEXT        NOT NULL,
  applied_at     TIMESTAMPTZ NOT NULL DEFAULT now(),
  until          TIMESTAMPTZ,
  lifted_at      TIMESTAMPTZ,
  lifted_by      TEXT,
  lift_reason    TEXT,
  CHECK ((lifted_at IS NULL) = (lifted_by IS NULL))
);
CREATE INDEX rg_restrictions_in_force ON rg_restrictions (player_id, kind) WHERE lifted_at IS NULL;
-- One restriction of a kind per source: a replayed activity puts nothing on twice.
CREATE UNIQUE INDEX rg_restrictions_once ON rg_restrictions (player_id, kind, source, source_ref);

-- Down Migration
DROP TABLE rg_restrictions;
DROP TABLE rg_exclusions;
ALTER TABLE staff_users DROP CONSTRAINT staff_users_roles_check;
ALTER TABLE staff_users ADD CONSTRAINT staff_users_roles_check CHECK (
  cardinality(roles) > 0 AND roles <@ ARRAY['compliance_officer', 'senior_compliance', 'payments_ops', 'cs_agent',
    'risk_analyst', 'engineer', 'admin', 'mlro']::TEXT[]);
