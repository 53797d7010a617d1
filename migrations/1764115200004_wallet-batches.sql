-- Up Migration

-- Applies many seamless-wallet calls in one database transaction (group commit: one round trip and one commit
-- for all of them). Calls are applied in player order, each player's in arrival order, so concurrent batches
-- lock players in the same order and cannot deadlock on them. If any call raises, the whole batch rolls back
-- and the caller applies its calls one by one.
CREATE FUNCTION wallet_apply_batch(p_calls JSONB) RETURNS TABLE(ord INT, outcome wallet_provider_transactions)
LANGUAGE plpgsql AS $$
DECLARE
  c RECORD;
BEGIN
  FOR c IN SELECT (e->>'ord')::INT AS n, e->>'kind' AS kind, e->'args' AS a
           FROM jsonb_array_elements(p_calls) AS e
           ORDER BY e->'args'->>3, (e->>'ord')::INT
  LOOP
    ord := c.n;
    IF c.kind = 'BET' THEN
      outcome := wallet_bet(c.a->>0, c.a->>1, c.a->>2, c.a->>3, c.a->>4, (c.a->>5)::BIGINT, c.a->>6, c.a->>7,
                            (c.a->>8)::BOOLEAN);
    ELSIF c.kind = 'WIN' THEN
      outcome := wallet_win(c.a->>0, c.a->>1, c.a->>2, c.a->>3, c.a->>4, (c.a->>5)::BIGINT, c.a->>6, c.a->>7,
                            (c.a->>8)::BOOLEAN);
    ELSE
      outcome := wallet_rollback(c.a->>0, c.a->>1, c.a->>2, c.a->>3, c.a->>4, c.a->>5, c.a->>6, c.a->>7);
    END IF;
    RETURN NEXT;
  END LOOP;
END $$;

-- Down Migration
DROP FUNCTION wallet_apply_batch(JSONB);
