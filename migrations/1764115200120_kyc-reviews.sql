-- Up Migration

-- Manual KYC reviews (issue 14): one per onboarding run that needed an officer, with what sent it there (ids of
-- the screenings whose hits it holds, of the provider checks) and each officer's decision. The onboarding workflow
-- writes both through its activities, idempotently by id; the review queue and its detail read them. Decisions are
-- never updated or deleted: they are the record of who cleared whom, and why (kept with the customer records).
CREATE TABLE kyc_reviews (
  review_id      TEXT        PRIMARY KEY,
  player_id      TEXT        NOT NULL REFERENCES players,
  workflow_id    TEXT        NOT NULL,
  run_id         TEXT        NOT NULL,
  reasons        TEXT[]      NOT NULL,
  screening_ids  TEXT[]      NOT NULL DEFAULT '{}',
  check_ids      TEXT[]      NOT NULL DEFAULT '{}',
  four_eyes      BOOLEAN     NOT NULL DEFAULT false,
  status         TEXT        NOT NULL DEFAULT 'OPEN' CHECK (status IN ('OPEN', 'CLEARED', 'REJECTED')),
  opened_at      TIMESTAMPTZ NOT NULL DEFAULT now(),
  closed_at      TIMESTAMPTZ
);
CREATE INDEX kyc_reviews_open ON kyc_reviews (opened_at) WHERE status = 'OPEN';
CREATE INDEX kyc_reviews_player ON kyc_reviews (player_id, opened_at DESC);

CREATE TABLE kyc_review_decisions (
  review_id   TEXT        NOT NULL REFERENCES kyc_reviews,
  staff_id    TEXT        NOT NULL,
  decision    TEXT        NOT NULL CHECK (decision IN ('CLEAR', 'REJECT')),
  reason      TEXT        NOT NULL CHECK (btrim(reason) <> ''),
  decided_at  TIMESTAMPTZ NOT NULL,
  -- An activity retried after a lost answer records its decision once.
  PRIMARY KEY (review_id, staff_id, decided_at)
);

-- Down Migration
DROP TABLE kyc_review_decisions;
DROP TABLE kyc_reviews;
