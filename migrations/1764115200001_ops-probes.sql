-- Up Migration

-- Stack probes: synthetic end-to-end transactions that prove the API, Temporal, Postgres, the outbox relay,
-- Kafka and the consumers are wired together (run by `npm run status -- --probe`, the admin UI and chaos drills).
CREATE TABLE ops_probes (
  probe_id       TEXT        PRIMARY KEY,
  requested_by   TEXT        NOT NULL,
  recorded_at    TIMESTAMPTZ NOT NULL DEFAULT now(),
  event_seen_at  TIMESTAMPTZ,
  completed_at   TIMESTAMPTZ
);

-- Down Migration
DROP TABLE ops_probes;
