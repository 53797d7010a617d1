import type { Queryable } from '../../platform/db';
import { createTablesOnce } from '../shared/simulator-tables';
import { webhookDeliveriesDdl } from '../shared/webhook-outbox';

// The KYC provider is the outside world: its tables live in its own database, outside our migrations, and
// `IF NOT EXISTS` makes start-up idempotent. It keeps no applicant data: only what it decided about each check.
const DDL = `
CREATE TABLE IF NOT EXISTS kyc_sim_checks (
  check_id        TEXT PRIMARY KEY,
  reference       TEXT NOT NULL,
  player_id       TEXT NOT NULL,
  kind            TEXT NOT NULL,
  status          TEXT NOT NULL,
  outcome         TEXT,
  reasons         JSONB NOT NULL DEFAULT '[]',
  -- A PENDING check's decided result, reached at complete_at; no complete_at: it never completes (NO_ANSWER).
  planned_outcome TEXT,
  planned_reasons JSONB,
  complete_at     TIMESTAMPTZ,
  created_at      TIMESTAMPTZ NOT NULL DEFAULT now(),
  completed_at    TIMESTAMPTZ
);
CREATE INDEX IF NOT EXISTS kyc_sim_checks_due ON kyc_sim_checks (complete_at) WHERE complete_at IS NOT NULL;

CREATE TABLE IF NOT EXISTS kyc_sim_idempotency_keys (
  idempotency_key TEXT PRIMARY KEY,
  request_hash    TEXT NOT NULL,
  response        JSONB,
  created_at      TIMESTAMPTZ NOT NULL DEFAULT now()
);

${webhookDeliveriesDdl('kyc_sim_webhook_deliveries', 'check_id TEXT NOT NULL')}
CREATE TABLE IF NOT EXISTS kyc_sim_settings (
  id         TEXT PRIMARY KEY,
  settings   JSONB NOT NULL,
  updated_at TIMESTAMPTZ NOT NULL DEFAULT now()
);

-- One player's overrides (a patch over the provider's settings), so that a test scopes its scenario to its players.
CREATE TABLE IF NOT EXISTS kyc_sim_player_settings (
  player_id  TEXT PRIMARY KEY,
  patch      JSONB NOT NULL,
  updated_at TIMESTAMPTZ NOT NULL DEFAULT now()
);
`;

/** Creates the simulator's tables unless they exist. */
export function createKycSimulatorTables(db: Queryable): Promise<void> {
  return createTablesOnce(db, 'kyc_simulator_tables', DDL);
}
