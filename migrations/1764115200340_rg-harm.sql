-- Up Migration

-- Responsible gambling, markers of harm (issue 16 items 4, 5): interactions with the player, the harm monitor's
-- aggregates and markers, interventions with their timeline, safer-gambling messages, financial vulnerability checks.

-- An interaction with the player about their gambling: an officer's call or message, a customer's contact about
-- gambling taken by an agent, the outcome of a vulnerability check. `by` is a staff id or `system`.
CREATE TABLE rg_interactions (
  interaction_id            TEXT        PRIMARY KEY,
  player_id                 TEXT        NOT NULL REFERENCES players,
  kind                      TEXT        NOT NULL CHECK (kind IN ('CALL', 'MESSAGE', 'CUSTOMER_CONTACT_ABOUT_GAMBLING',
                                                                   'VULNERABILITY_CHECK', 'NOTE')),
  note                      TEXT        NOT NULL CHECK (btrim(note) <> ''),
  -- Said by the player in so many words (e.g. "I cannot stop"): a strong indicator of harm that acts at once.
  strong_indicator          BOOLEAN     NOT NULL DEFAULT false,
  by_actor                  TEXT        NOT NULL,
  intervention_workflow_id  TEXT,
  -- A workflow's step key: a retried activity logs its interaction once.
  idempotency_key           TEXT        UNIQUE,
  created_at                TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE INDEX rg_interactions_player ON rg_interactions (player_id, created_at DESC);

-- The harm monitor's dedupe: one row per consumed event id (kept a while; Kafka redelivers within hours).
CREATE TABLE rg_harm_seen_events (
  event_id    UUID        PRIMARY KEY,
  seen_at     TIMESTAMPTZ NOT NULL DEFAULT now()
);

-- Per-player hourly aggregates of play and payments, never a row per bet: one upsert per player and hour per batch.
-- `late_night_bets` counts bets placed between midnight and 06:00 in the player's local time.
CREATE TABLE rg_harm_buckets (
  player_id         TEXT        NOT NULL,
  hour              TIMESTAMPTZ NOT NULL,
  stakes_minor      BIGINT      NOT NULL DEFAULT 0,
  wins_minor        BIGINT      NOT NULL DEFAULT 0,
  bet_count         INT         NOT NULL DEFAULT 0,
  late_night_bets   INT         NOT NULL DEFAULT 0,
  deposits_minor    BIGINT      NOT NULL DEFAULT 0,
  deposit_count     INT         NOT NULL DEFAULT 0,
  failed_deposits   INT         NOT NULL DEFAULT 0,
  cancelled_withdrawals INT     NOT NULL DEFAULT 0,
  limit_increases   INT         NOT NULL DEFAULT 0,
  PRIMARY KEY (player_id, hour)
);

-- A marker of harm observed for a player: which marker, its weight when it was seen, why, and when. A marker
-- counts once per player and day (`day_key`), so a night of bets is one late-night marker, not thousands.
CREATE TABLE rg_harm_markers (
  marker_id     TEXT        PRIMARY KEY,
  player_id     TEXT        NOT NULL REFERENCES players,
  marker        TEXT        NOT NULL,
  weight        INT         NOT NULL CHECK (weight > 0),
  strong        BOOLEAN     NOT NULL DEFAULT false,
  explanation   JSONB       NOT NULL,
  observed_at   TIMESTAMPTZ NOT NULL,
  day_key       DATE        NOT NULL,
  event_id      UUID        NOT NULL,
  UNIQUE (player_id, marker, day_key)
);
CREATE INDEX rg_harm_markers_player ON rg_harm_markers (player_id, observed_at DESC);

-- A player's intervention: n counts from 1 per player; one open at a time (later markers signal it).
CREATE TABLE rg_interventions (
  workflow_id   TEXT        PRIMARY KEY,
  player_id     TEXT        NOT NULL REFERENCES players,
  n             INT         NOT NULL CHECK (n > 0),
  status        TEXT        NOT NULL DEFAULT 'OPEN' CHECK (status IN ('OPEN', 'RESOLVED')),
  level         INT         NOT NULL DEFAULT 0 CHECK (level BETWEEN 0 AND 3),
  score         INT         NOT NULL,
  assignee      TEXT,
  sla_due_at    TIMESTAMPTZ,
  escalated_to_senior BOOLEAN NOT NULL DEFAULT false,
  opened_at     TIMESTAMPTZ NOT NULL DEFAULT now(),
  resolved_at   TIMESTAMPTZ,
  resolved_by   TEXT,
  outcome       TEXT,
  UNIQUE (player_id, n)
);
CREATE UNIQUE INDEX rg_interventions_one_open ON rg_interventions (player_id) WHERE status = 'OPEN';
CREATE INDEX rg_interventions_queue ON rg_interventions (status, sla_due_at);

-- Every step of an intervention with its reason, in order; a retried activity records its step once.
CREATE TABLE rg_intervention_steps (
  step_id       BIGINT      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  workflow_id   TEXT        NOT NULL REFERENCES rg_interventions,
  step_key      TEXT        NOT NULL,
  type          TEXT        NOT NULL,
  level         INT         NOT NULL,
  actor         TEXT        NOT NULL,
  reason        TEXT        NOT NULL,
  detail        JSONB       NOT NULL DEFAULT '{}',
  at            TIMESTAMPTZ NOT NULL DEFAULT now(),
  UNIQUE (workflow_id, step_key)
);

-- The safer-gambling messages sent to players (recorded until the journey-comms issue delivers them).
CREATE TABLE rg_safer_gambling_messages (
  message_id    TEXT        PRIMARY KEY,
  player_id     TEXT        NOT NULL REFERENCES players,
  template      TEXT        NOT NULL,
  reason        TEXT        NOT NULL,
  source_ref    TEXT        NOT NULL,
  created_at    TIMESTAMPTZ NOT NULL DEFAULT now(),
  UNIQUE (source_ref, template)
);

-- A financial vulnerability check: started once per rolling window when net deposits reach the jurisdiction's
-- threshold; PENDING until its workflow has started (the monitor starts it after its transaction commits).
CREATE TABLE rg_vulnerability_checks (
  check_id            TEXT        PRIMARY KEY,
  player_id           TEXT        NOT NULL REFERENCES players,
  jurisdiction        TEXT        NOT NULL,
  net_deposits_minor  BIGINT      NOT NULL,
  threshold_minor     BIGINT      NOT NULL,
  currency            CHAR(3)     NOT NULL,
  window_days         INT         NOT NULL,
  status              TEXT        NOT NULL DEFAULT 'PENDING'
                        CHECK (status IN ('PENDING', 'RUNNING', 'CLEAR', 'MARKERS_FOUND')),
  markers             TEXT[]      NOT NULL DEFAULT '{}',
  restrictions        TEXT[]      NOT NULL DEFAULT '{}',
  workflow_id         TEXT        NOT NULL UNIQUE,
  started_at          TIMESTAMPTZ NOT NULL DEFAULT now(),
  completed_at        TIMESTAMPTZ
);
CREATE INDEX rg_vulnerability_checks_player ON rg_vulnerability_checks (player_id, started_at DESC);
CREATE INDEX rg_vulnerability_checks_pending ON rg_vulnerability_checks (started_at) WHERE status = 'PENDING';

-- Down Migration
DROP TABLE rg_vulnerability_checks;
DROP TABLE rg_safer_gambling_messages;
DROP TABLE rg_intervention_steps;
DROP TABLE rg_interventions;
DROP TABLE rg_harm_markers;
DROP TABLE rg_harm_buckets;
DROP TABLE rg_harm_seen_events;
DROP TABLE rg_interactions;
