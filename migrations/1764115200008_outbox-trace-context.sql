-- Up Migration

-- The W3C trace context (traceparent, tracestate) of the transaction that wrote the event, so the relay can hand
-- it on in the Kafka message's headers and the consumer's work joins the trace of the request or activity that
-- caused it. NULL where the writer had no trace (the wallet's SQL functions on the per-bet path leave it out).
-- Nullable and without a default, so adding it rewrites nothing and takes no longer than its lock.
ALTER TABLE outbox_events ADD COLUMN trace_context JSONB;

-- Down Migration
ALTER TABLE outbox_events DROP COLUMN trace_context;
