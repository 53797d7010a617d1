-- Postings and transactions are immutable: a correction is a new transaction (trigger on ledger_postings and
-- ledger_transactions).
CREATE OR REPLACE FUNCTION ledger_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION '% is append-only: post a correcting transaction instead', TG_TABLE_NAME
    USING ERRCODE = 'restrict_violation';
END $$;
