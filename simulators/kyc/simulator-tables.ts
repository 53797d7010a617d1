import type { Queryable } from '../../platform/db';

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

CREATE TABLE IF NOT EXISTS kyc_sim_webhook_deliveries (
  event_id        TEXT PRIMARY KEY,
  check_id        TEXT NOT NULL,
  body            TEXT NOT NULL,
  attempts        INTEGER NOT NULL DEFAULT 0,
  next_attempt_at TIMESTAMPTZ NOT NULL DEFAULT now(),
  give_up_at      TIMESTAMPTZ NOT NULL,
  delivered_at    TIMESTAMPTZ,
  abandoned_at    TIMESTAMPTZ,
  last_error      TEXT,
  created_at      TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE INDEX IF NOT EXISTS kyc_sim_webhook_deliveries_due ON kyc_sim_webhook_deliveries (next_attempt_at)
  WHERE delivered_at IS NULL AND abandoned_at IS NULL;

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

/** Creates the simulator's tables unless they exist; serialised by an advisory lock so two starts do not race. */
export async function createKycSimulatorTables(db: Queryable): Promise<void> {
  await db.query(`SELECT pg_advisory_xact_lock(hashtext('kyc_simulator_tables'));${DDL}`);
}
