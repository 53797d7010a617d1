-- Up Migration

-- Sanctions and PEP lists (issue 14). Every import of a source is a version: when, from which files (their SHA-256),
-- the source's own date when it gives one, the counts, and the diff to the source's previous version, so that an
-- officer can tell what a list said on any day and re-screening knows which entries changed. Lists are public data:
-- the entries are stored as the source publishes them, not encrypted.
CREATE TABLE screening_list_versions (
  version_id           TEXT        PRIMARY KEY,
  -- Orders the versions of a source: the current version is the source's highest sequence.
  sequence             BIGINT      GENERATED ALWAYS AS IDENTITY UNIQUE,
  source               TEXT        NOT NULL CHECK (source IN ('OFAC_SDN', 'UK_OFSI', 'PEP')),
  list_kind            TEXT        NOT NULL CHECK (list_kind IN ('SANCTIONS', 'PEP')),
  imported_at          TIMESTAMPTZ NOT NULL DEFAULT now(),
  imported_by          TEXT        NOT NULL,
  source_date          DATE,
  files                JSONB       NOT NULL,
  content_sha256       TEXT        NOT NULL,
  entry_count          INTEGER     NOT NULL CHECK (entry_count >= 0),
  name_count           INTEGER     NOT NULL CHECK (name_count >= 0),
  previous_version_id  TEXT        REFERENCES screening_list_versions,
  added_count          INTEGER     NOT NULL CHECK (added_count >= 0),
  removed_count        INTEGER     NOT NULL CHECK (removed_count >= 0),
  changed_count        INTEGER     NOT NULL CHECK (changed_count >= 0)
);
CREATE INDEX screening_list_versions_source ON screening_list_versions (source, sequence DESC);

-- One entry of one version: the source's id of it (OFAC ent_num, OFSI Group ID, the PEP list's id), every name
-- variant, dates of birth, countries, programmes. `entry_hash` makes "changed" in the diff a cheap comparison.
CREATE TABLE screening_list_entries (
  version_id  TEXT  NOT NULL REFERENCES screening_list_versions ON DELETE CASCADE,
  entry_id    TEXT  NOT NULL,
  entry       JSONB NOT NULL,
  entry_hash  TEXT  NOT NULL,
  PRIMARY KEY (version_id, entry_id)
);

-- What a version changed against the source's previous one.
CREATE TABLE screening_list_changes (
  version_id  TEXT NOT NULL REFERENCES screening_list_versions ON DELETE CASCADE,
  entry_id    TEXT NOT NULL,
  change      TEXT NOT NULL CHECK (change IN ('ADDED', 'REMOVED', 'CHANGED')),
  PRIMARY KEY (version_id, entry_id)
);

-- One screening of one player, against the versions that were current then (or, re-screening, against what one
-- version changed). Kept with its hits for the five years the money-laundering rules require.
CREATE TABLE screenings (
  screening_id       TEXT        PRIMARY KEY,
  player_id          TEXT        NOT NULL REFERENCES players,
  reason             TEXT        NOT NULL CHECK (reason IN ('ONBOARDING', 'RESCREEN')),
  list_version_ids   TEXT[]      NOT NULL,
  only_changes_of    TEXT        REFERENCES screening_list_versions,
  screened_at        TIMESTAMPTZ NOT NULL DEFAULT now(),
  hit_count          INTEGER     NOT NULL CHECK (hit_count >= 0),
  highest_score      REAL        NOT NULL CHECK (highest_score >= 0 AND highest_score <= 1)
);
CREATE INDEX screenings_player ON screenings (player_id, screened_at DESC);

-- A hit: which list entry a screening matched, its score in [0, 1] and the explanation (the name variant, how each
-- token matched, the secondary factors) the officer decides with.
CREATE TABLE screening_hits (
  screening_id  TEXT    NOT NULL REFERENCES screenings,
  player_id     TEXT    NOT NULL REFERENCES players,
  version_id    TEXT    NOT NULL,
  entry_id      TEXT    NOT NULL,
  list_kind     TEXT    NOT NULL CHECK (list_kind IN ('SANCTIONS', 'PEP')),
  score         REAL    NOT NULL CHECK (score >= 0 AND score <= 1),
  explanation   JSONB   NOT NULL,
  PRIMARY KEY (screening_id, version_id, entry_id),
  FOREIGN KEY (version_id, entry_id) REFERENCES screening_list_entries
);
CREATE INDEX screening_hits_player ON screening_hits (player_id);

-- Down Migration
DROP TABLE screening_hits;
DROP TABLE screenings;
DROP TABLE screening_list_changes;
DROP TABLE screening_list_entries;
DROP TABLE screening_list_versions;
