-- An operator account (PSP clearing, game revenue, bonus cost, prize cost), created the first time it is needed.
-- Call it with named parameters: ledger_operator_account(p_code => ..., p_kind => ..., p_currency => ...).
CREATE OR REPLACE FUNCTION ledger_operator_account(p_code TEXT, p_kind TEXT, p_currency CHAR(3)) RETURNS BIGINT
LANGUAGE plpgsql AS $$
DECLARE
  id BIGINT;
BEGIN
  SELECT account_id INTO id FROM ledger_accounts WHERE code = p_code;
  IF id IS NULL THEN
    INSERT INTO ledger_accounts (code, kind, currency) VALUES (p_code, p_kind, p_currency)
      ON CONFLICT (code) DO NOTHING RETURNING account_id INTO id;
    IF id IS NULL THEN
      SELECT account_id INTO id FROM ledger_accounts WHERE code = p_code;
    END IF;
  END IF;
  RETURN id;
END $$;
