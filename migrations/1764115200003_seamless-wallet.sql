-- Up Migration

-- Every call a game provider makes, keyed by the provider's own transaction id. The row is the idempotency
-- record: the answer to a repeat is rendered from it, so it is the same byte for byte; a refused transaction
-- stays refused. status: OK, FAILED (error_code says why), or TOMBSTONE (a rollback arrived for a bet never
-- seen: the bet, should it come late, is refused).
CREATE TABLE wallet_provider_transactions (
  provider_id            TEXT        NOT NULL,
  provider_tx_id         TEXT        NOT NULL,
  kind                   TEXT        NOT NULL CHECK (kind IN ('BET', 'WIN', 'ROLLBACK')),
  request_hash           TEXT,
  player_id              TEXT        NOT NULL REFERENCES players,
  currency               CHAR(3)     NOT NULL,
  amount_minor           BIGINT      NOT NULL CHECK (amount_minor >= 0),
  round_id               TEXT        NOT NULL,
  game_id                TEXT,
  reference_tx_id        TEXT,
  status                 TEXT        NOT NULL CHECK (status IN ('PENDING', 'OK', 'FAILED', 'TOMBSTONE')),
  error_code             TEXT,
  -- Split of the stake (bets) or of the payout (wins) between cash and bonus money, for wagering.
  cash_minor             BIGINT      NOT NULL DEFAULT 0,
  bonus_minor            BIGINT      NOT NULL DEFAULT 0,
  cash_balance_minor     BIGINT,
  bonus_balance_minor    BIGINT,
  ledger_transaction_id  BIGINT      REFERENCES ledger_transactions,
  rolled_back            BOOLEAN     NOT NULL DEFAULT false,
  processed_at           TIMESTAMPTZ NOT NULL DEFAULT now(),
  PRIMARY KEY (provider_id, provider_tx_id)
);
CREATE INDEX wallet_provider_transactions_round ON wallet_provider_transactions (provider_id, round_id);
CREATE INDEX wallet_provider_transactions_player ON wallet_provider_transactions (player_id, processed_at);

-- A game round: what was staked from cash and from bonus (net of rollbacks), and whether it has been settled.
CREATE TABLE game_rounds (
  provider_id         TEXT        NOT NULL,
  round_id            TEXT        NOT NULL,
  player_id           TEXT        NOT NULL REFERENCES players,
  cash_staked_minor   BIGINT      NOT NULL DEFAULT 0 CHECK (cash_staked_minor >= 0),
  bonus_staked_minor  BIGINT      NOT NULL DEFAULT 0 CHECK (bonus_staked_minor >= 0),
  settled             BOOLEAN     NOT NULL DEFAULT false,
  finished            BOOLEAN     NOT NULL DEFAULT false,
  opened_at           TIMESTAMPTZ NOT NULL DEFAULT now(),
  PRIMARY KEY (provider_id, round_id)
);

-- Claims a provider transaction id. Returns the new PENDING row, or the row that already holds the id (the
-- caller then replays it, or refuses a different body). Concurrent claims of one id wait for the first.
CREATE FUNCTION wallet_claim(p_provider TEXT, p_tx TEXT, p_kind TEXT, p_hash TEXT, p_player TEXT,
                             p_currency CHAR(3), p_amount BIGINT, p_round TEXT, p_game TEXT, p_reference TEXT,
                             OUT claimed wallet_provider_transactions, OUT is_new BOOLEAN)
LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO wallet_provider_transactions (provider_id, provider_tx_id, kind, request_hash, player_id, currency,
                                            amount_minor, round_id, game_id, reference_tx_id, status)
    VALUES (p_provider, p_tx, p_kind, p_hash, p_player, p_currency, p_amount, p_round, p_game, p_reference, 'PENDING')
    ON CONFLICT DO NOTHING
    RETURNING * INTO claimed;
  is_new := claimed.provider_id IS NOT NULL;
  IF NOT is_new THEN
    SELECT * INTO claimed FROM wallet_provider_transactions WHERE provider_id = p_provider AND provider_tx_id = p_tx;
  END IF;
END $$;

-- Locks a player's cash and bonus accounts (always in the same order) and returns their ids and balances.
CREATE FUNCTION wallet_lock_player(p_player TEXT, p_currency CHAR(3),
                                   OUT cash_id BIGINT, OUT cash BIGINT, OUT bonus_id BIGINT, OUT bonus BIGINT)
LANGUAGE plpgsql AS $$
DECLARE
  acc RECORD;
