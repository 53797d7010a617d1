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
  status                 TEXT        NOT NULL CHECK (status IN ('OK', 'FAILED', 'TOMBSTONE')),
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

-- The per-bet path is one round trip: each of wallet_bet, wallet_win and wallet_rollback looks up the player,
-- locks their accounts, replays a known transaction id, applies its rules, posts through ledger_post_postings
-- and records the outcome once (measured with npm run bench:wallet).

-- The bet gate: why a player may not bet right now (NULL: they may). Responsible gambling extends it with limits
-- and interventions; it runs inside the bet's transaction, after the player's accounts are locked.
CREATE FUNCTION wallet_bet_refusal(p_player TEXT, p_status TEXT) RETURNS TEXT LANGUAGE sql STABLE AS $$
  SELECT CASE p_status WHEN 'ACTIVE' THEN NULL ELSE 'PLAYER_' || p_status END
$$;

-- What every seamless call starts with: the player (unknown or in another currency ends the call, writing
-- nothing), their cash and bonus accounts locked in id order, and the provider transaction if the id is taken.
CREATE FUNCTION wallet_begin(p_provider TEXT, p_tx TEXT, p_player TEXT, p_currency CHAR(3),
                             OUT rejection TEXT, OUT player_status TEXT, OUT existing wallet_provider_transactions,
                             OUT cash_id BIGINT, OUT cash BIGINT, OUT bonus_id BIGINT, OUT bonus BIGINT)
LANGUAGE plpgsql AS $$
DECLARE
  v_currency CHAR(3);
  acc RECORD;
BEGIN
  SELECT status, currency INTO player_status, v_currency FROM players WHERE player_id = p_player;
  IF NOT FOUND THEN rejection := 'UNKNOWN_PLAYER'; RETURN; END IF;
  IF v_currency <> p_currency THEN rejection := 'CURRENCY_MISMATCH:' || v_currency; RETURN; END IF;
  FOR acc IN SELECT account_id, kind, balance_minor FROM ledger_accounts
             WHERE player_id = p_player AND kind IN ('PLAYER_CASH', 'PLAYER_BONUS') AND currency = p_currency
             ORDER BY account_id FOR UPDATE
  LOOP
    IF acc.kind = 'PLAYER_CASH' THEN cash_id := acc.account_id; cash := acc.balance_minor;
    ELSE bonus_id := acc.account_id; bonus := acc.balance_minor; END IF;
  END LOOP;
  SELECT * INTO existing FROM wallet_provider_transactions WHERE provider_id = p_provider AND provider_tx_id = p_tx;
END $$;

-- Records a call's outcome, once. A concurrent call that took the same id first (only possible across players,
-- since one player's calls are serialised by the account lock) makes this raise, undoing the whole call; the
-- caller retries and then finds that call's row.
CREATE FUNCTION wallet_record(r wallet_provider_transactions) RETURNS wallet_provider_transactions
LANGUAGE plpgsql AS $$
DECLARE
  recorded wallet_provider_transactions;
BEGIN
  r.cash_balance_minor := (SELECT balance_minor FROM ledger_accounts
                           WHERE player_id = r.player_id AND kind = 'PLAYER_CASH' AND currency = r.currency);
  r.bonus_balance_minor := (SELECT balance_minor FROM ledger_accounts
                            WHERE player_id = r.player_id AND kind = 'PLAYER_BONUS' AND currency = r.currency);
  r.processed_at := now();
  INSERT INTO wallet_provider_transactions VALUES (r.*) ON CONFLICT DO NOTHING RETURNING * INTO recorded;
  IF recorded.provider_id IS NULL THEN
    RAISE EXCEPTION 'provider transaction %/% was taken concurrently', r.provider_id, r.provider_tx_id
      USING ERRCODE = 'serialization_failure';
  END IF;
  RETURN recorded;
END $$;

-- A provider transaction's row as a call starts to fill it in: nothing moved yet, no outcome yet.
CREATE FUNCTION wallet_new_outcome(p_provider TEXT, p_tx TEXT, p_kind TEXT, p_hash TEXT, p_player TEXT,
                                   p_currency CHAR(3), p_amount BIGINT, p_round TEXT, p_game TEXT)
RETURNS wallet_provider_transactions LANGUAGE plpgsql IMMUTABLE AS $$
DECLARE
  r wallet_provider_transactions;
