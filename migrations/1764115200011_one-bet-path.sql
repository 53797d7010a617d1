-- Up Migration

-- One bet path (issue 11). Schema only: the functions themselves live in sql/functions/, one file each, which
-- every migrate re-applies after the migrations (stack/migrate.ts).

-- A round belongs to one player: two players' calls that happen to name the same round id no longer share (and
-- pay out against) each other's stakes. open_bets counts the round's accepted bets not rolled back, so that a
-- win is paid only against a live bet of the same player and round.
ALTER TABLE game_rounds ADD COLUMN open_bets INT NOT NULL DEFAULT 0 CHECK (open_bets >= 0);
UPDATE game_rounds g SET open_bets = (
  SELECT count(*) FROM wallet_provider_transactions w
   WHERE w.provider_id = g.provider_id AND w.round_id = g.round_id AND w.player_id = g.player_id
     AND w.kind = 'BET' AND w.status = 'OK' AND NOT w.rolled_back);
ALTER TABLE game_rounds DROP CONSTRAINT game_rounds_pkey, ADD PRIMARY KEY (provider_id, round_id, player_id);

-- Wins that no stake pays for are explicit kinds: ROUND (the default: against the round's live bets), or a free
-- round, a jackpot or a promotion, paid in cash from the provider's prize-cost account (GAME_PRIZE_COST).
ALTER TABLE wallet_provider_transactions
  ADD COLUMN win_kind TEXT CHECK (win_kind IN ('ROUND', 'FREE_ROUND', 'JACKPOT', 'PROMO'));
ALTER TABLE ledger_accounts DROP CONSTRAINT ledger_accounts_kind_check,
  ADD CONSTRAINT ledger_accounts_kind_check CHECK (kind IN ('PLAYER_CASH', 'PLAYER_BONUS', 'PLAYER_WITHDRAWAL_PENDING',
                                                            'PSP_CLEARING', 'GAME_REVENUE', 'BONUS_COST',
                                                            'GAME_PRIZE_COST'));

-- The per-call functions are gone: a single call is a batch of one. wallet_apply_batch and ledger_post_postings
-- change their signatures (named fields in one JSON object), which CREATE OR REPLACE cannot do, so the old ones
-- are dropped here and sql/functions/ creates the new ones.
DROP FUNCTION wallet_apply_batch(JSONB);
DROP FUNCTION wallet_rollback(TEXT, TEXT, TEXT, TEXT, CHAR(3), TEXT, TEXT, TEXT);
DROP FUNCTION wallet_win(TEXT, TEXT, TEXT, TEXT, CHAR(3), BIGINT, TEXT, TEXT, BOOLEAN);
DROP FUNCTION wallet_bet(TEXT, TEXT, TEXT, TEXT, CHAR(3), BIGINT, TEXT, TEXT, BOOLEAN);
DROP FUNCTION wallet_post_play(TEXT, TEXT, TEXT, TEXT, CHAR(3), TEXT, TEXT, BIGINT, BIGINT, BIGINT, BIGINT);
DROP FUNCTION wallet_rejected(TEXT, TEXT, TEXT, CHAR(3), TEXT);
DROP FUNCTION wallet_new_outcome(TEXT, TEXT, TEXT, TEXT, TEXT, CHAR(3), BIGINT, TEXT, TEXT);
DROP FUNCTION wallet_record(wallet_provider_transactions);
DROP FUNCTION wallet_begin(TEXT, TEXT, TEXT, CHAR(3));
DROP FUNCTION wallet_bet_refusal(TEXT, TEXT);
DROP FUNCTION ledger_post_postings(TEXT, TEXT, TEXT, CHAR(3), JSONB, BIGINT[], BIGINT[]);

-- Down Migration
-- Schema only; the functions of the code being rolled back to come from its own sql/functions/.
DROP FUNCTION IF EXISTS wallet_apply_batch(JSONB);
DROP FUNCTION IF EXISTS ledger_post_postings(JSONB);
ALTER TABLE ledger_accounts DROP CONSTRAINT ledger_accounts_kind_check,
  ADD CONSTRAINT ledger_accounts_kind_check CHECK (kind IN ('PLAYER_CASH', 'PLAYER_BONUS', 'PLAYER_WITHDRAWAL_PENDING',
                                                            'PSP_CLEARING', 'GAME_REVENUE', 'BONUS_COST'));
ALTER TABLE wallet_provider_transactions DROP COLUMN win_kind;
ALTER TABLE game_rounds DROP CONSTRAINT game_rounds_pkey, ADD PRIMARY KEY (provider_id, round_id);
ALTER TABLE game_rounds DROP COLUMN open_bets;
