-- Up Migration

-- Routing rules are data: which PSPs may carry a payment (by kind, method, country, currency and amount) and what
-- each costs. The router keeps the PSPs of every matching enabled rule, then orders them by health and cost.
CREATE TABLE psp_routing_rules (
  rule_id            TEXT    PRIMARY KEY,
  kind               TEXT    NOT NULL CHECK (kind IN ('DEPOSIT', 'WITHDRAWAL')),
  method             TEXT    CHECK (method IN ('CARD', 'BANK_TRANSFER', 'EWALLET')),
  country            CHAR(2),
  currency           CHAR(3),
  min_amount_minor   BIGINT  CHECK (min_amount_minor >= 0),
  max_amount_minor   BIGINT  CHECK (max_amount_minor > 0),
  psp                TEXT    NOT NULL,
  cost_fixed_minor   BIGINT  NOT NULL DEFAULT 0 CHECK (cost_fixed_minor >= 0),
  cost_bps           INT     NOT NULL DEFAULT 0 CHECK (cost_bps >= 0),
  enabled            BOOLEAN NOT NULL DEFAULT true,
  description        TEXT    NOT NULL DEFAULT ''
);
-- A NULL condition matches anything. The local PSP simulator plays all three PSPs.
INSERT INTO psp_routing_rules (rule_id, kind, method, psp, cost_fixed_minor, cost_bps, description) VALUES
  ('deposit-card-cardpay',        'DEPOSIT',    'CARD',          'cardpay',     20, 150, 'Cards through the acquirer'),
  ('deposit-card-paywallet',      'DEPOSIT',    'CARD',          'paywallet',   30, 250, 'Cards through the e-wallet as fallback'),
  ('deposit-bank-instantbank',    'DEPOSIT',    'BANK_TRANSFER', 'instantbank', 10,   0, 'Pay by bank'),
  ('deposit-ewallet-paywallet',   'DEPOSIT',    'EWALLET',       'paywallet',   0,  200, 'E-wallet'),
  ('payout-bank-instantbank',     'WITHDRAWAL', 'BANK_TRANSFER', 'instantbank', 15,   0, 'Instant bank payout'),
  ('payout-bank-paywallet',       'WITHDRAWAL', 'BANK_TRANSFER', 'paywallet',   40,  50, 'Bank payout through the e-wallet'),
  ('payout-bank-cardpay',         'WITHDRAWAL', 'BANK_TRANSFER', 'cardpay',     50, 100, 'Bank payout through the acquirer'),
  ('payout-card-cardpay',         'WITHDRAWAL', 'CARD',          'cardpay',     25,  80, 'Card payout (OCT)'),
  ('payout-card-instantbank',     'WITHDRAWAL', 'CARD',          'instantbank', 30,   0, 'Card payout fallback to bank'),
  ('payout-ewallet-paywallet',    'WITHDRAWAL', 'EWALLET',       'paywallet',   10,  50, 'E-wallet payout');

-- What each jurisdiction allows around payments; '*' applies where no row names the jurisdiction.
CREATE TABLE jurisdiction_payment_policies (
  jurisdiction                  TEXT    PRIMARY KEY,
  reverse_withdrawal_allowed    BOOLEAN NOT NULL,
  forfeit_bonus_on_withdrawal   BOOLEAN NOT NULL
);
INSERT INTO jurisdiction_payment_policies VALUES
  ('*',  true,  true),
  ('GB', false, true), -- UKGC: reverse withdrawals banned since October 2021
  ('MT', true,  true);

-- The read model of deposits and withdrawals, kept current by the workflows' activities: the back office lists
-- and filters from here, never from Temporal visibility. The player's own key makes a request idempotent.
CREATE TABLE payments (
  payment_id        TEXT        PRIMARY KEY,
  kind              TEXT        NOT NULL CHECK (kind IN ('DEPOSIT', 'WITHDRAWAL')),
  player_id         TEXT        NOT NULL REFERENCES players,
  brand             TEXT        NOT NULL,
  amount_minor      BIGINT      NOT NULL CHECK (amount_minor > 0),
  currency          CHAR(3)     NOT NULL,
  method            TEXT        NOT NULL CHECK (method IN ('CARD', 'BANK_TRANSFER', 'EWALLET')),
  country           CHAR(2)     NOT NULL,
  status            TEXT        NOT NULL,
  psp               TEXT,
  client_key        TEXT        NOT NULL,
  request_hash      TEXT        NOT NULL,
  requested_by      TEXT        NOT NULL,
  workflow_id       TEXT        NOT NULL UNIQUE,
  approvals_needed  INT         NOT NULL DEFAULT 0,
  escalated         BOOLEAN     NOT NULL DEFAULT false,
  failure_reason    TEXT,
  created_at        TIMESTAMPTZ NOT NULL DEFAULT now(),
  updated_at        TIMESTAMPTZ NOT NULL DEFAULT now(),
  UNIQUE (player_id, kind, client_key)
);
CREATE INDEX payments_queue ON payments (kind, status, created_at);
CREATE INDEX payments_player ON payments (player_id, created_at);

