-- Up Migration

-- Game sessions (issue 13): which brands each game provider serves and which games it offers, and the sessions a
-- player opens to play one game. The wallet's bet gate (sql/functions/wallet_gate_bets.sql) reads all three.

-- The provider scoping, kept in step with the configuration file (GAME_PROVIDER_CATALOG_FILE) by the API at start;
-- a brand of '*' means every brand of the operator.
CREATE TABLE game_provider_brands (
  provider_id  TEXT NOT NULL,
  brand        TEXT NOT NULL,
  PRIMARY KEY (provider_id, brand)
);
CREATE TABLE game_provider_games (
  provider_id  TEXT NOT NULL,
  game_id      TEXT NOT NULL,
  PRIMARY KEY (provider_id, game_id)
);

-- A session holds only the SHA-256 of its launch token: whoever reads this table cannot bet with it. It expires
-- at expires_at, or idle_timeout after its last bet (last_active_at, refreshed by the gate at most once a minute
-- so that a bet rarely writes here); ended_at and end_reason record an end before that (logout, responsible
-- gambling).
CREATE TABLE game_sessions (
  session_id      TEXT        PRIMARY KEY,
  token_hash      BYTEA       NOT NULL UNIQUE,
  player_id       TEXT        NOT NULL REFERENCES players,
  provider_id     TEXT        NOT NULL,
  game_id         TEXT        NOT NULL,
  currency        CHAR(3)     NOT NULL,
  opened_at       TIMESTAMPTZ NOT NULL DEFAULT now(),
  last_active_at  TIMESTAMPTZ NOT NULL DEFAULT now(),
  idle_timeout    INTERVAL    NOT NULL,
  expires_at      TIMESTAMPTZ NOT NULL,
  ended_at        TIMESTAMPTZ,
  end_reason      TEXT        CHECK (end_reason IN ('LOGOUT', 'CLOSED_BY_PLAYER', 'SELF_EXCLUSION', 'RG_TIME_OUT',
                                                    'SESSION_LIMIT', 'ACCOUNT_STATUS')),
  CHECK ((ended_at IS NULL) = (end_reason IS NULL))
);
-- Ending every open session of a player (logout, self-exclusion) finds them without a scan.
CREATE INDEX game_sessions_open_by_player ON game_sessions (player_id) WHERE ended_at IS NULL;
