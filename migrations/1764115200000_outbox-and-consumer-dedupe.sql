-- Up Migration

-- Transactional outbox: written in the same transaction as the state change it announces; the relay publishes
-- each row to Kafka (at least once) and stamps published_at.
CREATE TABLE outbox_events (
  id            BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  event_id      UUID        NOT NULL UNIQUE,
  topic         TEXT        NOT NULL CHECK (topic ~ '^[a-z]+\.[a-z-]+$'),
  message_key   TEXT        NOT NULL,
  event_type    TEXT        NOT NULL,
  payload       JSONB       NOT NULL,
  created_at    TIMESTAMPTZ NOT NULL DEFAULT now(),
  published_at  TIMESTAMPTZ
);
CREATE INDEX outbox_events_unpublished ON outbox_events (id) WHERE published_at IS NULL;

-- Kafka delivers at least once: every consumer records the events it has handled and skips repeats.
CREATE TABLE consumed_events (
  consumer     TEXT        NOT NULL,
  event_id     UUID        NOT NULL,
  consumed_at  TIMESTAMPTZ NOT NULL DEFAULT now(),
  PRIMARY KEY (consumer, event_id)
);

-- Down Migration
DROP TABLE consumed_events;
DROP TABLE outbox_events;