-- The timeline of a payment: every step and decision, in order.
CREATE TABLE payment_events (
  event_id    BIGINT      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  payment_id  TEXT        NOT NULL REFERENCES payments,
  step_key    TEXT        NOT NULL,
  type        TEXT        NOT NULL,
  actor       TEXT        NOT NULL,
  detail      JSONB       NOT NULL DEFAULT '{}',
  at          TIMESTAMPTZ NOT NULL DEFAULT now(),
  UNIQUE (payment_id, step_key) -- an activity retried after a crash records its step once
);

-- One row per PSP try, so reconciliation and chargebacks see the real path. The attempt id is the idempotency
-- key sent to the PSP and the reference it echoes in webhooks and settlement reports.
CREATE TABLE payment_attempts (
  attempt_id      TEXT        PRIMARY KEY,
  payment_id      TEXT        NOT NULL REFERENCES payments,
  seq             INT         NOT NULL,
  psp             TEXT        NOT NULL,
  operation       TEXT        NOT NULL CHECK (operation IN ('DEPOSIT', 'PAYOUT', 'REFUND')),
  status          TEXT        NOT NULL CHECK (status IN ('SENT', 'PENDING', 'SUCCEEDED', 'DECLINED', 'TIMEOUT', 'OUTAGE')),
  outcome_class   TEXT        CHECK (outcome_class IN ('SUCCESS', 'PENDING', 'HARD_DECLINE', 'SOFT_DECLINE', 'TIMEOUT', 'OUTAGE')),
  psp_code        TEXT,
  psp_reference   TEXT,
  latency_ms      INT,
  started_at      TIMESTAMPTZ NOT NULL DEFAULT now(),
  finished_at     TIMESTAMPTZ,
  UNIQUE (payment_id, seq)
);
CREATE INDEX payment_attempts_health ON payment_attempts (psp, started_at);

-- Staff decisions on withdrawals; one per officer and withdrawal, so nobody approves the same one twice.
CREATE TABLE payment_decisions (
  payment_id  TEXT        NOT NULL REFERENCES payments,
  staff_id    TEXT        NOT NULL,
  decision    TEXT        NOT NULL CHECK (decision IN ('APPROVE', 'REJECT')),
  role        TEXT        NOT NULL,
  reason      TEXT,
  at          TIMESTAMPTZ NOT NULL DEFAULT now(),
  PRIMARY KEY (payment_id, staff_id)
);

-- Webhooks received, by the PSP's event id: a duplicate delivery changes nothing.
CREATE TABLE psp_webhook_events (
  psp          TEXT        NOT NULL,
  event_id     TEXT        NOT NULL,
  attempt_id   TEXT,
  payload      JSONB       NOT NULL,
  received_at  TIMESTAMPTZ NOT NULL DEFAULT now(),
  PRIMARY KEY (psp, event_id)
);

-- Reconciliation: each run compares one PSP's settlement report for a window with the ledger.
CREATE TABLE reconciliation_runs (
  run_id          TEXT        PRIMARY KEY,
  psp             TEXT        NOT NULL,
  window_from     TIMESTAMPTZ NOT NULL,
  window_to       TIMESTAMPTZ NOT NULL,
  items_checked   INT         NOT NULL,
  mismatches      INT         NOT NULL,
  finished_at     TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE TABLE reconciliation_mismatches (
  mismatch_id     BIGINT      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  run_id          TEXT        NOT NULL REFERENCES reconciliation_runs,
  psp             TEXT        NOT NULL,
  kind            TEXT        NOT NULL CHECK (kind IN ('MISSING_IN_LEDGER', 'MISSING_AT_PSP', 'DUPLICATE', 'AMOUNT_DIFFERS')),
  reference       TEXT,
  payment_id      TEXT,
  psp_amount_minor     BIGINT,
  ledger_amount_minor  BIGINT,
  currency        CHAR(3),
  detail          TEXT        NOT NULL,
  status          TEXT        NOT NULL DEFAULT 'OPEN' CHECK (status IN ('OPEN', 'RESOLVED')),
  found_at        TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE INDEX reconciliation_mismatches_open ON reconciliation_mismatches (status, found_at);

-- Down Migration
DROP TABLE reconciliation_mismatches;
DROP TABLE reconciliation_runs;
DROP TABLE psp_webhook_events;
DROP TABLE payment_decisions;
DROP TABLE payment_attempts;
DROP TABLE payment_events;
DROP TABLE payments;
DROP TABLE jurisdiction_payment_policies;
DROP TABLE psp_routing_rules;