BEGIN
  r.provider_id := p_provider; r.provider_tx_id := p_tx; r.kind := p_kind; r.request_hash := p_hash;
  r.player_id := p_player; r.currency := p_currency; r.amount_minor := p_amount; r.round_id := p_round;
  r.game_id := p_game; r.cash_minor := 0; r.bonus_minor := 0; r.rolled_back := false;
  RETURN r;
END $$;

-- A value of the row type that is never stored: the answer to a call refused before anything was written.
CREATE FUNCTION wallet_rejected(p_provider TEXT, p_tx TEXT, p_player TEXT, p_currency CHAR(3), p_reason TEXT)
RETURNS wallet_provider_transactions LANGUAGE plpgsql AS $$
DECLARE
  r wallet_provider_transactions := wallet_new_outcome(p_provider, p_tx, NULL, NULL, p_player, p_currency, 0,
                                                       NULL, NULL);
BEGIN
  r.status := 'REJECTED'; r.error_code := p_reason;
  RETURN r;
END $$;

-- Posts the money of a bet (player to operator) or a win (operator to player): the cash part against the
-- provider's game revenue, the bonus part against bonus cost. Returns the ledger transaction, or NULL when
-- nothing moves (a zero stake or payout).
CREATE FUNCTION wallet_post_play(p_kind TEXT, p_provider TEXT, p_tx TEXT, p_player TEXT, p_currency CHAR(3),
                                 p_round TEXT, p_game TEXT, p_cash_id BIGINT, p_bonus_id BIGINT,
                                 p_cash BIGINT, p_bonus BIGINT) RETURNS BIGINT
LANGUAGE plpgsql AS $$
DECLARE
  to_player INT := CASE p_kind WHEN 'WIN' THEN 1 ELSE -1 END;
  accounts BIGINT[] := '{}';
  amounts BIGINT[] := '{}';
BEGIN
  IF p_cash > 0 THEN
    accounts := accounts || ARRAY[p_cash_id, ledger_operator_account('game:' || p_provider || ':revenue:' ||
                                                                      p_currency, 'GAME_REVENUE', p_currency)];
    amounts := amounts || ARRAY[to_player * p_cash, -to_player * p_cash];
  END IF;
  IF p_bonus > 0 THEN
    accounts := accounts || ARRAY[p_bonus_id, ledger_operator_account('bonus:cost:' || p_currency, 'BONUS_COST',
                                                                       p_currency)];
    amounts := amounts || ARRAY[to_player * p_bonus, -to_player * p_bonus];
  END IF;
  IF p_cash + p_bonus = 0 THEN RETURN NULL; END IF;
  RETURN ledger_post_postings('wallet:' || lower(p_kind) || ':' || p_provider || ':' || p_tx, p_kind, p_player,
    p_currency, jsonb_build_object('providerId', p_provider, 'providerTransactionId', p_tx, 'roundId', p_round,
                                   'gameId', p_game, 'cashMinor', p_cash, 'bonusMinor', p_bonus),
    accounts, amounts);
END $$;

-- A bet: cash first, then bonus money (a player can always withdraw their own deposit and its winnings). A
-- refusal (the bet gate, insufficient funds) is recorded like any outcome, so the id can never succeed later.
CREATE FUNCTION wallet_bet(p_provider TEXT, p_tx TEXT, p_hash TEXT, p_player TEXT, p_currency CHAR(3),
                           p_amount BIGINT, p_round TEXT, p_game TEXT, p_round_finished BOOLEAN)
RETURNS wallet_provider_transactions LANGUAGE plpgsql AS $$
DECLARE
  b RECORD;
  r wallet_provider_transactions;
  refusal TEXT;
  cash_part BIGINT;
  bonus_part BIGINT;
