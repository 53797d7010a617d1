-- A payment instrument as every screen and API answer shows it (contracts/payments.ts PaymentInstrumentView): its
-- safe display data and a one-line label, never its PSP token. NULL for no instrument. One writer of the shape, so
-- the payments read model, the withdrawal queue and the player 360 all show the same words.
CREATE OR REPLACE FUNCTION payment_instrument_view(p_instrument_id TEXT) RETURNS JSONB
LANGUAGE sql STABLE AS $$
  SELECT jsonb_build_object(
    'instrumentId', i.instrument_id,
    'psp', i.psp,
    'kind', i.kind,
    'label', CASE i.kind
      WHEN 'CARD' THEN i.card_brand || ' •••• ' || i.card_last4
        || COALESCE(', ' || lpad(i.card_expiry_month::TEXT, 2, '0') || '/' || i.card_expiry_year, '')
      WHEN 'BANK_ACCOUNT' THEN 'IBAN ' || i.iban_country || ' •••• ' || i.iban_last4
      ELSE i.ewallet_account END,
    'cardBrand', i.card_brand,
    'cardLast4', i.card_last4,
    'cardExpiryMonth', i.card_expiry_month,
    'cardExpiryYear', i.card_expiry_year,
    'holderName', i.holder_name,
    'ibanCountry', i.iban_country,
    'ibanLast4', i.iban_last4,
    'ewalletAccount', i.ewallet_account,
    'firstDepositAt', to_char(i.first_deposit_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
    'usedForDeposit', i.first_deposit_at IS NOT NULL,
    'canReceivePayouts', i.can_receive_payouts)
  FROM payment_instruments i WHERE i.instrument_id = p_instrument_id
$$;
