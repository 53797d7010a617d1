-- The one writer of the transactional outbox: every event, whether written by SQL (ledger_post_postings,
-- wallet_apply_batch) or by TypeScript (appendOutboxEvent, platform/events.ts), gets its envelope here, so the
-- envelope that Kafka carries has one shape (eventEnvelopeSchema in platform/events.ts is its contract).
-- p_events is a JSON array of {topic, type, version, key, payload, traceContext?}: set-based, so a batch writes
-- all its events in one INSERT. The trace context is the one given, else the transaction's
-- backoffice.trace_context setting, which withTransaction (platform/db.ts) sets inside a span only;
-- current_setting(..., true) reads NULL where it was never set in the session and '' where an earlier
-- transaction of the pooled session set it, hence NULLIF. Returns the envelopes, in the order given.
-- plpgsql rather than SQL: Postgres caches a plpgsql statement's plan across calls, a SQL function's only within
-- one query, and this runs on the per-bet path.
CREATE OR REPLACE FUNCTION outbox_write(p_events JSONB) RETURNS SETOF JSONB
LANGUAGE plpgsql AS $$
BEGIN
  RETURN QUERY
  INSERT INTO outbox_events (event_id, topic, message_key, event_type, payload, trace_context)
  SELECT e.event_id, e.topic, e.message_key, e.event_type,
         jsonb_build_object(
           'eventId', e.event_id, 'type', e.event_type, 'version', e.version,
           'occurredAt', to_char(clock_timestamp() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
           'key', e.message_key, 'payload', e.payload),
         COALESCE(e.trace_context, NULLIF(current_setting('backoffice.trace_context', true), '')::JSONB)
    FROM (SELECT gen_random_uuid() AS event_id, x.value->>'topic' AS topic, x.value->>'type' AS event_type,
                 (x.value->>'version')::INT AS version, x.value->>'key' AS message_key, x.value->'payload' AS payload,
                 NULLIF(x.value->'traceContext', 'null'::JSONB) AS trace_context, x.ordinality
            FROM jsonb_array_elements(p_events) WITH ORDINALITY AS x
           ORDER BY x.ordinality) e
  RETURNING payload;
END $$;
