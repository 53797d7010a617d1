-- Up Migration

-- A player's personal data, encrypted per field (AES-256-GCM) with a data key of the player's own that the master
-- key wraps (domain/wallet/player-personal-data.ts). No column holds clear text: search goes through the blind
-- indexes, HMACs of the normalised email, full name and family name under a key the database never sees.
CREATE TABLE player_personal_data (
  player_id          TEXT        PRIMARY KEY REFERENCES players,
  master_key_id      TEXT        NOT NULL,
  wrapped_data_key   BYTEA       NOT NULL,
  given_name         BYTEA,
  family_name        BYTEA,
  email              BYTEA,
  phone              BYTEA,
  address            BYTEA,
  email_index        BYTEA,
  full_name_index    BYTEA,
  family_name_index  BYTEA,
  created_at         TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE INDEX player_personal_data_email ON player_personal_data (email_index) WHERE email_index IS NOT NULL;
CREATE INDEX player_personal_data_full_name ON player_personal_data (full_name_index) WHERE full_name_index IS NOT NULL;
CREATE INDEX player_personal_data_family_name ON player_personal_data (family_name_index)
  WHERE family_name_index IS NOT NULL;

-- The back office's players list: newest first, one page after another by (created_at, player_id).
CREATE INDEX players_newest ON players (created_at DESC, player_id DESC);

-- Down Migration
DROP INDEX players_newest;
DROP TABLE player_personal_data;
