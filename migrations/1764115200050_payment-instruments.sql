-- Up Migration

-- The cards, bank accounts and e-wallets players pay with, kept only as the PSP's token and the safe display data an
-- officer or the player needs to recognise one (PCI DSS: never the full card number; the same for IBANs). A token
-- means something only to the PSP that issued it, so it is unique per PSP, and a payment to the instrument goes
-- through that PSP. The checks are a last line: a full card number or IBAN cannot be stored in any display column.
CREATE TABLE payment_instruments (
  instrument_id        TEXT        PRIMARY KEY,
  player_id            TEXT        NOT NULL REFERENCES players,
  psp                  TEXT        NOT NULL,
  token                TEXT        NOT NULL CHECK (token !~ '^[0-9 -]*$'),
  kind                 TEXT        NOT NULL CHECK (kind IN ('CARD', 'BANK_ACCOUNT', 'EWALLET')),
  card_brand           TEXT,
  card_last4           CHAR(4)     CHECK (card_last4 ~ '^[0-9]{4}$'),
  card_expiry_month    SMALLINT    CHECK (card_expiry_month BETWEEN 1 AND 12),
  card_expiry_year     SMALLINT    CHECK (card_expiry_year BETWEEN 2000 AND 2100),
  holder_name          TEXT        CHECK (holder_name !~ '[0-9]{9}'),
  iban_country         CHAR(2)     CHECK (iban_country ~ '^[A-Z]{2}$'),
  iban_last4           CHAR(4)     CHECK (iban_last4 ~ '^[0-9A-Z]{4}$'),
  ewallet_account      TEXT        CHECK (ewallet_account !~ '[0-9]{9}'),
  -- When a deposit from it was first credited: the closed-loop policy pays withdrawals back to such instruments.
  first_deposit_at     TIMESTAMPTZ,
  can_receive_payouts  BOOLEAN     NOT NULL,
  created_at           TIMESTAMPTZ NOT NULL DEFAULT now(),
  UNIQUE (psp, token),
  CHECK (kind <> 'CARD' OR (card_brand IS NOT NULL AND card_last4 IS NOT NULL)),
  CHECK (kind <> 'BANK_ACCOUNT' OR (iban_country IS NOT NULL AND iban_last4 IS NOT NULL)),
  CHECK (kind <> 'EWALLET' OR ewallet_account IS NOT NULL)
);
CREATE INDEX payment_instruments_player ON payment_instruments (player_id, created_at);

-- A deposit's instrument (the one the player chose, or the one its PSP tokenised) and a withdrawal's destination.
ALTER TABLE payments ADD COLUMN instrument_id TEXT REFERENCES payment_instruments;

-- A card payout through a bank rail: the card's token means nothing to the bank, and the money would leave by a
-- method that does not fit the instrument (issue 13). Card payouts go through the card's own PSP.
UPDATE psp_routing_rules SET enabled = false, description = 'Disabled: a card is never paid by a bank rail'
  WHERE rule_id = 'payout-card-instantbank';

-- Down Migration
UPDATE psp_routing_rules SET enabled = true, description = 'Card payout fallback to bank'
  WHERE rule_id = 'payout-card-instantbank';
ALTER TABLE payments DROP COLUMN instrument_id;
DROP TABLE payment_instruments;