BEGIN
  FOR acc IN SELECT account_id, kind, balance_minor FROM ledger_accounts
             WHERE player_id = p_player AND currency = p_currency AND kind IN ('PLAYER_CASH', 'PLAYER_BONUS')
             ORDER BY account_id FOR UPDATE
  LOOP
    IF acc.kind = 'PLAYER_CASH' THEN cash_id := acc.account_id; cash := acc.balance_minor;
    ELSE bonus_id := acc.account_id; bonus := acc.balance_minor; END IF;
  END LOOP;
  IF cash_id IS NULL OR bonus_id IS NULL THEN
    RAISE EXCEPTION 'player % has no % wallet', p_player, p_currency USING ERRCODE = 'no_data_found';
  END IF;
END $$;

-- Settles a claimed row with its outcome and the balances after it.
CREATE FUNCTION wallet_settle(p_provider TEXT, p_tx TEXT, p_status TEXT, p_error TEXT, p_cash BIGINT,
                              p_bonus BIGINT, p_player TEXT, p_currency CHAR(3), p_ledger_tx BIGINT)
RETURNS wallet_provider_transactions LANGUAGE plpgsql AS $$
DECLARE
  settled wallet_provider_transactions;
BEGIN
  UPDATE wallet_provider_transactions w
     SET status = p_status, error_code = p_error, cash_minor = p_cash, bonus_minor = p_bonus,
         ledger_transaction_id = p_ledger_tx,
         cash_balance_minor = (SELECT balance_minor FROM ledger_accounts
                               WHERE player_id = p_player AND kind = 'PLAYER_CASH' AND currency = p_currency),
         bonus_balance_minor = (SELECT balance_minor FROM ledger_accounts
                                WHERE player_id = p_player AND kind = 'PLAYER_BONUS' AND currency = p_currency)
   WHERE w.provider_id = p_provider AND w.provider_tx_id = p_tx
   RETURNING * INTO settled;
  RETURN settled;
END $$;

-- A bet: cash first, then bonus money (a player can always withdraw their own deposit and its winnings).
-- p_refusal, when set, is the reason the caller refuses it (player status); the refusal is recorded like any
-- other outcome, so the same transaction id can never succeed later.
CREATE FUNCTION wallet_bet(p_provider TEXT, p_tx TEXT, p_hash TEXT, p_player TEXT, p_currency CHAR(3),
                           p_amount BIGINT, p_round TEXT, p_game TEXT, p_round_finished BOOLEAN, p_refusal TEXT)
RETURNS wallet_provider_transactions LANGUAGE plpgsql AS $$
DECLARE
  c RECORD;
  w RECORD;
  cash_part BIGINT;
  bonus_part BIGINT;
  postings JSONB := '[]';
  ledger_tx BIGINT;
BEGIN
  SELECT * INTO c FROM wallet_claim(p_provider, p_tx, 'BET', p_hash, p_player, p_currency, p_amount, p_round,
                                    p_game, NULL);
  IF NOT c.is_new THEN RETURN c.claimed; END IF;
  SELECT * INTO w FROM wallet_lock_player(p_player, p_currency);
  IF p_refusal IS NOT NULL THEN
    RETURN wallet_settle(p_provider, p_tx, 'FAILED', p_refusal, 0, 0, p_player, p_currency, NULL);
  END IF;
  IF w.cash + w.bonus < p_amount THEN
    RETURN wallet_settle(p_provider, p_tx, 'FAILED', 'INSUFFICIENT_FUNDS', 0, 0, p_player, p_currency, NULL);
  END IF;
  cash_part := least(w.cash, p_amount);
  bonus_part := p_amount - cash_part;
  IF cash_part > 0 THEN
    postings := postings || jsonb_build_array(
      jsonb_build_object('accountId', w.cash_id, 'amountMinor', -cash_part),
      jsonb_build_object('accountId', ledger_operator_account('game:' || p_provider || ':revenue:' || p_currency,
                                                              'GAME_REVENUE', p_currency), 'amountMinor', cash_part));
  END IF;
  IF bonus_part > 0 THEN
    postings := postings || jsonb_build_array(
      jsonb_build_object('accountId', w.bonus_id, 'amountMinor', -bonus_part),
      jsonb_build_object('accountId', ledger_operator_account('bonus:cost:' || p_currency, 'BONUS_COST', p_currency),
                         'amountMinor', bonus_part));
  END IF;
  IF p_amount > 0 THEN
    SELECT transaction_id INTO ledger_tx FROM ledger_post('wallet:bet:' || p_provider || ':' || p_tx, 'BET', p_player,
      jsonb_build_object('providerId', p_provider, 'providerTransactionId', p_tx, 'roundId', p_round,
                         'gameId', p_game, 'cashMinor', cash_part, 'bonusMinor', bonus_part), postings);
  END IF;
  INSERT INTO game_rounds (provider_id, round_id, player_id, cash_staked_minor, bonus_staked_minor, finished)
    VALUES (p_provider, p_round, p_player, cash_part, bonus_part, p_round_finished)
    ON CONFLICT (provider_id, round_id) DO UPDATE
      SET cash_staked_minor = game_rounds.cash_staked_minor + excluded.cash_staked_minor,
          bonus_staked_minor = game_rounds.bonus_staked_minor + excluded.bonus_staked_minor,
          finished = game_rounds.finished OR excluded.finished;
  RETURN wallet_settle(p_provider, p_tx, 'OK', NULL, cash_part, bonus_part, p_player, p_currency,
                       ledger_tx);
