-- Up Migration

-- AML transaction monitoring (issue 15 items 1-3): the compact history the rules read, the evaluation log that
-- proves every monitored event was evaluated once, and the back-tests. Alerts and rule versions are in
-- 1764115200200_aml-core.sql.

-- The payment and KYC events the rules read, one row each (low volume): deposits, withdrawals and KYC changes.
-- Also the recorded history back-tests replay. Amounts in minor units with their currency.
CREATE TABLE aml_monitored_events (
  event_id       UUID        PRIMARY KEY,
  player_id      TEXT        NOT NULL,
  -- DEPOSIT_CREDITED, DEPOSIT_FAILED, WITHDRAWAL_REQUESTED, KYC_CHANGED
  kind           TEXT        NOT NULL,
  occurred_at    TIMESTAMPTZ NOT NULL,
  payment_id     TEXT,
  amount_minor   BIGINT,
  currency       TEXT,
  instrument_id  TEXT,
  country        TEXT,
  -- The KYC status a KYC_CHANGED event reports.
  kyc_status     TEXT,
  recorded_at    TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE INDEX aml_monitored_events_player ON aml_monitored_events (player_id, occurred_at);
CREATE INDEX aml_monitored_events_time ON aml_monitored_events (occurred_at);

-- Bets arrive at thousands a second: one row per player, currency and minute (event time) holds their sum, so
-- turnover since a deposit is a sum over a few buckets and a batch of bets is one upsert per player.
CREATE TABLE aml_turnover_buckets (
  player_id   TEXT        NOT NULL,
  currency    TEXT        NOT NULL,
  minute      TIMESTAMPTZ NOT NULL,
  bets_minor  BIGINT      NOT NULL DEFAULT 0,
  bet_count   INT         NOT NULL DEFAULT 0,
  PRIMARY KEY (player_id, currency, minute)
);

-- One row per consumed event (the monitor's dedupe by event id and its proof for the drill): which live rule
-- versions the event was evaluated against, and which fired with the alert key they raised or found.
CREATE TABLE aml_evaluations (
  event_id      UUID        PRIMARY KEY,
  topic         TEXT        NOT NULL,
  player_id     TEXT,
  occurred_at   TIMESTAMPTZ NOT NULL,
  -- [{ruleId, version}] evaluated; empty for events that only feed aggregates (bets).
  evaluated     JSONB       NOT NULL DEFAULT '[]',
  -- [{ruleId, version, alertKey, alertId, suppressed}]
  fired         JSONB       NOT NULL DEFAULT '[]',
  evaluated_at  TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE INDEX aml_evaluations_fired ON aml_evaluations (evaluated_at) WHERE fired <> '[]';

CREATE TABLE aml_backtests (
  backtest_id   TEXT        PRIMARY KEY,
  rule_id       TEXT        NOT NULL,
  -- The version back-tested, or NULL for an unsaved definition (kept in `definition`).
  rule_version  INT,
  definition    JSONB       NOT NULL,
  period_from   TIMESTAMPTZ NOT NULL,
  period_to     TIMESTAMPTZ NOT NULL CHECK (period_to > period_from),
  requested_by  TEXT        NOT NULL,
  requested_at  TIMESTAMPTZ NOT NULL DEFAULT now(),
  -- {eventsEvaluated, alerts, players: [{playerId, alerts}], perDay: [{day, alerts}]}
  result        JSONB       NOT NULL
);
CREATE INDEX aml_backtests_rule ON aml_backtests (rule_id, requested_at DESC);

-- Down Migration
DROP TABLE aml_backtests;
DROP TABLE aml_evaluations;
DROP TABLE aml_turnover_buckets;
DROP TABLE aml_monitored_events;
