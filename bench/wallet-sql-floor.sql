-- How much Postgres CPU one seamless-wallet bet costs, with no HTTP, no network and no commit in the way: the
-- floor under `npm run bench:wallet`. Run after a bench:wallet run (it uses that run's funded `bench` players):
--
--   psql postgres://postgres:postgres@127.0.0.1:54329/backoffice -f bench/wallet-sql-floor.sql
--
-- Everything is rolled back. (1) 2,000 bets each as a batch of one through `wallet_apply_batch`, as a lone call
-- goes; (2) the same rows written set-based, one statement per table, as the batch path could at best;
-- (3) 2,000 bets as one batch through `wallet_apply_batch`, which the API's group commit calls.
\timing on
CREATE TEMP TABLE floor_players AS
  SELECT row_number() OVER () AS n, p.player_id, a.account_id
  FROM players p JOIN ledger_accounts a ON a.player_id = p.player_id AND a.kind = 'PLAYER_CASH'
  WHERE p.brand = 'bench' AND a.balance_minor > 1000000 LIMIT 1000;
SELECT count(*) AS funded_bench_players FROM floor_players;
-- The provider's scope and a game session per player, written (and rolled back) in each part that bets through the
-- gate, which checks them (sql/functions/wallet_gate_bets.sql).
\set floor_sessions 'INSERT INTO game_provider_brands VALUES (''floor'', ''bench''); INSERT INTO game_provider_games VALUES (''floor'', ''floor-game''); INSERT INTO game_sessions (session_id, token_hash, player_id, provider_id, game_id, currency, idle_timeout, expires_at) SELECT ''gs-floor-'' || player_id, sha256(convert_to(''floor-'' || player_id, ''UTF8'')), player_id, ''floor'', ''floor-game'', ''EUR'', interval ''30 minutes'', now() + interval ''1 hour'' FROM floor_players;'

\echo '(1) 2000 bets, each a batch of one through wallet_apply_batch, one transaction'
BEGIN;
:floor_sessions
SELECT count(*) FROM (
  SELECT wallet_apply_batch(jsonb_build_array(jsonb_build_object(
           'ord', 0, 'kind', 'BET', 'providerId', 'floor', 'transactionId', 'floor-' || g || '-' || md5(random()::text),
           'playerId', f.player_id, 'currency', 'EUR', 'amountMinor', 100,
           'roundId', 'round-' || g || '-' || md5(random()::text), 'gameId', 'floor-game', 'roundFinished', false,
           'sessionToken', 'floor-' || f.player_id)))
  FROM generate_series(1, 2000) g JOIN floor_players f ON f.n = 1 + g % 1000) bets;
ROLLBACK;

\echo '(2) the same rows set-based: transactions and postings, balances, outbox, provider transactions, rounds'
BEGIN;
CREATE TEMP TABLE floor_ops ON COMMIT DROP AS
  SELECT g, f.player_id, f.account_id, 'floor-' || g || '-' || md5(random()::text) AS k
  FROM generate_series(1, 2000) g JOIN floor_players f ON f.n = 1 + g % 1000;
WITH t AS (
  INSERT INTO ledger_transactions (idempotency_key, kind, player_id, details)
  SELECT k, 'BET', player_id, jsonb_build_object('providerId', 'floor', 'roundId', k) FROM floor_ops
  RETURNING transaction_id, idempotency_key)
INSERT INTO ledger_postings (transaction_id, account_id, amount_minor, currency)
  SELECT t.transaction_id, x.account_id, x.amount_minor, 'EUR'
  FROM t JOIN floor_ops o ON o.k = t.idempotency_key
  CROSS JOIN LATERAL (VALUES (o.account_id, -100::BIGINT),
                             (ledger_operator_account(p_code => 'game:floor:revenue:EUR', p_kind => 'GAME_REVENUE',
                                                      p_currency => 'EUR'), 100::BIGINT))
    AS x(account_id, amount_minor);
UPDATE ledger_accounts a SET balance_minor = balance_minor - d.n * 100
  FROM (SELECT account_id, count(*) AS n FROM floor_ops GROUP BY 1) d WHERE a.account_id = d.account_id;
INSERT INTO outbox_events (event_id, topic, message_key, event_type, payload)
  SELECT gen_random_uuid(), 'wallet.transactions', player_id, 'wallet.transaction.posted',
         jsonb_build_object('key', k, 'playerId', player_id) FROM floor_ops;
INSERT INTO wallet_provider_transactions (provider_id, provider_tx_id, kind, player_id, currency, amount_minor,
                                          round_id, status)
  SELECT 'floor', k, 'BET', player_id, 'EUR', 100, k, 'OK' FROM floor_ops;
INSERT INTO game_rounds (provider_id, round_id, player_id, cash_staked_minor)
  SELECT 'floor', k, player_id, 100 FROM floor_ops;
ROLLBACK;

\echo '(3) the same 2000 bets as one batch through wallet_apply_batch (sql/functions/wallet_apply_batch.sql)'
SELECT jsonb_agg(jsonb_build_object(
         'ord', g - 1, 'kind', 'BET', 'providerId', 'floor', 'transactionId', 'floor-' || g || '-' || md5(random()::text),
         'playerId', f.player_id, 'currency', 'EUR', 'amountMinor', 100,
         'roundId', 'round-' || g || '-' || md5(random()::text), 'gameId', 'floor-game', 'roundFinished', false,
         'sessionToken', 'floor-' || f.player_id))
         AS floor_calls
FROM generate_series(1, 2000) g JOIN floor_players f ON f.n = 1 + g % 1000 \gset
BEGIN;
:floor_sessions
SELECT count(*) FILTER (WHERE (outcome).status = 'OK') AS ok_bets FROM wallet_apply_batch(:'floor_calls');
ROLLBACK;
