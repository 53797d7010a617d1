-- Up Migration

-- What each jurisdiction allows around payments now lives in the jurisdiction registry
-- (domain/jurisdictions/registry.ts), beside every other per-jurisdiction rule and the regulation it comes from.
DROP TABLE jurisdiction_payment_policies;

-- Down Migration
-- Restores the table with the rows it held, so code from before the registry runs against a migrated-down database.
CREATE TABLE jurisdiction_payment_policies (
  jurisdiction                  TEXT    PRIMARY KEY,
  reverse_withdrawal_allowed    BOOLEAN NOT NULL,
  forfeit_bonus_on_withdrawal   BOOLEAN NOT NULL
);
INSERT INTO jurisdiction_payment_policies VALUES
  ('*',  true,  true),
  ('GB', false, true),
  ('MT', true,  true);
