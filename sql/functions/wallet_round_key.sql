-- The key wallet_apply_batch finds a round by in its in-memory map: provider, round id and player, each
-- length-prefixed so that no two triples share a key whatever characters the ids hold.
CREATE OR REPLACE FUNCTION wallet_round_key(p_provider TEXT, p_round TEXT, p_player TEXT) RETURNS TEXT
LANGUAGE sql IMMUTABLE AS $$
  SELECT length(p_provider) || ':' || p_provider || length(p_round) || ':' || p_round || p_player
$$;
