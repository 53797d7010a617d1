-- The players of the wallet_apply_batch micro-benchmark (bet-win-1.pgbench, bet-win-16.pgbench): 1,000 players
-- `micro-1` .. `micro-1000`, each funded with 1,000,000 EUR through ledger_post_postings. Run it once in a scratch
-- database migrated like the back office's (never in `backoffice` itself), e.g.:
--
--   psql postgres://postgres:postgres@127.0.0.1:54329/postgres -c 'CREATE DATABASE wallet_micro'
--   DATABASE_URL=postgres://postgres:postgres@127.0.0.1:54329/wallet_micro \
--     npx tsx -e "require('./stack/migrate').runMigrations(process.env.DATABASE_URL)"
--   psql postgres://postgres:postgres@127.0.0.1:54329/wallet_micro -f bench/wallet-apply-batch/seed.sql
--   pgbench -h 127.0.0.1 -p 54329 -U postgres -n -M prepared -c 1 -T 20 -f bench/wallet-apply-batch/bet-win-1.pgbench wallet_micro
--
-- One pgbench transaction is a bet and its win (two calls, two commits), so calls/s = 2 × tps; compare two
-- versions of the function interleaved (A, B, A, B) on the same machine, since a shared machine is noisy.
INSERT INTO players (player_id, brand, jurisdiction, currency, date_of_birth)
  SELECT 'micro-' || g, 'bench-micro', 'MT', 'EUR', '1990-01-01' FROM generate_series(1, 1000) g
  ON CONFLICT DO NOTHING;
-- Verified, as onboarding would leave them: the bet gate reads each player's KYC row (issue 14).
INSERT INTO player_kyc (player_id, status, verified_at)
  SELECT 'micro-' || g, 'VERIFIED', now() FROM generate_series(1, 1000) g
  ON CONFLICT DO NOTHING;
INSERT INTO ledger_accounts (code, kind, player_id, currency, balance_minor)
  SELECT 'player:micro-' || g || ':' || lower(split_part(kind, '_', 2)) || ':EUR', kind, 'micro-' || g, 'EUR', 0
    FROM generate_series(1, 1000) g,
         unnest(ARRAY['PLAYER_CASH', 'PLAYER_BONUS', 'PLAYER_WITHDRAWAL_PENDING']) AS kind
  ON CONFLICT DO NOTHING;
SELECT count(ledger_post_postings(jsonb_build_object(
         'idempotencyKey', 'micro-funding:' || a.player_id, 'kind', 'DEPOSIT', 'playerId', a.player_id,
         'currency', 'EUR',
         'postings', jsonb_build_array(
           jsonb_build_object('accountId', a.account_id, 'amountMinor', 100000000),
           jsonb_build_object('accountId', ledger_operator_account(p_code => 'psp:bench-micro:clearing:EUR',
                                                                   p_kind => 'PSP_CLEARING', p_currency => 'EUR'),
                              'amountMinor', -100000000))))) AS funded
  FROM ledger_accounts a WHERE a.kind = 'PLAYER_CASH' AND a.player_id LIKE 'micro-%';
-- What the bet gate checks besides the money (issue 13): the provider `micro` serves the players' brand and offers
-- `micro-slot`, and each player has an open game session whose launch token is `micro-token-<n>` (the scripts send
-- it with every bet; only its SHA-256 is stored).
INSERT INTO game_provider_brands (provider_id, brand) VALUES ('micro', 'bench-micro') ON CONFLICT DO NOTHING;
INSERT INTO game_provider_games (provider_id, game_id) VALUES ('micro', 'micro-slot') ON CONFLICT DO NOTHING;
INSERT INTO game_sessions (session_id, token_hash, player_id, provider_id, game_id, currency, idle_timeout,
                           expires_at)
  SELECT 'gs-micro-' || g, sha256(convert_to('micro-token-' || g, 'UTF8')), 'micro-' || g, 'micro', 'micro-slot',
         'EUR', interval '30 days', now() + interval '30 days'
    FROM generate_series(1, 1000) g
  ON CONFLICT DO NOTHING;
