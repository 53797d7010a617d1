-- Player notes are append-only: a correction is a new note (trigger player_notes_immutable on player_notes).
CREATE OR REPLACE FUNCTION player_notes_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'player notes are append-only: add a correcting note instead' USING ERRCODE = 'restrict_violation';
END $$;