END $$;

-- A win, credited in the same cash/bonus proportion as the stake of its round (all cash when nothing was
-- staked). Never refused for the player's status: providers retry wins for up to a day.
CREATE FUNCTION wallet_win(p_provider TEXT, p_tx TEXT, p_hash TEXT, p_player TEXT, p_currency CHAR(3),
                           p_amount BIGINT, p_round TEXT, p_game TEXT, p_round_finished BOOLEAN)
RETURNS wallet_provider_transactions LANGUAGE plpgsql AS $$
DECLARE
  c RECORD;
  w RECORD;
  r game_rounds;
  staked BIGINT;
  cash_part BIGINT;
  bonus_part BIGINT;
  postings JSONB := '[]';
  ledger_tx BIGINT;
BEGIN
  SELECT * INTO c FROM wallet_claim(p_provider, p_tx, 'WIN', p_hash, p_player, p_currency, p_amount, p_round,
                                    p_game, NULL);
  IF NOT c.is_new THEN RETURN c.claimed; END IF;
  SELECT * INTO w FROM wallet_lock_player(p_player, p_currency);
  SELECT * INTO r FROM game_rounds WHERE provider_id = p_provider AND round_id = p_round FOR UPDATE;
  staked := COALESCE(r.cash_staked_minor, 0) + COALESCE(r.bonus_staked_minor, 0);
  bonus_part := CASE WHEN staked = 0 THEN 0
                     ELSE floor(p_amount::NUMERIC * r.bonus_staked_minor / staked)::BIGINT END;
  cash_part := p_amount - bonus_part; -- rounding favours the player's withdrawable cash
  IF cash_part > 0 THEN
    postings := postings || jsonb_build_array(
      jsonb_build_object('accountId', ledger_operator_account('game:' || p_provider || ':revenue:' || p_currency,
                                                              'GAME_REVENUE', p_currency), 'amountMinor', -cash_part),
      jsonb_build_object('accountId', w.cash_id, 'amountMinor', cash_part));
  END IF;
  IF bonus_part > 0 THEN
    postings := postings || jsonb_build_array(
      jsonb_build_object('accountId', ledger_operator_account('bonus:cost:' || p_currency, 'BONUS_COST', p_currency),
                         'amountMinor', -bonus_part),
      jsonb_build_object('accountId', w.bonus_id, 'amountMinor', bonus_part));
  END IF;
  IF p_amount > 0 THEN
    SELECT transaction_id INTO ledger_tx FROM ledger_post('wallet:win:' || p_provider || ':' || p_tx, 'WIN', p_player,
      jsonb_build_object('providerId', p_provider, 'providerTransactionId', p_tx, 'roundId', p_round,
                         'gameId', p_game, 'cashMinor', cash_part, 'bonusMinor', bonus_part), postings);
  END IF;
  INSERT INTO game_rounds (provider_id, round_id, player_id, settled, finished)
    VALUES (p_provider, p_round, p_player, true, p_round_finished)
    ON CONFLICT (provider_id, round_id) DO UPDATE
      SET settled = true, finished = game_rounds.finished OR excluded.finished;
  RETURN wallet_settle(p_provider, p_tx, 'OK', NULL, cash_part, bonus_part, p_player, p_currency,
                       ledger_tx);
END $$;

-- A rollback of a bet: reverses its postings exactly. Refused once the round has a win; a bet never seen gets a
-- tombstone (and the answer UNKNOWN_TRANSACTION) so that, should it arrive late, it is refused.
CREATE FUNCTION wallet_rollback(p_provider TEXT, p_tx TEXT, p_hash TEXT, p_player TEXT, p_currency CHAR(3),
                                p_reference TEXT, p_round TEXT, p_game TEXT)
RETURNS wallet_provider_transactions LANGUAGE plpgsql AS $$
DECLARE
  c RECORD;
  w RECORD;
  bet wallet_provider_transactions;
  r game_rounds;
  postings JSONB := '[]';
  ledger_tx BIGINT;
