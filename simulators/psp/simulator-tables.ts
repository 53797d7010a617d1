import type { Queryable } from '../../platform/db';
import { createTablesOnce } from '../shared/simulator-tables';
import { webhookDeliveriesDdl } from '../shared/webhook-outbox';

// The simulator is the outside world, so its tables live in its own database and are not part of our
// migrations; `IF NOT EXISTS` makes start-up idempotent and keeps state across restarts.
const DDL = `
CREATE TABLE IF NOT EXISTS psp_payments (
  psp_reference  TEXT PRIMARY KEY,
  psp            TEXT NOT NULL,
  reference      TEXT NOT NULL,
  kind           TEXT NOT NULL,
  amount_minor   BIGINT NOT NULL,
  currency       TEXT NOT NULL,
  player_id      TEXT NOT NULL,
  country        TEXT,
  method         TEXT,
  status         TEXT NOT NULL,
  code           TEXT,
  -- A PENDING payment's decided outcome, reached at finalize_at; cleared once final.
  planned_status TEXT,
  planned_code   TEXT,
  finalize_at    TIMESTAMPTZ,
  notify         BOOLEAN NOT NULL,
  created_at     TIMESTAMPTZ NOT NULL DEFAULT now(),
  finalized_at   TIMESTAMPTZ
);
-- The instrument charged or paid, as the answer shows it (token and display data); added after the first release.
ALTER TABLE psp_payments ADD COLUMN IF NOT EXISTS instrument JSONB;
CREATE INDEX IF NOT EXISTS psp_payments_by_reference ON psp_payments (psp, reference, created_at);
CREATE INDEX IF NOT EXISTS psp_payments_due ON psp_payments (finalize_at) WHERE finalize_at IS NOT NULL;

-- The card vault: each player's instrument of each kind, by the token the PSP gave the merchant.
CREATE TABLE IF NOT EXISTS psp_instruments (
  psp         TEXT NOT NULL,
  token       TEXT NOT NULL,
  player_id   TEXT NOT NULL,
  kind        TEXT NOT NULL,
  display     JSONB NOT NULL,
  created_at  TIMESTAMPTZ NOT NULL DEFAULT now(),
  PRIMARY KEY (psp, token),
  UNIQUE (psp, player_id, kind)
);

CREATE TABLE IF NOT EXISTS psp_idempotency_keys (
  psp             TEXT NOT NULL,
  idempotency_key TEXT NOT NULL,
  request_hash    TEXT NOT NULL,
  response_status INTEGER,
  response        JSONB,
  created_at      TIMESTAMPTZ NOT NULL DEFAULT now(),
  PRIMARY KEY (psp, idempotency_key)
);

CREATE TABLE IF NOT EXISTS psp_settlement_items (
  id            BIGSERIAL PRIMARY KEY,
  psp           TEXT NOT NULL,
  psp_reference TEXT NOT NULL,
  reference     TEXT NOT NULL,
  kind          TEXT NOT NULL,
  amount_minor  BIGINT NOT NULL,
  currency      TEXT NOT NULL,
  status        TEXT NOT NULL,
  settled_at    TIMESTAMPTZ NOT NULL,
  phantom       BOOLEAN NOT NULL DEFAULT false
);
CREATE INDEX IF NOT EXISTS psp_settlement_items_by_time ON psp_settlement_items (psp, settled_at);

${webhookDeliveriesDdl('psp_webhook_deliveries', 'psp TEXT NOT NULL, psp_reference TEXT NOT NULL')}
CREATE TABLE IF NOT EXISTS psp_settings (
  psp        TEXT PRIMARY KEY,
  settings   JSONB NOT NULL,
  updated_at TIMESTAMPTZ NOT NULL DEFAULT now()
);

-- One player's overrides (a patch over the PSP's settings), so that a test scopes its scenario to its own players.
CREATE TABLE IF NOT EXISTS psp_player_settings (
  psp        TEXT NOT NULL,
  player_id  TEXT NOT NULL,
  patch      JSONB NOT NULL,
  updated_at TIMESTAMPTZ NOT NULL DEFAULT now(),
  PRIMARY KEY (psp, player_id)
);
`;

/** Creates the simulator's tables unless they exist. */
export function createSimulatorTables(db: Queryable): Promise<void> {
  return createTablesOnce(db, 'psp_simulator_tables', DDL);
}
