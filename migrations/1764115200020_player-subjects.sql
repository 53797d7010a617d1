-- Up Migration

-- Player authentication (issue 13): a player is the subject (`sub`) of the identity provider's tokens, bound at
-- registration. One subject is one player. Players registered before this have none, and so no access to the
-- player API until support binds one; the back office is unaffected.
ALTER TABLE players ADD COLUMN subject TEXT CONSTRAINT players_subject_key UNIQUE
  CHECK (length(subject) BETWEEN 1 AND 255);