BEGIN
  SELECT * INTO c FROM wallet_claim(p_provider, p_tx, 'ROLLBACK', p_hash, p_player, p_currency, 0, p_round,
                                    p_game, p_reference);
  IF NOT c.is_new THEN RETURN c.claimed; END IF;
  SELECT * INTO w FROM wallet_lock_player(p_player, p_currency);

  INSERT INTO wallet_provider_transactions (provider_id, provider_tx_id, kind, player_id, currency, amount_minor,
                                            round_id, game_id, status, error_code)
    VALUES (p_provider, p_reference, 'BET', p_player, p_currency, 0, p_round, p_game, 'TOMBSTONE',
            'ROLLED_BACK_BEFORE_ARRIVAL')
    ON CONFLICT DO NOTHING;
  IF FOUND THEN
    RETURN wallet_settle(p_provider, p_tx, 'FAILED', 'UNKNOWN_TRANSACTION', 0, 0, p_player, p_currency, NULL);
  END IF;

  SELECT * INTO bet FROM wallet_provider_transactions
   WHERE provider_id = p_provider AND provider_tx_id = p_reference FOR UPDATE;
  IF bet.kind <> 'BET' OR bet.player_id <> p_player THEN
    RETURN wallet_settle(p_provider, p_tx, 'FAILED', 'NOT_A_BET_OF_THIS_PLAYER', 0, 0, p_player, p_currency, NULL);
  END IF;
  IF bet.status = 'TOMBSTONE' THEN
    RETURN wallet_settle(p_provider, p_tx, 'FAILED', 'UNKNOWN_TRANSACTION', 0, 0, p_player, p_currency, NULL);
  END IF;
  IF bet.status = 'FAILED' OR bet.rolled_back THEN
    -- Nothing (more) to reverse: the bet moved no money, or another rollback already reversed it.
    RETURN wallet_settle(p_provider, p_tx, 'OK', NULL, 0, 0, p_player, p_currency, NULL);
  END IF;
  SELECT * INTO r FROM game_rounds WHERE provider_id = p_provider AND round_id = bet.round_id FOR UPDATE;
  IF r.settled THEN
    RETURN wallet_settle(p_provider, p_tx, 'FAILED', 'ROUND_ALREADY_SETTLED', 0, 0, p_player, p_currency, NULL);
  END IF;

  SELECT jsonb_agg(jsonb_build_object('accountId', account_id, 'amountMinor', -amount_minor)) INTO postings
    FROM ledger_postings WHERE transaction_id = bet.ledger_transaction_id;
  IF postings IS NOT NULL THEN
    SELECT transaction_id INTO ledger_tx FROM ledger_post('wallet:rollback:' || p_provider || ':' || p_tx, 'ROLLBACK', p_player,
      jsonb_build_object('providerId', p_provider, 'providerTransactionId', p_tx, 'roundId', bet.round_id,
                         'rolledBackTransactionId', p_reference, 'reversesLedgerTransactionId',
                         bet.ledger_transaction_id), postings);
  END IF;
  UPDATE wallet_provider_transactions SET rolled_back = true
   WHERE provider_id = p_provider AND provider_tx_id = p_reference;
  UPDATE game_rounds SET cash_staked_minor = cash_staked_minor - bet.cash_minor,
                         bonus_staked_minor = bonus_staked_minor - bet.bonus_minor
   WHERE provider_id = p_provider AND round_id = bet.round_id;
  RETURN wallet_settle(p_provider, p_tx, 'OK', NULL, bet.cash_minor, bet.bonus_minor, p_player, p_currency,
                       ledger_tx);
END $$;

-- Down Migration
DROP FUNCTION wallet_rollback(TEXT, TEXT, TEXT, TEXT, CHAR(3), TEXT, TEXT, TEXT);
DROP FUNCTION wallet_win(TEXT, TEXT, TEXT, TEXT, CHAR(3), BIGINT, TEXT, TEXT, BOOLEAN);
DROP FUNCTION wallet_bet(TEXT, TEXT, TEXT, TEXT, CHAR(3), BIGINT, TEXT, TEXT, BOOLEAN, TEXT);
DROP FUNCTION wallet_settle(TEXT, TEXT, TEXT, TEXT, BIGINT, BIGINT, TEXT, CHAR(3), BIGINT);
DROP FUNCTION wallet_lock_player(TEXT, CHAR(3));
DROP FUNCTION wallet_claim(TEXT, TEXT, TEXT, TEXT, TEXT, CHAR(3), BIGINT, TEXT, TEXT, TEXT);
DROP TABLE game_rounds;
DROP TABLE wallet_provider_transactions;
