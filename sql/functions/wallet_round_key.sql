-- The key wallet_apply_batch finds a round by in its in-memory map: provider, round id and player, each
-- length-prefixed so that no two triples share a key whatever characters the ids hold. Written with explicit
-- casts (int::text and text || text are immutable, anytextcat is only stable) so that the planner inlines it
-- instead of running a SQL function, with a parse of its body, on every call.
CREATE OR REPLACE FUNCTION wallet_round_key(p_provider TEXT, p_round TEXT, p_player TEXT) RETURNS TEXT
LANGUAGE sql IMMUTABLE AS $$
  SELECT length(p_provider)::TEXT || ':' || p_provider || length(p_round)::TEXT || ':' || p_round || p_player
$$;
