-- Up Migration

-- Players: the minimal registry the wallet needs; KYC adds the rest of the profile.
CREATE TABLE players (
  player_id      TEXT        PRIMARY KEY,
  brand          TEXT        NOT NULL,
  jurisdiction   TEXT        NOT NULL,
  currency       CHAR(3)     NOT NULL,
  date_of_birth  DATE        NOT NULL,
  status         TEXT        NOT NULL DEFAULT 'ACTIVE'
                   CHECK (status IN ('ACTIVE', 'BLOCKED', 'SELF_EXCLUDED', 'CLOSED')),
  created_at     TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE INDEX players_brand ON players (brand, created_at);

-- Accounts. A player's accounts keep a running balance on their own row, which the database keeps from going
-- negative (one row per player, so no global hot spot). Operator accounts (PSP clearing, game revenue, bonus
-- cost) are touched by every bet of every player, so they keep no running balance at all: their balance is the
-- sum of their postings, and no single row is updated by every bet.
CREATE TABLE ledger_accounts (
  account_id     BIGINT      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  code           TEXT        NOT NULL UNIQUE,
  kind           TEXT        NOT NULL CHECK (kind IN ('PLAYER_CASH', 'PLAYER_BONUS', 'PLAYER_WITHDRAWAL_PENDING',
                                                      'PSP_CLEARING', 'GAME_REVENUE', 'BONUS_COST')),
  player_id      TEXT        REFERENCES players,
  currency       CHAR(3)     NOT NULL,
  balance_minor  BIGINT      CHECK (balance_minor >= 0),
  CHECK ((kind LIKE 'PLAYER_%') = (player_id IS NOT NULL)),
  CHECK ((player_id IS NOT NULL) = (balance_minor IS NOT NULL))
);
CREATE UNIQUE INDEX ledger_accounts_player_kind ON ledger_accounts (player_id, kind, currency) WHERE player_id IS NOT NULL;

CREATE TABLE ledger_transactions (
  transaction_id   BIGINT      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  idempotency_key  TEXT        NOT NULL UNIQUE,
  kind             TEXT        NOT NULL,
  player_id        TEXT        REFERENCES players,
  details          JSONB       NOT NULL DEFAULT '{}',
  created_at       TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE INDEX ledger_transactions_player ON ledger_transactions (player_id, transaction_id);

CREATE TABLE ledger_postings (
  posting_id      BIGINT  GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  transaction_id  BIGINT  NOT NULL REFERENCES ledger_transactions,
  account_id      BIGINT  NOT NULL REFERENCES ledger_accounts,
  amount_minor    BIGINT  NOT NULL CHECK (amount_minor <> 0),
  currency        CHAR(3) NOT NULL
);
CREATE INDEX ledger_postings_transaction ON ledger_postings (transaction_id);
CREATE INDEX ledger_postings_account ON ledger_postings (account_id);

-- Postings and transactions are immutable: a correction is a new transaction.
CREATE FUNCTION ledger_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION '% is append-only: post a correcting transaction instead', TG_TABLE_NAME
    USING ERRCODE = 'restrict_violation';
END $$;
CREATE TRIGGER ledger_postings_immutable BEFORE UPDATE OR DELETE ON ledger_postings
  FOR EACH ROW EXECUTE FUNCTION ledger_refuse_change();
CREATE TRIGGER ledger_postings_no_truncate BEFORE TRUNCATE ON ledger_postings
  FOR EACH STATEMENT EXECUTE FUNCTION ledger_refuse_change();
CREATE TRIGGER ledger_transactions_immutable BEFORE UPDATE OR DELETE ON ledger_transactions
  FOR EACH ROW EXECUTE FUNCTION ledger_refuse_change();
CREATE TRIGGER ledger_transactions_no_truncate BEFORE TRUNCATE ON ledger_transactions
  FOR EACH STATEMENT EXECUTE FUNCTION ledger_refuse_change();

-- Every transaction sums to zero per currency. Each INSERT's postings must balance per transaction on their own
-- (so a transaction's postings, in however many statements, always sum to zero); the check reads only the rows
-- being inserted, never the whole postings table.
CREATE FUNCTION ledger_check_balanced() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  unbalanced RECORD;
BEGIN
  SELECT transaction_id, currency, sum(amount_minor) AS total INTO unbalanced
  FROM new_postings GROUP BY transaction_id, currency HAVING sum(amount_minor) <> 0 LIMIT 1;
  IF FOUND THEN
    RAISE EXCEPTION 'ledger transaction % does not balance in %: postings sum to %',
      unbalanced.transaction_id, unbalanced.currency, unbalanced.total
      USING ERRCODE = 'check_violation';
  END IF;
  RETURN NULL;
END $$;
CREATE TRIGGER ledger_postings_balanced AFTER INSERT ON ledger_postings
  REFERENCING NEW TABLE AS new_postings
  FOR EACH STATEMENT EXECUTE FUNCTION ledger_check_balanced();

-- An operator account, created the first time it is needed.
CREATE FUNCTION ledger_operator_account(p_code TEXT, p_kind TEXT, p_currency CHAR(3)) RETURNS BIGINT
LANGUAGE plpgsql AS $$
DECLARE
  id BIGINT;
BEGIN
  SELECT account_id INTO id FROM ledger_accounts WHERE code = p_code;
  IF id IS NULL THEN
    INSERT INTO ledger_accounts (code, kind, currency) VALUES (p_code, p_kind, p_currency)
      ON CONFLICT (code) DO NOTHING RETURNING account_id INTO id;
    IF id IS NULL THEN
      SELECT account_id INTO id FROM ledger_accounts WHERE code = p_code;
    END IF;
  END IF;
  RETURN id;
END $$;

-- The one way money moves: a transaction in one currency, its postings given as parallel arrays (account ids and
-- signed amounts, inserted by primary key, no join the planner could turn into a scan), the player balances
-- they change, and its `wallet.transactions` outbox event, all in the caller's database transaction. Idempotent
-- by key: returns the new transaction's id, or NULL when the key was already used (and then writes nothing).
CREATE FUNCTION ledger_post_postings(p_key TEXT, p_kind TEXT, p_player TEXT, p_currency CHAR(3), p_details JSONB,
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

-- Two-phase withdrawals: reserve moves cash to withdrawal-pending; exactly one of post or void settles it.
CREATE TABLE ledger_reservations (
  reservation_id      TEXT        PRIMARY KEY,
  player_id           TEXT        NOT NULL REFERENCES players,
  amount_minor        BIGINT      NOT NULL CHECK (amount_minor > 0),
  currency            CHAR(3)     NOT NULL,
  status              TEXT        NOT NULL CHECK (status IN ('PENDING', 'POSTED', 'VOIDED')),
  reserve_tx_id       BIGINT      NOT NULL REFERENCES ledger_transactions,
  settle_tx_id        BIGINT      REFERENCES ledger_transactions,
  created_at          TIMESTAMPTZ NOT NULL DEFAULT now(),
  settled_at          TIMESTAMPTZ
);

-- Down Migration
DROP TABLE ledger_reservations;
DROP FUNCTION ledger_post_postings(TEXT, TEXT, TEXT, CHAR(3), JSONB, BIGINT[], BIGINT[]);
DROP FUNCTION ledger_operator_account(TEXT, TEXT, CHAR(3));
DROP TABLE ledger_postings;
DROP TABLE ledger_transactions;
DROP TABLE ledger_accounts;
DROP FUNCTION ledger_check_balanced();
DROP FUNCTION ledger_refuse_change();
DROP TABLE players;
