-- Up Migration

-- A player's KYC standing (issue 14), the one row the payment gates and the wallet's bet gate read. No row means
-- NOT_STARTED. Written only by the KYC domain (domain/kyc/), in the same transaction as the decision that changed
-- it; `version` grows with every change so the kyc.status events can be ordered per player.
CREATE TABLE player_kyc (
  player_id           TEXT        PRIMARY KEY REFERENCES players,
  status              TEXT        NOT NULL CHECK (status IN ('NOT_STARTED', 'PENDING', 'MANUAL_REVIEW', 'VERIFIED',
                                                             'REJECTED')),
  required_level      TEXT        NOT NULL DEFAULT 'SDD' CHECK (required_level IN ('SDD', 'CDD', 'EDD')),
  restricted          BOOLEAN     NOT NULL DEFAULT false,
  restriction_reason  TEXT,
  verified_at         TIMESTAMPTZ,
  version             BIGINT      NOT NULL DEFAULT 1,
  updated_at          TIMESTAMPTZ NOT NULL DEFAULT now(),
  CHECK (restricted = (restriction_reason IS NOT NULL))
);

-- Down Migration
DROP TABLE player_kyc;