BEGIN
  SELECT * INTO b FROM wallet_begin(p_provider, p_tx, p_player, p_currency);
  IF b.rejection IS NOT NULL THEN RETURN wallet_rejected(p_provider, p_tx, p_player, p_currency, b.rejection); END IF;
  IF (b.existing).provider_id IS NOT NULL THEN RETURN b.existing; END IF;

  r := wallet_new_outcome(p_provider, p_tx, 'BET', p_hash, p_player, p_currency, p_amount, p_round, p_game);

  refusal := COALESCE(wallet_bet_refusal(p_player, b.player_status),
                      CASE WHEN b.cash + b.bonus < p_amount THEN 'INSUFFICIENT_FUNDS' END);
  IF refusal IS NOT NULL THEN
    r.status := 'FAILED'; r.error_code := refusal;
    RETURN wallet_record(r);
  END IF;

  cash_part := least(b.cash, p_amount);
  bonus_part := p_amount - cash_part;
  r.ledger_transaction_id := wallet_post_play('BET', p_provider, p_tx, p_player, p_currency, p_round, p_game,
                                              b.cash_id, b.bonus_id, cash_part, bonus_part);
  INSERT INTO game_rounds (provider_id, round_id, player_id, cash_staked_minor, bonus_staked_minor, finished)
    VALUES (p_provider, p_round, p_player, cash_part, bonus_part, p_round_finished)
    ON CONFLICT (provider_id, round_id) DO UPDATE
      SET cash_staked_minor = game_rounds.cash_staked_minor + excluded.cash_staked_minor,
          bonus_staked_minor = game_rounds.bonus_staked_minor + excluded.bonus_staked_minor,
          finished = game_rounds.finished OR excluded.finished;
  r.status := 'OK'; r.cash_minor := cash_part; r.bonus_minor := bonus_part;
  RETURN wallet_record(r);
END $$;

-- A win, credited in the same cash/bonus proportion as the stake of its round (all cash when nothing was
-- staked). Never refused for the player's status: providers retry wins for up to a day.
CREATE FUNCTION wallet_win(p_provider TEXT, p_tx TEXT, p_hash TEXT, p_player TEXT, p_currency CHAR(3),
                           p_amount BIGINT, p_round TEXT, p_game TEXT, p_round_finished BOOLEAN)
RETURNS wallet_provider_transactions LANGUAGE plpgsql AS $$
DECLARE
  b RECORD;
  r wallet_provider_transactions;
  round game_rounds;
  staked BIGINT;
  cash_part BIGINT;
  bonus_part BIGINT;
BEGIN
  SELECT * INTO b FROM wallet_begin(p_provider, p_tx, p_player, p_currency);
  IF b.rejection IS NOT NULL THEN RETURN wallet_rejected(p_provider, p_tx, p_player, p_currency, b.rejection); END IF;
  IF (b.existing).provider_id IS NOT NULL THEN RETURN b.existing; END IF;

  r := wallet_new_outcome(p_provider, p_tx, 'WIN', p_hash, p_player, p_currency, p_amount, p_round, p_game);

  INSERT INTO game_rounds (provider_id, round_id, player_id, settled, finished)
    VALUES (p_provider, p_round, p_player, true, p_round_finished)
    ON CONFLICT (provider_id, round_id) DO UPDATE
      SET settled = true, finished = game_rounds.finished OR excluded.finished
    RETURNING * INTO round;
  staked := round.cash_staked_minor + round.bonus_staked_minor;
  bonus_part := CASE WHEN staked = 0 THEN 0
                     ELSE floor(p_amount::NUMERIC * round.bonus_staked_minor / staked)::BIGINT END;
  cash_part := p_amount - bonus_part; -- rounding favours the player's withdrawable cash
  r.ledger_transaction_id := wallet_post_play('WIN', p_provider, p_tx, p_player, p_currency, p_round, p_game,
                                              b.cash_id, b.bonus_id, cash_part, bonus_part);
  r.status := 'OK'; r.cash_minor := cash_part; r.bonus_minor := bonus_part;
  RETURN wallet_record(r);
END $$;

-- A rollback of a bet: reverses its postings exactly. Refused once the round has a win; a bet never seen gets a
-- tombstone (and the answer UNKNOWN_TRANSACTION) so that, should it arrive late, it is refused.
CREATE FUNCTION wallet_rollback(p_provider TEXT, p_tx TEXT, p_hash TEXT, p_player TEXT, p_currency CHAR(3),
                                p_reference TEXT, p_round TEXT, p_game TEXT)
RETURNS wallet_provider_transactions LANGUAGE plpgsql AS $$
DECLARE
  b RECORD;
  r wallet_provider_transactions;
  bet wallet_provider_transactions;
  round game_rounds;
  tombstone wallet_provider_transactions;
  accounts BIGINT[];
  amounts BIGINT[];
