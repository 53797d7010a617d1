-- The answer to a seamless-wallet call refused before anything could be stored (status REJECTED, never written to
-- wallet_provider_transactions): an unknown player, a call in another currency than the wallet's, or a
-- transaction id already used by a different request.
CREATE OR REPLACE FUNCTION wallet_refused_outcome(p_provider TEXT, p_tx TEXT, p_player TEXT, p_currency CHAR(3),
                                                  p_reason TEXT)
RETURNS wallet_provider_transactions LANGUAGE plpgsql IMMUTABLE AS $$
DECLARE
  r wallet_provider_transactions;
BEGIN
  r.provider_id := p_provider; r.provider_tx_id := p_tx; r.player_id := p_player; r.currency := p_currency;
  r.amount_minor := 0; r.cash_minor := 0; r.bonus_minor := 0; r.rolled_back := false;
  r.status := 'REJECTED'; r.error_code := p_reason;
  RETURN r;
END $$;
