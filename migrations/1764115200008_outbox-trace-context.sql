-- Up Migration

-- The W3C trace context (traceparent, tracestate) of the transaction that wrote the event, so the relay can hand
-- it on in the Kafka message's headers and the consumer's work joins the trace of the request or activity that
-- caused it. NULL where the writer had no trace: the per-bet path runs untraced. SQL functions that write outbox
-- rows (ledger_post_postings) read the context from the transaction's backoffice.trace_context setting, which
-- withTransaction (platform/db.ts) sets inside a span (migrations/1764115200009_ledger-outbox-trace-context.sql).
-- Nullable and without a default, so adding it rewrites nothing and takes no longer than its lock.
ALTER TABLE outbox_events ADD COLUMN trace_context JSONB;

-- Down Migration
ALTER TABLE outbox_events DROP COLUMN trace_context;