BEGIN
  SELECT * INTO b FROM wallet_begin(p_provider, p_tx, p_player, p_currency);
  IF b.rejection IS NOT NULL THEN RETURN wallet_rejected(p_provider, p_tx, p_player, p_currency, b.rejection); END IF;
  IF (b.existing).provider_id IS NOT NULL THEN RETURN b.existing; END IF;

  r := wallet_new_outcome(p_provider, p_tx, 'ROLLBACK', p_hash, p_player, p_currency, 0, p_round, p_game);
  r.reference_tx_id := p_reference; r.status := 'OK';

  SELECT * INTO bet FROM wallet_provider_transactions
   WHERE provider_id = p_provider AND provider_tx_id = p_reference FOR UPDATE;
  IF NOT FOUND THEN
    tombstone := wallet_new_outcome(p_provider, p_reference, 'BET', NULL, p_player, p_currency, 0, p_round, p_game);
    tombstone.status := 'TOMBSTONE'; tombstone.error_code := 'ROLLED_BACK_BEFORE_ARRIVAL';
    PERFORM wallet_record(tombstone);
    r.status := 'FAILED'; r.error_code := 'UNKNOWN_TRANSACTION';
  ELSIF bet.kind <> 'BET' OR bet.player_id <> p_player THEN
    r.status := 'FAILED'; r.error_code := 'NOT_A_BET_OF_THIS_PLAYER';
  ELSIF bet.status = 'TOMBSTONE' THEN
    r.status := 'FAILED'; r.error_code := 'UNKNOWN_TRANSACTION';
  ELSIF bet.status = 'FAILED' OR bet.rolled_back THEN
    NULL; -- nothing (more) to reverse: the bet moved no money, or another rollback already reversed it
  ELSE
    SELECT * INTO round FROM game_rounds WHERE provider_id = p_provider AND round_id = bet.round_id FOR UPDATE;
    IF round.settled THEN
      r.status := 'FAILED'; r.error_code := 'ROUND_ALREADY_SETTLED';
    ELSE
      SELECT array_agg(account_id ORDER BY posting_id), array_agg(-amount_minor ORDER BY posting_id)
        INTO accounts, amounts
        FROM ledger_postings WHERE transaction_id = bet.ledger_transaction_id;
      IF accounts IS NOT NULL THEN
        r.ledger_transaction_id := ledger_post_postings('wallet:rollback:' || p_provider || ':' || p_tx, 'ROLLBACK',
          p_player, p_currency,
          jsonb_build_object('providerId', p_provider, 'providerTransactionId', p_tx, 'roundId', bet.round_id,
                             'rolledBackTransactionId', p_reference,
                             'reversesLedgerTransactionId', bet.ledger_transaction_id),
          accounts, amounts);
      END IF;
      UPDATE wallet_provider_transactions SET rolled_back = true
       WHERE provider_id = p_provider AND provider_tx_id = p_reference;
      UPDATE game_rounds SET cash_staked_minor = cash_staked_minor - bet.cash_minor,
                             bonus_staked_minor = bonus_staked_minor - bet.bonus_minor
       WHERE provider_id = p_provider AND round_id = bet.round_id;
      r.cash_minor := bet.cash_minor; r.bonus_minor := bet.bonus_minor;
    END IF;
  END IF;
  RETURN wallet_record(r);
END $$;

-- Down Migration
DROP FUNCTION wallet_rollback(TEXT, TEXT, TEXT, TEXT, CHAR(3), TEXT, TEXT, TEXT);
DROP FUNCTION wallet_win(TEXT, TEXT, TEXT, TEXT, CHAR(3), BIGINT, TEXT, TEXT, BOOLEAN);
DROP FUNCTION wallet_bet(TEXT, TEXT, TEXT, TEXT, CHAR(3), BIGINT, TEXT, TEXT, BOOLEAN);
DROP FUNCTION wallet_post_play(TEXT, TEXT, TEXT, TEXT, CHAR(3), TEXT, TEXT, BIGINT, BIGINT, BIGINT, BIGINT);
DROP FUNCTION wallet_rejected(TEXT, TEXT, TEXT, CHAR(3), TEXT);
DROP FUNCTION wallet_new_outcome(TEXT, TEXT, TEXT, TEXT, TEXT, CHAR(3), BIGINT, TEXT, TEXT);
DROP FUNCTION wallet_record(wallet_provider_transactions);
DROP FUNCTION wallet_begin(TEXT, TEXT, TEXT, CHAR(3));
DROP FUNCTION wallet_bet_refusal(TEXT, TEXT);
DROP TABLE game_rounds;
DROP TABLE wallet_provider_transactions;
