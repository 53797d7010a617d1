-- Up Migration

-- Responsible gambling limits (issue 16): each player's current limits, their history, the increases waiting out
-- their cooling-off, the play buckets the bet gate counts loss and wager limits against, the stake caps of the
-- jurisdiction registry, and the product of each game (stake caps are per product).

-- A player's limit of a kind and period: money in minor units of the player's wallet currency (DEPOSIT, LOSS,
-- WAGER over a rolling DAY, WEEK or MONTH), or minutes of one game session (SESSION_TIME, period SESSION). No
-- row: no limit.
CREATE TABLE rg_limits (
  player_id    TEXT        NOT NULL REFERENCES players,
  kind         TEXT        NOT NULL CHECK (kind IN ('DEPOSIT', 'LOSS', 'WAGER', 'SESSION_TIME')),
  period       TEXT        NOT NULL CHECK (period IN ('DAY', 'WEEK', 'MONTH', 'SESSION')),
  amount       BIGINT      NOT NULL CHECK (amount >= 0),
  set_at       TIMESTAMPTZ NOT NULL DEFAULT now(),
  PRIMARY KEY (player_id, kind, period),
  CHECK ((kind = 'SESSION_TIME') = (period = 'SESSION'))
);

-- Every change that applied: who asked, when, why, from what to what (NULL: no limit).
CREATE TABLE rg_limit_history (
  history_id   BIGINT      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  player_id    TEXT        NOT NULL REFERENCES players,
  kind         TEXT        NOT NULL,
  period       TEXT        NOT NULL,
  from_amount  BIGINT,
  to_amount    BIGINT,
  direction    TEXT        NOT NULL CHECK (direction IN ('INCREASE', 'DECREASE')),
  -- The increase (rg_limit_changes) this applied, if it was one.
  change_id    TEXT,
  requested_by TEXT        NOT NULL,
  reason       TEXT        NOT NULL CHECK (btrim(reason) <> ''),
  applied_at   TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE INDEX rg_limit_history_by_player ON rg_limit_history (player_id, applied_at);

-- An increase (or a removal) of a limit, from its request to its end: it waits the jurisdiction's cooling-off
-- (effective_at), then, where the jurisdiction asks, the player's re-confirmation (until confirm_by), then
-- applies. A decrease of the same kind and period, or a newer increase, cancels it in the same transaction.
CREATE TABLE rg_limit_changes (
  change_id          TEXT        PRIMARY KEY,
  player_id          TEXT        NOT NULL REFERENCES players,
  kind               TEXT        NOT NULL,
  period             TEXT        NOT NULL,
  from_amount        BIGINT,
  to_amount          BIGINT,
  status             TEXT        NOT NULL CHECK (status IN ('COOLING_OFF', 'AWAITING_CONFIRMATION', 'APPLIED',
                                                            'CANCELLED', 'EXPIRED')),
  needs_confirmation BOOLEAN     NOT NULL,
  requested_by       TEXT        NOT NULL,
  reason             TEXT        NOT NULL CHECK (btrim(reason) <> ''),
  requested_at       TIMESTAMPTZ NOT NULL DEFAULT now(),
  effective_at       TIMESTAMPTZ NOT NULL,
  confirm_by         TIMESTAMPTZ,
  confirmed_at       TIMESTAMPTZ,
  settled_at         TIMESTAMPTZ,
  settle_reason      TEXT,
  workflow_id        TEXT        NOT NULL UNIQUE
);
-- At most one pending change per limit: a newer request supersedes the older one.
CREATE UNIQUE INDEX rg_limit_changes_pending ON rg_limit_changes (player_id, kind, period)
  WHERE status IN ('COOLING_OFF', 'AWAITING_CONFIRMATION');

-- What a player with a loss or wager limit staked and won per hour (rollbacks take their stake back in the hour
-- of the rollback). Written by the wallet's one bet path (wallet_apply_batch) in the batch's write statement, only
-- for players who have a LOSS or WAGER limit; read by the bet gate. No foreign key: the per-bet path pays no
-- extra check (the player is the batch's, locked).
CREATE TABLE rg_play_buckets (
  player_id     TEXT        NOT NULL,
  bucket_start  TIMESTAMPTZ NOT NULL,
  staked_minor  BIGINT      NOT NULL,
  won_minor     BIGINT      NOT NULL,
  PRIMARY KEY (player_id, bucket_start)
);

-- The stake caps of the jurisdiction registry (domain/jurisdictions/registry.ts), synced by every migrate as
-- kyc_jurisdiction_gates is (stack/migrate.ts): the bet gate reads them. to_age NULL: no upper age.
CREATE TABLE rg_stake_caps (
  jurisdiction     TEXT    NOT NULL,
  product          TEXT    NOT NULL,
  from_age         INT     NOT NULL,
  to_age           INT,
  max_stake_minor  BIGINT  NOT NULL,
  currency         CHAR(3) NOT NULL
);
CREATE INDEX rg_stake_caps_lookup ON rg_stake_caps (jurisdiction, product);

-- The product of each game (contracts/jurisdictions.ts GameProducts), from the provider catalog; a game the
-- catalog does not classify is SLOTS, the product with the strictest caps.
ALTER TABLE game_provider_games ADD COLUMN product TEXT NOT NULL DEFAULT 'SLOTS'
  CHECK (product IN ('SLOTS', 'CASINO', 'BETTING', 'POKER', 'BINGO', 'LOTTERY'));

-- Down Migration
ALTER TABLE game_provider_games DROP COLUMN product;
DROP TABLE rg_stake_caps;
DROP TABLE rg_play_buckets;
DROP TABLE rg_limit_changes;
DROP TABLE rg_limit_history;
DROP TABLE rg_limits;
