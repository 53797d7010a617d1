-- The one way a single money move is posted (deposits, withdrawals, bonus moves; the seamless wallet's batches
-- write the same rows set-based, in wallet_apply_batch): a transaction in one currency, its postings, the player
-- balances they change, and its `wallet.transactions` outbox event (through outbox_write), all in the caller's
-- database transaction. Named fields, one JSON object:
--   {idempotencyKey, kind, playerId (null for operator-only moves), currency, details,
--    postings: [{accountId, amountMinor}, ...]}
-- Idempotent by key: returns the new transaction's id, or NULL when the key was already used (and then writes
-- nothing).
CREATE OR REPLACE FUNCTION ledger_post_postings(p_transaction JSONB) RETURNS BIGINT
LANGUAGE plpgsql AS $$
DECLARE
  v_tx BIGINT;
  v_key TEXT := p_transaction->>'idempotencyKey';
  v_kind TEXT := p_transaction->>'kind';
  v_player TEXT := p_transaction->>'playerId';
  v_currency CHAR(3) := p_transaction->>'currency';
  v_details JSONB := COALESCE(p_transaction->'details', '{}');
  v_accounts BIGINT[];
  v_amounts BIGINT[];
BEGIN
  SELECT array_agg((p.value->>'accountId')::BIGINT ORDER BY p.ordinality),
         array_agg((p.value->>'amountMinor')::BIGINT ORDER BY p.ordinality)
    INTO v_accounts, v_amounts
    FROM jsonb_array_elements(p_transaction->'postings') WITH ORDINALITY AS p;
  IF v_key IS NULL OR v_kind IS NULL OR v_currency IS NULL OR cardinality(v_accounts) IS NULL THEN
    RAISE EXCEPTION 'ledger_post_postings: idempotencyKey, kind, currency and postings are required'
      USING ERRCODE = 'data_exception';
  END IF;

  INSERT INTO ledger_transactions (idempotency_key, kind, player_id, details)
    VALUES (v_key, v_kind, v_player, v_details)
    ON CONFLICT (idempotency_key) DO NOTHING
    RETURNING transaction_id INTO v_tx;
  IF v_tx IS NULL THEN RETURN NULL; END IF;

  -- Inserted by primary key from arrays: no join the planner could turn into a scan.
  INSERT INTO ledger_postings (transaction_id, account_id, amount_minor, currency)
    SELECT v_tx, a, m, v_currency FROM unnest(v_accounts, v_amounts) AS u(a, m);
  FOR i IN 1 .. cardinality(v_accounts) LOOP
    -- Raises check_violation (23514) if a player balance would go negative; operator accounts keep none.
    UPDATE ledger_accounts SET balance_minor = balance_minor + v_amounts[i]
     WHERE account_id = v_accounts[i] AND balance_minor IS NOT NULL;
  END LOOP;

  PERFORM outbox_write(jsonb_build_array(jsonb_build_object(
    'topic', 'wallet.transactions', 'type', 'wallet.transaction.posted', 'version', 2,
    'key', COALESCE(v_player, 'operator'),
    'payload', jsonb_build_object('transactionId', v_tx, 'idempotencyKey', v_key, 'kind', v_kind,
                                  'playerId', v_player, 'currency', v_currency, 'details', v_details,
                                  'accountIds', to_jsonb(v_accounts), 'amountsMinor', to_jsonb(v_amounts)))));
  RETURN v_tx;
END $$;
