-- The bet gate: the one place where a bet may be refused for who is betting rather than for the money. Called
-- once per batch by wallet_apply_batch, after the betting players' accounts are locked (so whatever it reads
-- about them cannot change under the batch), with the batch's candidate bets in application order:
--   p_bets: [{callNo, playerId, playerStatus, providerId, gameId, roundId, amountMinor, sessionToken}, ...]
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
-- What it applies today, first refusal wins:
--   * the player's status (PLAYER_BLOCKED, PLAYER_SELF_EXCLUDED, PLAYER_CLOSED);
--   * KYC (issue 14), the same rule as kycRefusalOf in domain/kyc/kyc-gates.ts: KYC_RESTRICTED while restricted
--     (overdue enhanced due diligence), KYC_REJECTED after a refused verification, KYC_NOT_VERIFIED unless
--     VERIFIED where the player's jurisdiction requires verification before play (kyc_jurisdiction_gates, synced
--     from the registry by every migrate; a jurisdiction without a row takes '*', and with neither the gate fails
--     closed). No player_kyc row is NOT_STARTED;
--   * the provider's scope, as configured (game_provider_brands, game_provider_games): PROVIDER_NOT_IN_BRAND
--     when it does not serve the player's brand, GAME_NOT_OFFERED for a game it does not offer;
--   * the game session (issue 13), named by the launch token the provider carries, stored only as its SHA-256:
--     GAME_SESSION_TOKEN_INVALID unless it is a session of this player, provider and game; GAME_SESSION_ENDED
--     once ended (logout, responsible gambling); GAME_SESSION_EXPIRED past its absolute expiry or idle time-out.
--     Only bets are checked: wins and rollbacks are owed whatever became of the session, as at every aggregator.
-- An accepted bet keeps its session alive: last_active_at moves, at most once a minute per session, so that the
-- idle time-out costs a write per session-minute rather than one per bet.
--
--   * responsible gambling (issue 16), first refusal wins:
--     - a time-out or self-exclusion in force (rg_exclusions): PLAYER_SELF_EXCLUDED, PLAYER_TIMED_OUT, right after
--       the player's status (before KYC, scope and session);
--     and, after the session checks:
--     - the session-time limit (rg_limits SESSION_TIME, minutes): a session opened longer ago than the limit
--       refuses SESSION_TIME_LIMIT_REACHED (the player opens a new session, which starts a new count);
--     - stake caps (stake_cap_minor) by the player's jurisdiction, the game's product (game_provider_games.product)
--       and the player's age on the day of the bet (players.date_of_birth), from rg_stake_caps (synced from the
--       registry by every migrate); the lowest matching cap in the wallet's currency applies; a jurisdiction with
--       no entry of its own takes the '*' caps;
--     - loss and wager headroom: for each of the player's LOSS and WAGER limits, the limit minus what its rolling
--       window already holds in rg_play_buckets (staked, or staked minus won), the lowest of them. Buckets are
--       hourly: a bucket counts while any part of it is inside the window, so a window counts up to an hour more
--       play than its length (never less). Buckets are written (by wallet_apply_batch) only for players with a
--       loss or wager limit, so a first limit counts play from when it was set; players without one pay only the
--       lookup of their limits (an index probe that finds nothing).
-- What plugs in here next:
--   * bonus wagering: a bonus's maximum bet while it is active (stake_cap_minor, refusal BONUS_MAX_BET_EXCEEDED
--     if the provider should see it apart), games excluded from wagering. Wagering progress itself is not a gate:
--     it reads each accepted bet's cash/bonus split from the `wallet.transactions` event (details.cashMinor,
--     details.bonusMinor), written by the same batch.
-- Keep it one set-based statement per concern (a join on the batch's bets, one index lookup each), never a query
-- per bet: it runs on the per-bet path. PL/pgSQL rather than SQL so that its plan is cached for the session (a
-- function that writes cannot be inlined into the caller's query, and an SQL function is planned on every call).
CREATE OR REPLACE FUNCTION wallet_gate_bets(p_bets JSONB)
RETURNS TABLE(call_no INT, refusal TEXT, stake_cap_minor BIGINT, wager_headroom_minor BIGINT,
              loss_headroom_minor BIGINT)
LANGUAGE plpgsql AS $$
BEGIN
  RETURN QUERY
  WITH bets AS (
    SELECT b."callNo" AS n, b."playerId" AS who, b."playerStatus" AS status, b."providerId" AS pv, b."gameId" AS gm,
           sha256(convert_to(b."sessionToken", 'UTF8')) AS token_hash
      FROM jsonb_to_recordset(p_bets) AS b("callNo" INT, "playerId" TEXT, "playerStatus" TEXT, "providerId" TEXT,
                                           "gameId" TEXT, "sessionToken" TEXT)),
  judged AS (
    SELECT b.n, s.session_id, s.last_active_at < now() - interval '1 minute' AS stale,
           COALESCE(
             CASE b.status WHEN 'ACTIVE' THEN NULL ELSE 'PLAYER_' || b.status END,
             -- An exclusion right after the status: the provider (and the player) learn why, rather than that the
             -- session the exclusion ended is over.
             CASE rg.excluded WHEN 'SELF_EXCLUSION' THEN 'PLAYER_SELF_EXCLUDED' WHEN 'TIME_OUT' THEN 'PLAYER_TIMED_OUT'
             END,
             CASE WHEN who.kyc_restricted THEN 'KYC_RESTRICTED'
                  WHEN who.kyc_status = 'REJECTED' THEN 'KYC_REJECTED'
                  -- The jurisdiction's flag is looked up only for a player not verified (CASE stops early).
                  WHEN who.kyc_status IS DISTINCT FROM 'VERIFIED' AND who.brand IS NOT NULL
                   AND COALESCE((SELECT g.verify_before_deposit_or_play FROM kyc_jurisdiction_gates g
                                  WHERE g.jurisdiction = who.jurisdiction),
                                (SELECT g.verify_before_deposit_or_play FROM kyc_jurisdiction_gates g
                                  WHERE g.jurisdiction = '*'),
                                true)
                  THEN 'KYC_NOT_VERIFIED' END,
             CASE WHEN NOT scope.in_brand THEN 'PROVIDER_NOT_IN_BRAND' END,
             CASE WHEN scope.product IS NULL THEN 'GAME_NOT_OFFERED' END,
             CASE WHEN s.session_id IS NULL OR s.player_id <> b.who OR s.provider_id <> b.pv OR s.game_id <> b.gm
                  THEN 'GAME_SESSION_TOKEN_INVALID' END,
             CASE WHEN s.ended_at IS NOT NULL THEN 'GAME_SESSION_ENDED' END,
             CASE WHEN now() >= least(s.expires_at, s.last_active_at + s.idle_timeout)
                  THEN 'GAME_SESSION_EXPIRED' END,
             CASE WHEN now() >= s.opened_at + make_interval(mins => rg.session_minutes::INT)
                  THEN 'SESSION_TIME_LIMIT_REACHED' END)
             AS verdict,
           rg.stake_cap
      FROM bets b
      -- One lookup of the player (by primary key) and of their KYC row gives the brand and the KYC facts together.
      -- LIMIT 1 (the id is the key) keeps it a lookup per bet: without it the planner flattens the subquery and,
      -- expecting a hundred bets, hashes every player and every KYC row on each batch (a cost that grows with the
      -- player base: 30 ms a bet at 4,000 players).
      LEFT JOIN LATERAL (
        SELECT p.brand, p.jurisdiction, p.currency, k.status AS kyc_status,
               COALESCE(k.restricted, false) AS kyc_restricted,
               extract(year FROM age(current_date, p.date_of_birth))::INT AS age_years
          FROM players p LEFT JOIN player_kyc k ON k.player_id = p.player_id
         WHERE p.player_id = b.who LIMIT 1) who ON true
      CROSS JOIN LATERAL (
        SELECT EXISTS (SELECT 1 FROM game_provider_brands pb
                        WHERE pb.provider_id = b.pv AND pb.brand IN (who.brand, '*')) AS in_brand,
               (SELECT g.product FROM game_provider_games g WHERE g.provider_id = b.pv AND g.game_id = b.gm)
                 AS product) scope
      -- LIMIT 1 (the hash is unique) keeps this a lookup per bet: a plain join could be planned, once per session
      -- and generic, as a scan of every session.
      LEFT JOIN LATERAL (SELECT gs.session_id, gs.player_id, gs.provider_id, gs.game_id, gs.ended_at,
                                gs.expires_at, gs.last_active_at, gs.idle_timeout, gs.opened_at
                           FROM game_sessions gs WHERE gs.token_hash = b.token_hash LIMIT 1) s ON true
      -- Responsible gambling, per bet: index probes of the player's exclusions in force (self-exclusion first),
      -- their session-time limit, and the caps of their jurisdiction and the game's product.
      CROSS JOIN LATERAL (
        SELECT (SELECT e.kind FROM rg_exclusions e
                 WHERE e.player_id = b.who AND e.ended_at IS NULL AND e.starts_at <= now()
                   AND (e.kind = 'SELF_EXCLUSION' OR e.ends_at > now())
                 ORDER BY e.kind = 'SELF_EXCLUSION' DESC LIMIT 1) AS excluded,
               (SELECT l.amount FROM rg_limits l
                 WHERE l.player_id = b.who AND l.kind = 'SESSION_TIME' AND l.period = 'SESSION') AS session_minutes,
               -- Age unknown (no player row) matches every band: the strictest cap applies.
               (SELECT min(c.max_stake_minor) FROM rg_stake_caps c
                 WHERE c.product = scope.product AND c.currency = who.currency
                   AND (c.jurisdiction = who.jurisdiction
                        OR (c.jurisdiction = '*' AND NOT EXISTS (SELECT 1 FROM kyc_jurisdiction_gates g
                                                                  WHERE g.jurisdiction = who.jurisdiction)))
                   AND COALESCE(who.age_years, c.from_age) >= c.from_age
                   AND COALESCE(who.age_years, c.from_age) <= COALESCE(c.to_age, 1000)) AS stake_cap) rg),
  -- Loss and wager headroom per betting player: each LOSS or WAGER limit minus its window's play, the lowest. A
  -- LATERAL aggregate per player (it cannot be flattened) keeps the limits a probe of the player's keys: a plain
  -- join was planned, expecting a hundred bets, as a hash of every limit of every player (2 ms a bet at 6,000
  -- limits). The buckets are read only for a player who has a limit.
  room AS (
    SELECT p.who, r.wager_room, r.loss_room
      FROM (SELECT DISTINCT bets.who FROM bets) p
      CROSS JOIN LATERAL (
        SELECT min(l.amount - w.staked) FILTER (WHERE l.kind = 'WAGER') AS wager_room,
               min(l.amount - (w.staked - w.won)) FILTER (WHERE l.kind = 'LOSS') AS loss_room
          FROM rg_limits l
          CROSS JOIN LATERAL (
            SELECT COALESCE(sum(pb.staked_minor), 0)::BIGINT AS staked,
                   COALESCE(sum(pb.won_minor), 0)::BIGINT AS won
              FROM rg_play_buckets pb
             WHERE pb.player_id = p.who
               -- The window's hours are RG_PERIOD_HOURS (contracts/rg.ts), plus the hour of the oldest bucket.
               AND pb.bucket_start > now() - make_interval(hours => CASE l.period WHEN 'DAY' THEN 24
                                                                                  WHEN 'WEEK' THEN 168
                                                                                  ELSE 720 END + 1)) w
         WHERE l.player_id = p.who AND l.kind IN ('LOSS', 'WAGER')) r),
  touched AS (
    UPDATE game_sessions gs SET last_active_at = now()
      FROM judged j
     WHERE j.verdict IS NULL AND j.stale AND gs.session_id = j.session_id)
  SELECT j.n, j.verdict, j.stake_cap, r.wager_room, r.loss_room
    FROM judged j JOIN bets b ON b.n = j.n LEFT JOIN room r ON r.who = b.who;
END $$;
