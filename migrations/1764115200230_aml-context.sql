-- Up Migration

-- The data the AML rules and the officers' decision context read (issue 15 item 6): the devices a player uses,
-- a blind index of their address, the instruments one player used that another player's account holds, the notes
-- and tags staff add to a player, and who works a withdrawal of the approval queue.

-- The devices a player used (the operator's device-fingerprinting id, sent as X-Device-Id on the player API). The
-- id is pseudonymous data: only its HMAC under the blind-index key is kept, which still tells two players on one
-- device apart from two on two devices.
CREATE TABLE player_devices (
  player_id      TEXT        NOT NULL REFERENCES players,
  device_hash    BYTEA       NOT NULL,
  first_seen_at  TIMESTAMPTZ NOT NULL DEFAULT now(),
  last_seen_at   TIMESTAMPTZ NOT NULL DEFAULT now(),
  uses           INT         NOT NULL DEFAULT 1 CHECK (uses > 0),
  PRIMARY KEY (player_id, device_hash)
);
-- The other players on a device: linked players and the shared-device rule look them up on every event.
CREATE INDEX player_devices_device ON player_devices (device_hash, player_id);

-- The HMAC of the normalised address (postcode and first line, lower-cased, spaces collapsed): two players at one
-- address share it. Written with the personal data; players registered before it get it when their data is next
-- written.
ALTER TABLE player_personal_data ADD COLUMN address_index BYTEA;
CREATE INDEX player_personal_data_address ON player_personal_data (address_index, player_id)
  WHERE address_index IS NOT NULL;

-- A PSP token is one instrument row, owned by the first player it was tokenised for (payment_instruments is unique
-- by PSP and token). When the PSP tokenises the same card or account for another player, the payment is not linked
-- to it (payment-instruments.ts) but the use is kept here: one card in two accounts links them.
CREATE TABLE shared_instrument_uses (
  instrument_id  TEXT        NOT NULL REFERENCES payment_instruments,
  player_id      TEXT        NOT NULL REFERENCES players,
  first_seen_at  TIMESTAMPTZ NOT NULL DEFAULT now(),
  last_seen_at   TIMESTAMPTZ NOT NULL DEFAULT now(),
  PRIMARY KEY (instrument_id, player_id)
);
CREATE INDEX shared_instrument_uses_player ON shared_instrument_uses (player_id);

-- Notes and tags staff add to a player. Never edited or deleted: a correction is a new note. A note has a text, or
-- tags only (tagging a player is a note without text); the player's tags are those of all their notes.
CREATE TABLE player_notes (
  note_id      TEXT        PRIMARY KEY,
  player_id    TEXT        NOT NULL REFERENCES players,
  body         TEXT        CHECK (body IS NULL OR btrim(body) <> ''),
  tags         TEXT[]      NOT NULL DEFAULT '{}',
  author       TEXT        NOT NULL,
  created_at   TIMESTAMPTZ NOT NULL DEFAULT now(),
  CHECK (body IS NOT NULL OR cardinality(tags) > 0)
);
CREATE INDEX player_notes_player ON player_notes (player_id, created_at DESC);
CREATE FUNCTION player_notes_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'player notes are append-only: add a correcting note instead' USING ERRCODE = 'restrict_violation';
END $$;
CREATE TRIGGER player_notes_immutable BEFORE UPDATE OR DELETE ON player_notes
  FOR EACH ROW EXECUTE FUNCTION player_notes_refuse_change();

-- Who works a withdrawal in the approval queue: claimed by an officer, or assigned to one by another.
ALTER TABLE payments ADD COLUMN assignee TEXT, ADD COLUMN assigned_at TIMESTAMPTZ;
CREATE INDEX payments_withdrawal_queue_assignee ON payments (assignee, created_at)
  WHERE kind = 'WITHDRAWAL' AND status IN ('AWAITING_APPROVAL', 'AWAITING_SECOND_APPROVAL');

-- Down Migration
DROP INDEX payments_withdrawal_queue_assignee;
ALTER TABLE payments DROP COLUMN assigned_at, DROP COLUMN assignee;
DROP TABLE player_notes;
DROP FUNCTION player_notes_refuse_change();
DROP TABLE shared_instrument_uses;
DROP INDEX player_personal_data_address;
ALTER TABLE player_personal_data DROP COLUMN address_index;
DROP TABLE player_devices;
