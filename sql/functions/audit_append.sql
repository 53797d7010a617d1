-- Appends one entry to the audit log's hash chain, for appendAuditEntry (domain/admin/audit-log.ts), in one round
-- trip: it locks the chain head, takes the next id, hashes and inserts the entry, and moves the head. The lock that
-- keeps the chain linear is then held for this call and the caller's COMMIT, not also for a round trip to the
-- caller and back while the caller computes the hash.
-- The hash is SHA-256 over prev_hash, a newline, '[', the id, then p_hashed_tail: the caller builds that tail (a
-- comma, the canonical JSON of every other hashed field, ']') with the code auditHash uses, so this hash and the
-- verifier's, recomputed in TypeScript, agree byte for byte. The id is taken after the lock, so ids follow the chain.
CREATE OR REPLACE FUNCTION audit_append(
  p_at TIMESTAMPTZ, p_actor TEXT, p_action TEXT, p_entity_type TEXT, p_entity_id TEXT, p_reason TEXT,
  p_before JSONB, p_after JSONB, p_request_id TEXT, p_source_ip TEXT, p_hashed_tail TEXT,
  OUT entry_id BIGINT, OUT entry_prev_hash TEXT, OUT entry_hash TEXT)
LANGUAGE plpgsql AS $$
BEGIN
  SELECT last_hash INTO entry_prev_hash FROM audit_chain_head FOR UPDATE;
  entry_id := nextval(pg_get_serial_sequence('audit_log', 'audit_id'));
  entry_hash := encode(sha256(convert_to(entry_prev_hash || E'\n[' || entry_id || p_hashed_tail, 'UTF8')), 'hex');
  INSERT INTO audit_log (audit_id, at, actor, action, entity_type, entity_id, reason, before, after, request_id,
                         source_ip, prev_hash, hash)
  OVERRIDING SYSTEM VALUE
  VALUES (entry_id, p_at, p_actor, p_action, p_entity_type, p_entity_id, p_reason, p_before, p_after, p_request_id,
          p_source_ip, entry_prev_hash, entry_hash);
  UPDATE audit_chain_head SET last_audit_id = entry_id, last_hash = entry_hash;
END $$;
