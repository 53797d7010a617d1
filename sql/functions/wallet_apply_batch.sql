-- The seamless wallet's one bet path: every bet, win and rollback a game provider sends goes through here,
-- whether it came alone (a batch of one) or with others (group commit, domain/wallet/wallet-call-batcher.ts).
--
-- p_calls is a JSON array of calls with named fields:
--   {ord, kind: BET|WIN|ROLLBACK, providerId, transactionId, requestHash, playerId, currency, roundId, gameId,
--    amountMinor (BET, WIN), roundFinished (BET, WIN), winKind (WIN: ROUND|FREE_ROUND|JACKPOT|PROMO),
--    referenceTransactionId (ROLLBACK), sessionToken (BET: the launch token, for the gate only)}
-- It answers one row per call: `ord`, the outcome as a wallet_provider_transactions row (stored, or, for a call
-- refused before anything could be stored, status REJECTED with error_code UNKNOWN_PLAYER,
-- CURRENCY_MISMATCH:<wallet currency> or DUPLICATE_TRANSACTION_ID), and the player's balance as it is right
-- after the call (cash_now_minor, bonus_now_minor), which every refusal answers with.
--
-- The rules, once:
--   * replay or 409: a known provider transaction id with the same request hash answers its stored outcome (the
--     first answer); with another hash, DUPLICATE_TRANSACTION_ID. A tombstone answers any call of its id.
--   * a bet passes the gate (wallet_gate_bets: player status today; RG limits, stake caps and bonus rules plug
--     in there), must not go to a finished round, then needs funds: cash first, then bonus money (a player can
--     always withdraw their own deposit and its winnings). A refused bet is recorded FAILED: its id never
--     succeeds later.
--   * a win (winKind ROUND, the default) is paid only against the live bets (accepted, not rolled back) of the
--     same player and round, before the round is finished: ROUND_NOT_FOUND, ROUND_ROLLED_BACK, ROUND_FINISHED.
--     It is credited in the round's stake proportion of cash and bonus (all cash when nothing was staked),
--     rounding to cash. Never refused for the player's status: providers retry wins for up to a day.
--     FREE_ROUND, JACKPOT and PROMO wins need no bet: all cash, from the provider's prize-cost account
--     `game:<provider>:<free-round|jackpot|promo>:<currency>` (GAME_PRIZE_COST), which reconciliation invoices to
--     the provider (or the operator's promotion budget); they do not touch rounds.
--   * roundFinished on a bet or a win closes the round: later bets and wins on it are refused (ROUND_FINISHED).
--   * a rollback reverses its bet's postings exactly. It must name the bet's round (ROUND_MISMATCH), the bet
--     must be this player's (NOT_A_BET_OF_THIS_PLAYER), and its round must have no win (ROUND_ALREADY_SETTLED).
--     A bet never seen gets a tombstone (the answer is UNKNOWN_TRANSACTION) that refuses it should it arrive
--     late; a failed or already reversed bet has nothing more to reverse (OK, zero split).
--
-- How (set-based, for the per-bet path's throughput; most batches are of one call, so what a statement costs
-- whatever its row count (executor start-up, constraint and trigger set-up) counts as much as what a row costs):
--   1. read and lock what the whole batch needs in a few statements, each by index lookups on the batch's keys:
--      the calls (one pass over the JSON), the players, their cash and bonus accounts (FOR UPDATE, in account id
--      order, so concurrent batches lock in one order and cannot deadlock), the provider transactions every call
--      names (its own id and, for a rollback, the bet's), the rounds (FOR UPDATE, in key order); then the gate,
--      once;
--   2. decide every call in application order (by player, then arrival) in memory;
--   3. write everything in one statement, one data-modifying CTE per table: ledger transactions (ids drawn from
--      their identity sequence up front, so postings and provider rows can name them), postings (one INSERT: the
--      balance trigger runs once), the net change of each player account, the outbox events (outbox_write),
--      provider transactions, rollback flags, rounds, the responsible-gambling play buckets (what each player
--      with a loss or wager limit staked and won this hour, which the gate counts the limits against), every
--      player's play this hour (rg_play_hours, which the harm markers read), and AML's turnover buckets (what each
--      player staked this minute, which its rules read).
-- Anything the bulk read could not see (a concurrent batch claiming the same provider transaction id or
-- idempotency key) makes a write raise; the batcher then applies the batch's calls one by one, each as a batch
-- of one, through this same function (so there is no second implementation to drift).
CREATE OR REPLACE FUNCTION wallet_apply_batch(p_calls JSONB)
RETURNS TABLE(ord INT, outcome wallet_provider_transactions, cash_now_minor BIGINT, bonus_now_minor BIGINT)
LANGUAGE plpgsql
SET plan_cache_mode = force_generic_plan
AS $$
DECLARE
  -- The calls in application order, as parallel arrays; t/r/p slots index the tables below.
  c_ord INT[]; c_kind TEXT[]; c_prov TEXT[]; c_tx TEXT[]; c_hash TEXT[]; c_player TEXT[]; c_cur BPCHAR[];
  c_amount BIGINT[]; c_ref TEXT[]; c_round TEXT[]; c_game TEXT[]; c_finished BOOLEAN[]; c_win_kind TEXT[];
  c_tslot INT[]; c_rslot INT[]; c_pslot INT[]; c_token TEXT[];
  v_calls INT; v_keys INT; v_people INT;
  -- Provider transactions by slot (every id the batch names): the row as it stands (NULL: none yet).
  k_prov TEXT[]; k_tx TEXT[];
  t_row wallet_provider_transactions[];
  t_new BOOLEAN[] := '{}';
  t_lidx INT[] := '{}';
  -- Players by slot, with their cash and bonus accounts, running balances and gate headroom.
  pl_id TEXT[]; pl_known BOOLEAN[]; pl_status TEXT[]; pl_cur BPCHAR[];
  pl_cash_id BIGINT[]; pl_cash BIGINT[]; pl_bonus_id BIGINT[]; pl_bonus BIGINT[];
  pl_wager_room BIGINT[]; pl_loss_room BIGINT[];
  -- What each player staked, in how many bets, and won in this batch (rollbacks take their bet back): the RG
  -- play buckets and hours, and AML's turnover buckets.
  pl_staked BIGINT[]; pl_bets INT[]; pl_won BIGINT[];
  v_found_id TEXT[]; v_found_status TEXT[]; v_found_cur BPCHAR[]; v_want_ids TEXT[];
  acc_id BIGINT[]; acc_kind TEXT[]; acc_bal BIGINT[];
  -- The gate's answer per call (bets only).
  g_refusal TEXT[]; g_cap BIGINT[];
  -- Game rounds by slot; rd_map maps round_key(provider, round, player) to the slot.
  rd_map JSONB; rd_prov TEXT[]; rd_id TEXT[]; rd_db BOOLEAN[]; rd_present BOOLEAN[]; rd_player TEXT[];
  rd_cash BIGINT[]; rd_bonus BIGINT[]; rd_settled BOOLEAN[]; rd_finished BOOLEAN[]; rd_open INT[];
  rd_dirty BOOLEAN[];
  -- Operator accounts, resolved once per code and only when money moves to or from them.
  op_code TEXT[] := '{}'; op_id BIGINT[] := '{}';
  -- What to write.
  v_seq REGCLASS;
  lt_id BIGINT[] := '{}'; lt_key TEXT[] := '{}'; lt_kind TEXT[] := '{}'; lt_player TEXT[] := '{}';
  lt_cur BPCHAR[] := '{}'; lt_details JSONB[] := '{}'; lt_accs JSONB[] := '{}';
  lt_amts JSONB[] := '{}'; lt_pstart INT[] := '{}'; lt_pcount INT[] := '{}';
  v_lts INT := 0;
  ps_tx BIGINT[] := '{}'; ps_acc BIGINT[] := '{}'; ps_amt BIGINT[] := '{}'; ps_cur BPCHAR[] := '{}';
  v_pss INT := 0;
  rec_slots INT[] := '{}';
  v_recs INT := 0;
  rb_prov TEXT[] := '{}'; rb_tx TEXT[] := '{}';
  v_rbs INT := 0;
  v_new wallet_provider_transactions[] := '{}';
  -- The call being decided.
  i INT; j INT; v_ts INT; v_ps INT; v_rn INT; v_bs INT; v_oi INT;
  v_kind TEXT; v_prov TEXT; v_tx TEXT; v_player TEXT; v_cur BPCHAR; v_amount BIGINT; v_round TEXT; v_game TEXT;
  v_fin BOOLEAN; v_ref TEXT; v_win_kind TEXT;
  r wallet_provider_transactions;
  v_bet wallet_provider_transactions;
  v_tomb wallet_provider_transactions;
  v_refusal TEXT;
  v_cash_part BIGINT; v_bonus_part BIGINT; v_staked BIGINT; v_to_player INT;
  v_post BOOLEAN; v_accs BIGINT[]; v_amts BIGINT[]; v_lkey TEXT; v_details JSONB; v_code TEXT; v_code_kind TEXT;
  v_ltx BIGINT;
  v_bad INT;
  v_events INT;
  v_gate RECORD;
  v_gate_bets JSONB;
BEGIN
  -- The calls, ordered as they are applied: by player, then by arrival. Typed by jsonb_to_recordset; the
  -- aggregates read an ordered subquery instead of sorting each array on its own. Each call's slots come from
  -- window ranks (no self-joins: this statement runs for every batch, most of them of one call): its provider
  -- transaction id's (calls that repeat an id share it) and its player's.
  SELECT array_agg(o.ord), array_agg(CASE WHEN o.kind IN ('BET', 'WIN', 'ROLLBACK') THEN o.kind END),
         array_agg(o."providerId"), array_agg(o."transactionId"), array_agg(o."requestHash"), array_agg(o."playerId"),
         array_agg(o.currency), array_agg(CASE WHEN o.kind <> 'ROLLBACK' THEN o."amountMinor" END),
         array_agg(CASE WHEN o.kind = 'ROLLBACK' THEN o."referenceTransactionId" END),
         array_agg(o."roundId"), array_agg(o."gameId"),
         array_agg(CASE WHEN o.kind <> 'ROLLBACK' THEN COALESCE(o."roundFinished", false) END),
         array_agg(CASE WHEN o.kind = 'WIN' THEN COALESCE(o."winKind", 'ROUND') END),
         array_agg(o.t_n), array_agg(o.who_n), array_agg(o."sessionToken"), max(o.t_n), max(o.who_n), count(*)
    INTO c_ord, c_kind, c_prov, c_tx, c_hash, c_player, c_cur, c_amount, c_ref, c_round, c_game, c_finished,
         c_win_kind, c_tslot, c_pslot, c_token, v_keys, v_people, v_calls
    FROM (SELECT x.*, (dense_rank() OVER (ORDER BY x."providerId", x."transactionId"))::INT AS t_n,
                 (dense_rank() OVER (ORDER BY x."playerId"))::INT AS who_n
            FROM jsonb_to_recordset(p_calls) AS x(ord INT, kind TEXT, "providerId" TEXT, "transactionId" TEXT,
                                                  "requestHash" TEXT, "playerId" TEXT, currency BPCHAR,
                                                  "amountMinor" BIGINT, "referenceTransactionId" TEXT, "roundId" TEXT,
                                                  "gameId" TEXT, "roundFinished" BOOLEAN, "winKind" TEXT,
                                                  "sessionToken" TEXT)
           ORDER BY x."playerId", x.ord) o;
  IF v_calls = 0 THEN RETURN; END IF;
  IF array_position(c_kind, NULL) IS NOT NULL OR array_position(c_prov, NULL) IS NOT NULL
     OR array_position(c_tx, NULL) IS NOT NULL OR array_position(c_player, NULL) IS NOT NULL THEN
    RAISE EXCEPTION 'wallet batch: a call lacks its kind, provider, transaction id or player'
      USING ERRCODE = 'data_exception';
  END IF;
  -- The slots' keys; then each rollback's bet: the slot of a call of the batch with that id, or a new one.
  k_prov := array_fill(NULL::TEXT, ARRAY[v_keys]); k_tx := k_prov; pl_id := array_fill(NULL::TEXT, ARRAY[v_people]);
  FOR i IN 1 .. v_calls LOOP
    k_prov[c_tslot[i]] := c_prov[i]; k_tx[c_tslot[i]] := c_tx[i]; pl_id[c_pslot[i]] := c_player[i];
  END LOOP;
  c_rslot := array_fill(NULL::INT, ARRAY[v_calls]);
  IF 'ROLLBACK' = ANY (c_kind) THEN
    FOR i IN 1 .. v_calls LOOP
      CONTINUE WHEN c_ref[i] IS NULL;
      FOR j IN 1 .. cardinality(k_tx) LOOP
        IF k_tx[j] = c_ref[i] AND k_prov[j] = c_prov[i] THEN c_rslot[i] := j; EXIT; END IF;
      END LOOP;
      IF c_rslot[i] IS NULL THEN
        k_prov := k_prov || c_prov[i]; k_tx := k_tx || c_ref[i]; c_rslot[i] := cardinality(k_tx);
      END IF;
    END LOOP;
  END IF;

  -- Every read below is driven by the batch's own keys, index lookups only (`= ANY` of the keys, or a LATERAL
  -- subquery that cannot be flattened), so that the generic plans this function runs on (plan_cache_mode above:
  -- planned once per session, not per call) cannot turn into joins that scan a table, whatever the table sizes
  -- were when a session first planned them.

  -- The players; then the cash and bonus accounts of those with a call in their currency, locked in account id
  -- order (an unknown player or a call in another currency is rejected without locking anything).
  SELECT array_agg(q.player_id), array_agg(q.status), array_agg(q.currency)
    INTO v_found_id, v_found_status, v_found_cur
    FROM players q WHERE q.player_id = ANY (pl_id);
  pl_known := array_fill(false, ARRAY[v_people]); pl_status := array_fill(NULL::TEXT, ARRAY[v_people]);
  pl_cur := array_fill(NULL::BPCHAR, ARRAY[v_people]);
  FOR j IN 1 .. COALESCE(cardinality(v_found_id), 0) LOOP
    v_ps := array_position(pl_id, v_found_id[j]);
    pl_known[v_ps] := true; pl_status[v_ps] := v_found_status[j]; pl_cur[v_ps] := v_found_cur[j];
  END LOOP;
  v_want_ids := '{}';
  FOR i IN 1 .. v_calls LOOP
    IF pl_cur[c_pslot[i]] = c_cur[i] AND NOT c_player[i] = ANY (v_want_ids) THEN
      v_want_ids := v_want_ids || c_player[i];
    END IF;
  END LOOP;
  SELECT array_agg(l.player_id), array_agg(l.account_id), array_agg(l.kind), array_agg(l.balance_minor)
    INTO v_found_id, acc_id, acc_kind, acc_bal
    FROM (SELECT a.player_id, a.account_id, a.kind, a.balance_minor FROM ledger_accounts a
           WHERE a.player_id = ANY (v_want_ids) AND a.kind IN ('PLAYER_CASH', 'PLAYER_BONUS')
             AND a.currency = pl_cur[array_position(pl_id, a.player_id)]
           ORDER BY a.account_id
             FOR UPDATE OF a) l;
  pl_cash_id := array_fill(NULL::BIGINT, ARRAY[v_people]); pl_cash := pl_cash_id;
  pl_bonus_id := pl_cash_id; pl_bonus := pl_cash_id; pl_wager_room := pl_cash_id; pl_loss_room := pl_cash_id;
  pl_staked := array_fill(0::BIGINT, ARRAY[v_people]); pl_won := pl_staked;
  pl_bets := array_fill(0, ARRAY[v_people]);
  FOR j IN 1 .. COALESCE(cardinality(acc_id), 0) LOOP
    v_ps := array_position(pl_id, v_found_id[j]);
    IF acc_kind[j] = 'PLAYER_CASH' THEN pl_cash_id[v_ps] := acc_id[j]; pl_cash[v_ps] := acc_bal[j];
    ELSE pl_bonus_id[v_ps] := acc_id[j]; pl_bonus[v_ps] := acc_bal[j]; END IF;
  END LOOP;

  -- The gate, once for the batch's bets, with the players' accounts locked. Headroom is per player: the loop
  -- below spends it bet by bet.
  g_refusal := array_fill(NULL::TEXT, ARRAY[v_calls]); g_cap := array_fill(NULL::BIGINT, ARRAY[v_calls]);
  IF 'BET' = ANY (c_kind) THEN
    -- Built first and passed as a value (not a subquery); the gate (PL/pgSQL) caches its own plans per session.
    v_gate_bets := (
      SELECT COALESCE(jsonb_agg(jsonb_build_object(
               'callNo', x.n, 'playerId', x.who, 'playerStatus', pl_status[x.ps], 'providerId', x.pv,
               'gameId', x.gm, 'roundId', x.rd, 'amountMinor', x.amt, 'sessionToken', x.tok) ORDER BY x.n), '[]')
        FROM unnest(c_kind, c_player, c_pslot, c_prov, c_game, c_round, c_amount, c_cur, c_token)
               WITH ORDINALITY AS x(kd, who, ps, pv, gm, rd, amt, cur, tok, n)
       WHERE x.kd = 'BET' AND pl_known[x.ps] AND pl_cur[x.ps] = x.cur);
    FOR v_gate IN SELECT * FROM wallet_gate_bets(v_gate_bets)
    LOOP
      g_refusal[v_gate.call_no] := v_gate.refusal; g_cap[v_gate.call_no] := v_gate.stake_cap_minor;
      v_ps := c_pslot[v_gate.call_no];
      pl_wager_room[v_ps] := COALESCE(pl_wager_room[v_ps], v_gate.wager_headroom_minor);
      pl_loss_room[v_ps] := COALESCE(pl_loss_room[v_ps], v_gate.loss_headroom_minor);
    END LOOP;
  END IF;

  -- The bets that rollbacks name are locked (in key order); then every named provider transaction is read, one
  -- row per slot.
  IF 'ROLLBACK' = ANY (c_kind) THEN
    PERFORM 1
      FROM (SELECT DISTINCT x.pv, x.rf FROM unnest(c_kind, c_prov, c_ref) AS x(kd, pv, rf)
             WHERE x.kd = 'ROLLBACK' ORDER BY x.pv, x.rf) x
      CROSS JOIN LATERAL (SELECT 1 FROM wallet_provider_transactions w
                           WHERE w.provider_id = x.pv AND w.provider_tx_id = x.rf FOR UPDATE) l;
  END IF;
  SELECT array_agg(l.found ORDER BY u.key_n) INTO t_row
    FROM unnest(k_prov, k_tx) WITH ORDINALITY AS u(key_p, key_t, key_n)
    LEFT JOIN LATERAL (SELECT w AS found FROM wallet_provider_transactions w
                        WHERE w.provider_id = u.key_p AND w.provider_tx_id = u.key_t) l ON true;

  -- The rounds, each a player's own: those of the bets and round wins, and those of stored bets a rollback may
  -- reverse; locked in key order.
  WITH wanted AS (
    SELECT DISTINCT want_p, want_r, want_pl FROM (
      SELECT x.pv AS want_p, x.rd AS want_r, x.who AS want_pl
        FROM unnest(c_kind, c_prov, c_round, c_player, c_win_kind) AS x(kd, pv, rd, who, wk)
       WHERE x.kd = 'BET' OR x.wk = 'ROUND'
      UNION ALL
      SELECT w.provider_id, w.round_id, w.player_id FROM unnest(t_row) WITH ORDINALITY AS w
       WHERE w.ordinality = ANY (c_rslot) AND w.kind = 'BET' AND w.status = 'OK' AND NOT w.rolled_back) s
    WHERE want_p IS NOT NULL AND want_r IS NOT NULL AND want_pl IS NOT NULL),
  numbered AS (SELECT want_p, want_r, want_pl,
                      (row_number() OVER (ORDER BY want_p, want_r, want_pl))::INT AS want_n FROM wanted)
  SELECT jsonb_object_agg(wallet_round_key(x.want_p, x.want_r, x.want_pl), x.want_n),
         array_agg(x.want_p), array_agg(x.want_r), array_agg(x.in_db), array_agg(x.in_db), array_agg(x.want_pl),
         array_agg(x.cash_staked_minor), array_agg(x.bonus_staked_minor), array_agg(x.settled), array_agg(x.finished),
         array_agg(x.open_bets)
    INTO rd_map, rd_prov, rd_id, rd_db, rd_present, rd_player, rd_cash, rd_bonus, rd_settled, rd_finished, rd_open
    FROM (SELECT n.want_p, n.want_r, n.want_pl, n.want_n, l.provider_id IS NOT NULL AS in_db, l.cash_staked_minor,
                 l.bonus_staked_minor, l.settled, l.finished, l.open_bets
            FROM numbered n
            LEFT JOIN LATERAL (SELECT g.* FROM game_rounds g
                                WHERE g.provider_id = n.want_p AND g.round_id = n.want_r AND g.player_id = n.want_pl
                                  FOR UPDATE) l ON true
           ORDER BY n.want_n) x;
  rd_map := COALESCE(rd_map, '{}');
  rd_dirty := array_fill(false, ARRAY[COALESCE(cardinality(rd_prov), 0)]);

  FOR i IN 1 .. v_calls LOOP
    v_kind := c_kind[i]; v_prov := c_prov[i]; v_tx := c_tx[i]; v_player := c_player[i]; v_cur := c_cur[i];
    v_round := c_round[i]; v_game := c_game[i]; v_ts := c_tslot[i]; v_ps := c_pslot[i];
    ord := c_ord[i];

    -- Who: an unknown player or another currency ends the call, writing nothing.
    IF NOT pl_known[v_ps] THEN
      outcome := wallet_refused_outcome(p_provider => v_prov, p_tx => v_tx, p_player => v_player,
                                        p_currency => v_cur, p_reason => 'UNKNOWN_PLAYER');
      cash_now_minor := NULL; bonus_now_minor := NULL;
      RETURN NEXT; CONTINUE;
    END IF;
    IF pl_cur[v_ps] <> v_cur THEN
      outcome := wallet_refused_outcome(p_provider => v_prov, p_tx => v_tx, p_player => v_player,
                                        p_currency => v_cur, p_reason => 'CURRENCY_MISMATCH:' || pl_cur[v_ps]);
      cash_now_minor := NULL; bonus_now_minor := NULL;
      RETURN NEXT; CONTINUE;
    END IF;
    IF pl_cash_id[v_ps] IS NULL OR pl_bonus_id[v_ps] IS NULL THEN
      RAISE EXCEPTION 'wallet batch: player % lacks a cash or bonus account in %', v_player, v_cur
        USING ERRCODE = 'data_exception';
    END IF;
    cash_now_minor := pl_cash[v_ps]; bonus_now_minor := pl_bonus[v_ps];
    -- Replay or 409: a known id answers its first outcome, to the same request only.
    IF (t_row[v_ts]).provider_id IS NOT NULL THEN
      outcome := t_row[v_ts];
      IF outcome.status <> 'TOMBSTONE' AND outcome.request_hash IS DISTINCT FROM c_hash[i] THEN
        outcome := wallet_refused_outcome(p_provider => v_prov, p_tx => v_tx, p_player => v_player,
                                        p_currency => v_cur, p_reason => 'DUPLICATE_TRANSACTION_ID');
      END IF;
      RETURN NEXT; CONTINUE;
    END IF;

    r := NULL;
    r.provider_id := v_prov; r.provider_tx_id := v_tx; r.kind := v_kind; r.request_hash := c_hash[i];
    r.player_id := v_player; r.currency := v_cur; r.round_id := v_round; r.game_id := v_game;
    r.cash_minor := 0; r.bonus_minor := 0; r.rolled_back := false;
    v_post := false; v_rn := NULL;

    IF v_kind = 'BET' OR v_kind = 'WIN' THEN
      v_amount := c_amount[i]; v_fin := c_finished[i]; v_win_kind := c_win_kind[i];
      IF v_amount IS NULL OR v_amount < 0 THEN
        RAISE EXCEPTION 'wallet batch: % % has no valid amount', v_kind, v_tx USING ERRCODE = 'data_exception';
      END IF;
      r.amount_minor := v_amount; r.win_kind := v_win_kind;
      IF v_kind = 'BET' OR v_win_kind = 'ROUND' THEN
        v_rn := (rd_map ->> wallet_round_key(v_prov, v_round, v_player))::INT;
        IF v_rn IS NULL THEN
          RAISE EXCEPTION 'wallet batch: % % has no round', v_kind, v_tx USING ERRCODE = 'data_exception';
        END IF;
      ELSIF v_win_kind NOT IN ('FREE_ROUND', 'JACKPOT', 'PROMO') THEN
        RAISE EXCEPTION 'wallet batch: win % has an unknown winKind %', v_tx, v_win_kind
          USING ERRCODE = 'data_exception';
      END IF;
    END IF;

    IF v_kind = 'BET' THEN
      v_refusal := COALESCE(
        g_refusal[i],
        CASE WHEN rd_present[v_rn] AND rd_finished[v_rn] THEN 'ROUND_FINISHED' END,
        CASE WHEN v_amount > g_cap[i] THEN 'STAKE_LIMIT_EXCEEDED' END,
        CASE WHEN v_amount > pl_wager_room[v_ps] THEN 'WAGER_LIMIT_EXCEEDED' END,
        CASE WHEN v_amount > pl_loss_room[v_ps] THEN 'LOSS_LIMIT_EXCEEDED' END,
        CASE WHEN pl_cash[v_ps] + pl_bonus[v_ps] < v_amount THEN 'INSUFFICIENT_FUNDS' END);
      IF v_refusal IS NOT NULL THEN
        r.status := 'FAILED'; r.error_code := v_refusal;
      ELSE
        v_cash_part := least(pl_cash[v_ps], v_amount);
        v_bonus_part := v_amount - v_cash_part;
        v_post := true;
        pl_wager_room[v_ps] := pl_wager_room[v_ps] - v_amount;
        pl_loss_room[v_ps] := pl_loss_room[v_ps] - v_amount;
        pl_staked[v_ps] := pl_staked[v_ps] + v_amount;
        pl_bets[v_ps] := pl_bets[v_ps] + 1;
        IF rd_present[v_rn] THEN
          rd_cash[v_rn] := rd_cash[v_rn] + v_cash_part;
          rd_bonus[v_rn] := rd_bonus[v_rn] + v_bonus_part;
          rd_finished[v_rn] := rd_finished[v_rn] OR v_fin;
          rd_open[v_rn] := rd_open[v_rn] + 1;
        ELSE
          rd_present[v_rn] := true; rd_cash[v_rn] := v_cash_part; rd_bonus[v_rn] := v_bonus_part;
          rd_settled[v_rn] := false; rd_finished[v_rn] := v_fin; rd_open[v_rn] := 1;
        END IF;
        rd_dirty[v_rn] := true;
        r.status := 'OK'; r.cash_minor := v_cash_part; r.bonus_minor := v_bonus_part;
      END IF;

    ELSIF v_kind = 'WIN' AND v_win_kind <> 'ROUND' THEN
      -- A prize the provider awards without a stake: all cash, from its prize-cost account.
      v_cash_part := v_amount; v_bonus_part := 0; v_post := true;
      pl_loss_room[v_ps] := pl_loss_room[v_ps] + v_amount;
      pl_won[v_ps] := pl_won[v_ps] + v_amount;
      r.status := 'OK'; r.cash_minor := v_cash_part;

    ELSIF v_kind = 'WIN' THEN
      v_refusal := CASE WHEN NOT rd_present[v_rn] THEN 'ROUND_NOT_FOUND'
                        WHEN rd_finished[v_rn] THEN 'ROUND_FINISHED'
                        WHEN rd_open[v_rn] = 0 THEN 'ROUND_ROLLED_BACK' END;
      IF v_refusal IS NOT NULL THEN
        r.status := 'FAILED'; r.error_code := v_refusal;
      ELSE
        rd_settled[v_rn] := true;
        rd_finished[v_rn] := rd_finished[v_rn] OR v_fin;
        rd_dirty[v_rn] := true;
        v_staked := rd_cash[v_rn] + rd_bonus[v_rn];
        v_bonus_part := CASE WHEN v_staked = 0 THEN 0
                             ELSE floor(v_amount::NUMERIC * rd_bonus[v_rn] / v_staked)::BIGINT END;
        v_cash_part := v_amount - v_bonus_part; -- rounding favours the player's withdrawable cash
        v_post := true;
        pl_loss_room[v_ps] := pl_loss_room[v_ps] + v_amount;
        pl_won[v_ps] := pl_won[v_ps] + v_amount;
        r.status := 'OK'; r.cash_minor := v_cash_part; r.bonus_minor := v_bonus_part;
      END IF;

    ELSE -- ROLLBACK
      v_ref := c_ref[i]; v_bs := c_rslot[i];
      IF v_bs IS NULL THEN
        RAISE EXCEPTION 'wallet batch: rollback % names no bet', v_tx USING ERRCODE = 'data_exception';
      END IF;
      r.amount_minor := 0; r.reference_tx_id := v_ref; r.status := 'OK';
      v_bet := t_row[v_bs];
      IF v_bet.provider_id IS NULL THEN
        -- A tombstone in the bet's slot (free: v_bet was read from it), recorded like any outcome.
        v_tomb := NULL;
        v_tomb.provider_id := v_prov; v_tomb.provider_tx_id := v_ref; v_tomb.kind := 'BET';
        v_tomb.player_id := v_player; v_tomb.currency := v_cur; v_tomb.amount_minor := 0; v_tomb.round_id := v_round;
        v_tomb.game_id := v_game; v_tomb.cash_minor := 0; v_tomb.bonus_minor := 0; v_tomb.rolled_back := false;
        v_tomb.status := 'TOMBSTONE'; v_tomb.error_code := 'ROLLED_BACK_BEFORE_ARRIVAL';
        v_tomb.cash_balance_minor := pl_cash[v_ps]; v_tomb.bonus_balance_minor := pl_bonus[v_ps];
        v_tomb.processed_at := now();
        t_row[v_bs] := v_tomb; t_new[v_bs] := true;
        v_recs := v_recs + 1; rec_slots[v_recs] := v_bs;
        r.status := 'FAILED'; r.error_code := 'UNKNOWN_TRANSACTION';
      ELSIF v_bet.kind <> 'BET' OR v_bet.player_id <> v_player THEN
        r.status := 'FAILED'; r.error_code := 'NOT_A_BET_OF_THIS_PLAYER';
      ELSIF v_bet.status = 'TOMBSTONE' THEN
        r.status := 'FAILED'; r.error_code := 'UNKNOWN_TRANSACTION';
      ELSIF v_bet.round_id IS DISTINCT FROM v_round THEN
        r.status := 'FAILED'; r.error_code := 'ROUND_MISMATCH';
      ELSIF v_bet.status = 'FAILED' OR v_bet.rolled_back THEN
        NULL; -- nothing (more) to reverse: the bet moved no money, or another rollback already reversed it
      ELSE
        v_rn := (rd_map ->> wallet_round_key(v_prov, v_bet.round_id, v_bet.player_id))::INT;
        IF v_rn IS NULL OR NOT rd_present[v_rn] THEN
          RAISE EXCEPTION 'wallet batch: round of bet % not read', v_ref USING ERRCODE = 'data_exception';
        END IF;
        IF rd_settled[v_rn] THEN
          r.status := 'FAILED'; r.error_code := 'ROUND_ALREADY_SETTLED';
        ELSE
          -- The bet's postings, reversed in posting order: from this batch, or as stored.
          IF v_bet.ledger_transaction_id IS NULL THEN
            v_accs := NULL;
          ELSIF COALESCE(t_new[v_bs], false) THEN
            v_accs := '{}'; v_amts := '{}';
            FOR j IN lt_pstart[t_lidx[v_bs]] .. lt_pstart[t_lidx[v_bs]] + lt_pcount[t_lidx[v_bs]] - 1 LOOP
              v_accs := v_accs || ps_acc[j]; v_amts := v_amts || -ps_amt[j];
            END LOOP;
          ELSE
            SELECT array_agg(p.account_id ORDER BY p.posting_id), array_agg(-p.amount_minor ORDER BY p.posting_id)
              INTO v_accs, v_amts
              FROM ledger_postings p WHERE p.transaction_id = v_bet.ledger_transaction_id;
          END IF;
          IF v_accs IS NOT NULL THEN
            v_post := true;
            v_lkey := 'wallet:rollback:' || v_prov || ':' || v_tx;
            v_details := jsonb_build_object('providerId', v_prov, 'providerTransactionId', v_tx,
                                            'roundId', v_bet.round_id, 'rolledBackTransactionId', v_ref,
                                            'reversesLedgerTransactionId', v_bet.ledger_transaction_id);
          END IF;
          v_bet.rolled_back := true;
          t_row[v_bs] := v_bet;
          IF NOT COALESCE(t_new[v_bs], false) THEN
            v_rbs := v_rbs + 1; rb_prov[v_rbs] := v_prov; rb_tx[v_rbs] := v_ref;
          END IF;
          rd_cash[v_rn] := rd_cash[v_rn] - v_bet.cash_minor;
          rd_bonus[v_rn] := rd_bonus[v_rn] - v_bet.bonus_minor;
          rd_open[v_rn] := rd_open[v_rn] - 1;
          rd_dirty[v_rn] := true;
          pl_wager_room[v_ps] := pl_wager_room[v_ps] + v_bet.amount_minor;
          pl_loss_room[v_ps] := pl_loss_room[v_ps] + v_bet.amount_minor;
          pl_staked[v_ps] := pl_staked[v_ps] - v_bet.amount_minor;
          pl_bets[v_ps] := pl_bets[v_ps] - 1;
          r.cash_minor := v_bet.cash_minor; r.bonus_minor := v_bet.bonus_minor;
        END IF;
      END IF;
    END IF;

    -- The money of a bet (player to operator) or a win (operator to player): cash against the provider's game
    -- revenue (or, for a prize, its prize cost), bonus against bonus cost; nothing for a zero amount.
    IF v_post AND v_kind <> 'ROLLBACK' THEN
      v_to_player := CASE v_kind WHEN 'WIN' THEN 1 ELSE -1 END;
      v_accs := '{}'; v_amts := '{}';
      IF v_cash_part > 0 THEN
        IF v_kind = 'WIN' AND v_win_kind <> 'ROUND' THEN
          v_code := 'game:' || v_prov || ':' || lower(replace(v_win_kind, '_', '-')) || ':' || v_cur;
          v_code_kind := 'GAME_PRIZE_COST';
        ELSE
          v_code := 'game:' || v_prov || ':revenue:' || v_cur; v_code_kind := 'GAME_REVENUE';
        END IF;
        v_oi := array_position(op_code, v_code);
        IF v_oi IS NULL THEN
          op_code := op_code || v_code;
          op_id := op_id || ledger_operator_account(p_code => v_code, p_kind => v_code_kind, p_currency => v_cur);
          v_oi := cardinality(op_code);
        END IF;
        v_accs := v_accs || ARRAY[pl_cash_id[v_ps], op_id[v_oi]];
        v_amts := v_amts || ARRAY[v_to_player * v_cash_part, -v_to_player * v_cash_part];
      END IF;
      IF v_bonus_part > 0 THEN
        v_code := 'bonus:cost:' || v_cur;
        v_oi := array_position(op_code, v_code);
        IF v_oi IS NULL THEN
          op_code := op_code || v_code;
          op_id := op_id || ledger_operator_account(p_code => v_code, p_kind => 'BONUS_COST', p_currency => v_cur);
          v_oi := cardinality(op_code);
        END IF;
        v_accs := v_accs || ARRAY[pl_bonus_id[v_ps], op_id[v_oi]];
        v_amts := v_amts || ARRAY[v_to_player * v_bonus_part, -v_to_player * v_bonus_part];
      END IF;
      IF v_cash_part + v_bonus_part = 0 THEN
        v_post := false;
      ELSE
        v_lkey := 'wallet:' || lower(v_kind) || ':' || v_prov || ':' || v_tx;
        v_details := jsonb_build_object('providerId', v_prov, 'providerTransactionId', v_tx, 'roundId', v_round,
                                        'gameId', v_game, 'cashMinor', v_cash_part, 'bonusMinor', v_bonus_part);
        IF v_kind = 'WIN' THEN v_details := v_details || jsonb_build_object('winKind', v_win_kind); END IF;
      END IF;
    END IF;

    -- The ledger transaction, deferred: it and its postings are written after the loop.
    IF v_post THEN
      IF v_seq IS NULL THEN v_seq := pg_get_serial_sequence('ledger_transactions', 'transaction_id')::REGCLASS; END IF;
      v_ltx := nextval(v_seq);
      v_lts := v_lts + 1;
      lt_id[v_lts] := v_ltx; lt_key[v_lts] := v_lkey; lt_kind[v_lts] := v_kind; lt_player[v_lts] := v_player;
      lt_cur[v_lts] := v_cur; lt_details[v_lts] := v_details;
      lt_accs[v_lts] := to_jsonb(v_accs); lt_amts[v_lts] := to_jsonb(v_amts);
      lt_pstart[v_lts] := v_pss + 1; lt_pcount[v_lts] := cardinality(v_accs);
      FOR j IN 1 .. cardinality(v_accs) LOOP
        v_pss := v_pss + 1;
        ps_tx[v_pss] := v_ltx; ps_acc[v_pss] := v_accs[j]; ps_amt[v_pss] := v_amts[j]; ps_cur[v_pss] := v_cur;
        IF v_accs[j] = pl_cash_id[v_ps] THEN pl_cash[v_ps] := pl_cash[v_ps] + v_amts[j];
        ELSIF v_accs[j] = pl_bonus_id[v_ps] THEN pl_bonus[v_ps] := pl_bonus[v_ps] + v_amts[j];
        END IF;
      END LOOP;
      r.ledger_transaction_id := v_ltx;
      t_lidx[v_ts] := v_lts;
    END IF;

    -- The outcome with the balances after the call, once per id (a second claim within the batch, possible
    -- only through a rollback naming its own id, raises as a concurrent claim does).
    IF (t_row[v_ts]).provider_id IS NOT NULL THEN
      RAISE EXCEPTION 'provider transaction %/% was taken concurrently', v_prov, v_tx
        USING ERRCODE = 'serialization_failure';
    END IF;
    r.cash_balance_minor := pl_cash[v_ps]; r.bonus_balance_minor := pl_bonus[v_ps];
    r.processed_at := now();
    t_row[v_ts] := r; t_new[v_ts] := true;
    v_recs := v_recs + 1; rec_slots[v_recs] := v_ts;
    outcome := r; cash_now_minor := pl_cash[v_ps]; bonus_now_minor := pl_bonus[v_ps];
    RETURN NEXT;
  END LOOP;

  -- The writes, in one statement: a statement costs its executor start-up, snapshot and constraint set-up however
  -- few rows it writes, and a batch of one is the common case. Every data-modifying CTE runs whether the main
  -- query reads it or not; `events` is a SELECT, which runs only when read, so the main query counts its rows
  -- (one event per ledger transaction). A conflicting key (a concurrent claim) raises and undoes the batch;
  -- foreign keys and the postings' balance trigger are checked at the end of the statement, when every table is
  -- written.
  FOR j IN 1 .. v_recs LOOP v_new[j] := t_row[rec_slots[j]]; END LOOP;
  IF v_lts + v_recs + v_rbs > 0 OR true = ANY (rd_dirty) THEN
    WITH lt AS (
      INSERT INTO ledger_transactions (transaction_id, idempotency_key, kind, player_id, details)
        OVERRIDING SYSTEM VALUE
        SELECT * FROM unnest(lt_id, lt_key, lt_kind, lt_player, lt_details)),
    ps AS (
      INSERT INTO ledger_postings (transaction_id, account_id, amount_minor, currency)
        SELECT * FROM unnest(ps_tx, ps_acc, ps_amt, ps_cur)),
    -- The net change per account (the CHECK still refuses a negative balance); every player account changed
    -- must be one whose running balance the loop kept, and end where the loop says.
    changed AS (
      UPDATE ledger_accounts a SET balance_minor = a.balance_minor + d.d_sum
        FROM (SELECT d_acc, sum(d_amt)::BIGINT AS d_sum FROM unnest(ps_acc, ps_amt) AS x(d_acc, d_amt)
               GROUP BY d_acc) d
       WHERE a.account_id = d.d_acc AND a.balance_minor IS NOT NULL AND d.d_sum <> 0
      RETURNING a.account_id AS ch_acc, a.balance_minor AS ch_bal),
    expected AS (
      SELECT e_acc, e_bal FROM unnest(pl_cash_id || pl_bonus_id, pl_cash || pl_bonus) AS x(e_acc, e_bal)
       WHERE e_acc IS NOT NULL),
    events AS (
      SELECT outbox_write(jsonb_agg(jsonb_build_object(
               'topic', 'wallet.transactions', 'type', 'wallet.transaction.posted', 'version', 2,
               'key', COALESCE(x.pl, 'operator'),
               'payload', jsonb_build_object('transactionId', x.id, 'idempotencyKey', x.k, 'kind', x.kd,
                                             'playerId', x.pl, 'currency', x.cur, 'details', x.det,
                                             'accountIds', x.accs, 'amountsMinor', x.amts)) ORDER BY x.n)) AS ev
        FROM unnest(lt_id, lt_key, lt_kind, lt_player, lt_cur, lt_details, lt_accs, lt_amts)
               WITH ORDINALITY AS x(id, k, kd, pl, cur, det, accs, amts, n)
      HAVING count(*) > 0),
    recorded AS (
      INSERT INTO wallet_provider_transactions SELECT * FROM unnest(v_new)),
    reversed AS (
      UPDATE wallet_provider_transactions w SET rolled_back = true
        FROM unnest(rb_prov, rb_tx) AS x(pv, rf)
       WHERE w.provider_id = x.pv AND w.provider_tx_id = x.rf),
    rounds AS (
      SELECT * FROM unnest(rd_prov, rd_id, rd_player, rd_cash, rd_bonus, rd_settled, rd_finished, rd_open, rd_db,
                           rd_dirty) AS x(pv, rid, pl, cs, bs, st, fi, ob, indb, dirty)
       WHERE x.dirty),
    rounds_changed AS (
      UPDATE game_rounds g
         SET cash_staked_minor = x.cs, bonus_staked_minor = x.bs, settled = x.st, finished = x.fi, open_bets = x.ob
        FROM rounds x
       WHERE x.indb AND g.provider_id = x.pv AND g.round_id = x.rid AND g.player_id = x.pl),
    rounds_opened AS (
      INSERT INTO game_rounds (provider_id, round_id, player_id, cash_staked_minor, bonus_staked_minor, settled,
                               finished, open_bets)
        SELECT x.pv, x.rid, x.pl, x.cs, x.bs, x.st, x.fi, x.ob FROM rounds x WHERE NOT x.indb),
    -- The RG play buckets (what the bet gate counts loss and wager limits against): one upsert of this hour's
    -- bucket per player who played and has a loss or wager limit (a probe of their limits); the players' accounts
    -- are locked, so a player's bets cannot pass the gate between this write and the next batch's read.
    play AS (
      INSERT INTO rg_play_buckets AS pb (player_id, bucket_start, staked_minor, won_minor)
        SELECT x.pl, date_trunc('hour', now()), x.st, x.wn FROM unnest(pl_id, pl_staked, pl_won) AS x(pl, st, wn)
         WHERE (x.st <> 0 OR x.wn <> 0)
           AND EXISTS (SELECT 1 FROM rg_limits l WHERE l.player_id = x.pl AND l.kind IN ('LOSS', 'WAGER'))
      ON CONFLICT (player_id, bucket_start)
        DO UPDATE SET staked_minor = pb.staked_minor + EXCLUDED.staked_minor,
                      won_minor = pb.won_minor + EXCLUDED.won_minor),
    -- Every player's play this hour (what the harm markers read): one upsert per player who played.
    play_hours AS (
      INSERT INTO rg_play_hours AS ph (player_id, hour, stakes_minor, wins_minor, bet_count)
        SELECT x.pl, date_trunc('hour', now()), x.st, x.wn, x.n
          FROM unnest(pl_id, pl_staked, pl_won, pl_bets) AS x(pl, st, wn, n)
         WHERE x.st <> 0 OR x.wn <> 0 OR x.n <> 0
      ON CONFLICT (player_id, hour)
        DO UPDATE SET stakes_minor = ph.stakes_minor + EXCLUDED.stakes_minor,
                      wins_minor = ph.wins_minor + EXCLUDED.wins_minor, bet_count = ph.bet_count + EXCLUDED.bet_count),
    -- AML's turnover buckets (what its rules read as turnover since the last deposit): this minute's bucket per
    -- player who staked, written with the bets, so a withdrawal's evaluation always counts every bet placed
    -- before it, and the monitor need not read the wallet's events at all.
    turnover AS (
      INSERT INTO aml_turnover_buckets AS tb (player_id, currency, minute, bets_minor, bet_count)
        SELECT x.pl, x.cur, date_trunc('minute', now()), x.st, x.n
          FROM unnest(pl_id, pl_cur::TEXT[], pl_staked, pl_bets) AS x(pl, cur, st, n)
         WHERE x.n <> 0 OR x.st <> 0
      ON CONFLICT (player_id, currency, minute)
        DO UPDATE SET bets_minor = tb.bets_minor + EXCLUDED.bets_minor, bet_count = tb.bet_count + EXCLUDED.bet_count)
    SELECT (SELECT count(*) FROM changed LEFT JOIN expected ON expected.e_acc = changed.ch_acc
             WHERE expected.e_bal IS DISTINCT FROM changed.ch_bal),
           (SELECT count(*) FROM events)
      INTO v_bad, v_events;
    IF v_bad > 0 THEN
      RAISE EXCEPTION 'wallet batch: % account balance(s) differ from the batch''s own reckoning', v_bad
        USING ERRCODE = 'internal_error';
    END IF;
    IF v_events <> v_lts THEN
      RAISE EXCEPTION 'wallet batch: % outbox event(s) for % ledger transaction(s)', v_events, v_lts
        USING ERRCODE = 'internal_error';
    END IF;
  END IF;
END $$;
