-- Up Migration

-- Every player's play per hour (stakes, wins, bets), written by the wallet's one bet path in the bets' own
-- transaction (sql/functions/wallet_apply_batch.sql): what the harm markers read of play. The harm monitor used to
-- add each bet and win to rg_harm_buckets itself, reading every wallet event and writing a dedupe row for each;
-- rg_harm_buckets keeps the payment and limit aggregates, which it still counts. Late-night bets are counted at
-- read time from the hours' local time in the player's jurisdiction. (rg_play_buckets stays what the loss and wager
-- limits count: play since a player's first such limit was set.)
CREATE TABLE rg_play_hours (
  player_id     TEXT        NOT NULL,
  hour          TIMESTAMPTZ NOT NULL,
  stakes_minor  BIGINT      NOT NULL,
  wins_minor    BIGINT      NOT NULL,
  -- Bets accepted in the hour, less those rolled back in it (as stakes_minor, the stakes that stand).
  bet_count     INT         NOT NULL,
  PRIMARY KEY (player_id, hour)
);

INSERT INTO rg_play_hours (player_id, hour, stakes_minor, wins_minor, bet_count)
  SELECT player_id, hour, stakes_minor, wins_minor, bet_count FROM rg_harm_buckets
   WHERE bet_count <> 0 OR stakes_minor <> 0 OR wins_minor <> 0;

ALTER TABLE rg_harm_buckets
  DROP COLUMN stakes_minor,
  DROP COLUMN wins_minor,
  DROP COLUMN bet_count,
  DROP COLUMN late_night_bets;

-- Down Migration
ALTER TABLE rg_harm_buckets
  ADD COLUMN stakes_minor BIGINT NOT NULL DEFAULT 0,
  ADD COLUMN wins_minor BIGINT NOT NULL DEFAULT 0,
  ADD COLUMN bet_count INT NOT NULL DEFAULT 0,
  ADD COLUMN late_night_bets INT NOT NULL DEFAULT 0;
DROP TABLE rg_play_hours;
