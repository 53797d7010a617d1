-- Up Migration

-- The checks we asked the identity-verification (KYC) provider for, and the result each reached (issue 14). One row
-- per check, keyed by our reference `<onboardingId>:<kind>`, which is also the idempotency key of the request, so a
-- retried request finds its row. The provider's check id is unique: a redelivered webhook finds the row it already
-- completed and changes nothing. Ids and codes only: the documents and the applicant's data stay at the provider.
CREATE TABLE kyc_checks (
  reference       TEXT        PRIMARY KEY,
  onboarding_id   TEXT        NOT NULL,
  player_id       TEXT        NOT NULL REFERENCES players,
  kind            TEXT        NOT NULL CHECK (kind IN ('DOCUMENT', 'LIVENESS', 'ADDRESS')),
  check_id        TEXT        UNIQUE,
  outcome         TEXT        CHECK (outcome IN ('CLEAR', 'REJECTED', 'NEEDS_REVIEW')),
  reasons         TEXT[]      NOT NULL DEFAULT '{}',
  result_event_id TEXT,
  requested_at    TIMESTAMPTZ NOT NULL DEFAULT now(),
  completed_at    TIMESTAMPTZ,
  received_at     TIMESTAMPTZ,
  UNIQUE (onboarding_id, kind),
  CHECK ((outcome IS NULL) = (received_at IS NULL))
);
CREATE INDEX kyc_checks_player ON kyc_checks (player_id, requested_at);

-- Down Migration
DROP TABLE kyc_checks;
