-- Up Migration

-- ledger_post_postings writes its `wallet.transactions` outbox event with the trace context of the transaction
-- that posts it, so a deposit's credit or a withdrawal's reserve, post and void reach Kafka in the trace of the
-- request or activity that moved the money. withTransaction (platform/db.ts) stores that context, inside a span
-- only, in the transaction-local setting backoffice.trace_context; current_setting(..., true) reads NULL where it
-- was never set in the session and '' where an earlier transaction of the pooled session set it, hence NULLIF.
-- The per-bet path (wallet_bet / wallet_win / wallet_rollback through this function, and wallet_apply_batch with
-- its own INSERT) runs untraced, sets nothing and so still writes NULL; wallet_apply_batch is left as it is.
-- Otherwise the function is unchanged (migrations/1764115200002_players-and-ledger.sql).
CREATE OR REPLACE FUNCTION ledger_post_postings(p_key TEXT, p_kind TEXT, p_player TEXT, p_currency CHAR(3), p_details JSONB,
                                     p_accounts BIGINT[], p_amounts BIGINT[]) RETURNS BIGINT
LANGUAGE plpgsql AS $$
DECLARE
  v_tx BIGINT;
  v_key TEXT := COALESCE(p_player, 'operator');
  v_event UUID := gen_random_uuid();
BEGIN
  INSERT INTO ledger_transactions (idempotency_key, kind, player_id, details)
    VALUES (p_key, p_kind, p_player, p_details)
    ON CONFLICT (idempotency_key) DO NOTHING
    RETURNING transaction_id INTO v_tx;
  IF v_tx IS NULL THEN RETURN NULL; END IF;

  INSERT INTO ledger_postings (transaction_id, account_id, amount_minor, currency)
    SELECT v_tx, a, m, p_currency FROM unnest(p_accounts, p_amounts) AS u(a, m);
  FOR i IN 1 .. array_length(p_accounts, 1) LOOP
    -- Raises check_violation (23514) if a player balance would go negative; operator accounts keep none.
    UPDATE ledger_accounts SET balance_minor = balance_minor + p_amounts[i]
     WHERE account_id = p_accounts[i] AND balance_minor IS NOT NULL;
  END LOOP;

  INSERT INTO outbox_events (event_id, topic, message_key, event_type, payload, trace_context)
  VALUES (v_event, 'wallet.transactions', v_key, 'wallet.transaction.posted',
          jsonb_build_object(
            'eventId', v_event, 'type', 'wallet.transaction.posted', 'version', 2,
            'occurredAt', to_char(clock_timestamp() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
            'key', v_key,
            'payload', jsonb_build_object('transactionId', v_tx, 'idempotencyKey', p_key, 'kind', p_kind,
                                          'playerId', p_player, 'currency', p_currency, 'details', p_details,
                                          'accountIds', to_jsonb(p_accounts), 'amountsMinor', to_jsonb(p_amounts))),
          NULLIF(current_setting('backoffice.trace_context', true), '')::jsonb);
  RETURN v_tx;
END $$;

-- Down Migration
CREATE OR REPLACE FUNCTION ledger_post_postings(p_key TEXT, p_kind TEXT, p_player TEXT, p_currency CHAR(3), p_details JSONB,
                                     p_accounts BIGINT[], p_amounts BIGINT[]) RETURNS BIGINT
LANGUAGE plpgsql AS $$
DECLARE
  v_tx BIGINT;
  v_key TEXT := COALESCE(p_player, 'operator');
  v_event UUID := gen_random_uuid();
BEGIN
  INSERT INTO ledger_transactions (idempotency_key, kind, player_id, details)
    VALUES (p_key, p_kind, p_player, p_details)
    ON CONFLICT (idempotency_key) DO NOTHING
    RETURNING transaction_id INTO v_tx;
  IF v_tx IS NULL THEN RETURN NULL; END IF;

  INSERT INTO ledger_postings (transaction_id, account_id, amount_minor, currency)
    SELECT v_tx, a, m, p_currency FROM unnest(p_accounts, p_amounts) AS u(a, m);
  FOR i IN 1 .. array_length(p_accounts, 1) LOOP
    -- Raises check_violation (23514) if a player balance would go negative; operator accounts keep none.
    UPDATE ledger_accounts SET balance_minor = balance_minor + p_amounts[i]
     WHERE account_id = p_accounts[i] AND balance_minor IS NOT NULL;
  END LOOP;

  INSERT INTO outbox_events (event_id, topic, message_key, event_type, payload)
  VALUES (v_event, 'wallet.transactions', v_key, 'wallet.transaction.posted',
          jsonb_build_object(
            'eventId', v_event, 'type', 'wallet.transaction.posted', 'version', 2,
            'occurredAt', to_char(clock_timestamp() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
            'key', v_key,
            'payload', jsonb_build_object('transactionId', v_tx, 'idempotencyKey', p_key, 'kind', p_kind,
                                          'playerId', p_player, 'currency', p_currency, 'details', p_details,
                                          'accountIds', to_jsonb(p_accounts), 'amountsMinor', to_jsonb(p_amounts))));
  RETURN v_tx;
END $$;
