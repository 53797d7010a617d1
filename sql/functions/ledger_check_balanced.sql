-- Every transaction sums to zero per currency. Each INSERT's postings must balance per transaction on their own
-- (so a transaction's postings, in however many statements, always sum to zero); the check reads only the rows
-- being inserted, never the whole postings table (statement trigger on ledger_postings).
CREATE OR REPLACE FUNCTION ledger_check_balanced() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  unbalanced RECORD;
BEGIN
  SELECT transaction_id, currency, sum(amount_minor) AS total INTO unbalanced
  FROM new_postings GROUP BY transaction_id, currency HAVING sum(amount_minor) <> 0 LIMIT 1;
  IF FOUND THEN
    RAISE EXCEPTION 'ledger transaction % does not balance in %: postings sum to %',
      unbalanced.transaction_id, unbalanced.currency, unbalanced.total
      USING ERRCODE = 'check_violation';
  END IF;
  RETURN NULL;
END $$;
