-- The bet gate: the one place where a bet may be refused for who is betting rather than for the money. Called
-- once per batch by wallet_apply_batch, after the betting players' accounts are locked (so whatever it reads
-- about them cannot change under the batch), with the batch's candidate bets in application order:
--   p_bets: [{callNo, playerId, playerStatus, providerId, gameId, roundId, amountMinor}, ...]
-- It answers one row per candidate bet:
--   refusal               a code that refuses the bet outright (NULL: none), e.g. PLAYER_BLOCKED;
--   stake_cap_minor       the largest stake this bet may have (NULL: no cap); above it: STAKE_LIMIT_EXCEEDED;
--   wager_headroom_minor  what the player may still stake in the limit's window, before this batch (NULL: no
--                         limit); the batch spends it bet by bet; beyond it: WAGER_LIMIT_EXCEEDED;
--   loss_headroom_minor   what the player may still lose in the window, before this batch (NULL: no limit); the
--                         batch spends it on stakes and gives it back on wins and rollbacks; beyond it:
--                         LOSS_LIMIT_EXCEEDED.
-- Headroom is per player (every row of a player carries the same value): the batch, not this function, keeps
-- the running balance of it, so a batch sees its own earlier bets without writing them first.
--
-- Today it applies the player-status gate only. What plugs in here:
--   * responsible gambling (issue 16): loss and wager limits per 24 h / 7 days / month (headroom = the lowest
--     limit minus the window's net stakes, from an rg table kept per player), stake caps by jurisdiction, product
--     and age (stake_cap_minor, from the jurisdiction registry), time-outs and self-exclusion (refusal
--     PLAYER_TIMED_OUT / PLAYER_SELF_EXCLUDED);
--   * bonus wagering: a bonus's maximum bet while it is active (stake_cap_minor, refusal BONUS_MAX_BET_EXCEEDED
--     if the provider should see it apart), games excluded from wagering. Wagering progress itself is not a gate:
--     it reads each accepted bet's cash/bonus split from the `wallet.transactions` event (details.cashMinor,
--     details.bonusMinor), written by the same batch.
-- Keep it one set-based statement per concern (a join on the batch's players), never a query per bet: it runs
-- on the per-bet path.
CREATE OR REPLACE FUNCTION wallet_gate_bets(p_bets JSONB)
RETURNS TABLE(call_no INT, refusal TEXT, stake_cap_minor BIGINT, wager_headroom_minor BIGINT,
              loss_headroom_minor BIGINT)
LANGUAGE sql STABLE AS $$
  SELECT (b->>'callNo')::INT,
         CASE b->>'playerStatus' WHEN 'ACTIVE' THEN NULL ELSE 'PLAYER_' || (b->>'playerStatus') END,
         NULL::BIGINT, NULL::BIGINT, NULL::BIGINT
    FROM jsonb_array_elements(p_bets) AS b
$$;
