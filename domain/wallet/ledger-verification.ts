import type { Db, Queryable } from '../../platform/db';

/** One invariant of the ledger, and what broke it (empty when it holds). */
export interface InvariantCheck {
  invariant: string;
  violations: number;
  examples: Record<string, unknown>[];
}

const checks: { invariant: string; sql: string }[] = [
  {
    invariant: 'every transaction sums to zero per currency',
    sql: `SELECT transaction_id, currency, sum(amount_minor)::BIGINT AS total FROM ledger_postings
          GROUP BY transaction_id, currency HAVING sum(amount_minor) <> 0`,
  },
  {
    invariant: 'every transaction has postings',
    sql: `SELECT t.transaction_id, t.kind FROM ledger_transactions t
          WHERE NOT EXISTS (SELECT 1 FROM ledger_postings p WHERE p.transaction_id = t.transaction_id)`,
  },
  {
    invariant: "every posting is in its account's currency",
    sql: `SELECT p.posting_id, p.currency, a.currency AS account_currency FROM ledger_postings p
          JOIN ledger_accounts a USING (account_id) WHERE p.currency <> a.currency`,
  },
  {
    invariant: "every player account's balance equals the sum of its postings",
    sql: `SELECT a.code, a.balance_minor, COALESCE(s.total, 0) AS postings_total FROM ledger_accounts a
          LEFT JOIN (SELECT account_id, sum(amount_minor)::BIGINT AS total FROM ledger_postings GROUP BY account_id) s
            USING (account_id)
          WHERE a.balance_minor IS NOT NULL AND a.balance_minor <> COALESCE(s.total, 0)`,
  },
  {
    invariant: 'no player account is negative',
    sql: `SELECT code, balance_minor FROM ledger_accounts WHERE balance_minor < 0`,
  },
  {
    invariant: 'pending withdrawal reservations equal the withdrawal-pending balances',
    sql: `SELECT a.code, a.balance_minor, COALESCE(r.pending, 0) AS reserved FROM ledger_accounts a
          LEFT JOIN (SELECT player_id, currency, sum(amount_minor)::BIGINT AS pending FROM ledger_reservations
                     WHERE status = 'PENDING' GROUP BY player_id, currency) r USING (player_id, currency)
          WHERE a.kind = 'PLAYER_WITHDRAWAL_PENDING' AND a.balance_minor <> COALESCE(r.pending, 0)`,
  },
  {
    invariant: 'every transaction has exactly one outbox event',
    sql: `SELECT t.transaction_id, count(o.id) AS events FROM ledger_transactions t
          LEFT JOIN outbox_events o ON o.event_type = 'wallet.transaction.posted'
            AND (o.payload->'payload'->>'transactionId')::BIGINT = t.transaction_id
          GROUP BY t.transaction_id HAVING count(o.id) <> 1`,
  },
  {
    invariant: 'every wallet outbox event has its transaction',
    sql: `SELECT o.event_id FROM outbox_events o WHERE o.event_type = 'wallet.transaction.posted'
          AND NOT EXISTS (SELECT 1 FROM ledger_transactions t
                          WHERE t.transaction_id = (o.payload->'payload'->>'transactionId')::BIGINT)`,
  },
  {
    invariant: 'every accepted provider transaction that moved money has its ledger transaction',
    sql: `SELECT provider_id, provider_tx_id FROM wallet_provider_transactions
          WHERE status = 'OK' AND (cash_minor + bonus_minor) > 0 AND ledger_transaction_id IS NULL`,
  },
];

/**
 * Runs every invariant check through `client`. Run it inside one REPEATABLE READ transaction (as
 * `npm run ledger:verify` does), so concurrent traffic cannot fake a violation.
 */
export async function verifyLedger(client: Queryable) {
  const results: InvariantCheck[] = [];
  for (const check of checks) {
    const { rows } = await client.query(`${check.sql} LIMIT 1000`);
    results.push({ invariant: check.invariant, violations: rows.length, examples: rows.slice(0, 5) });
  }
  const { rows } = await client.query<{ transactions: number; postings: number; accounts: number }>(
    `SELECT (SELECT count(*) FROM ledger_transactions)::BIGINT AS transactions,
            (SELECT count(*) FROM ledger_postings)::BIGINT AS postings,
            (SELECT count(*) FROM ledger_accounts)::BIGINT AS accounts`,
  );
  return { ok: results.every((r) => r.violations === 0), results, counts: rows[0]! };
}

export type LedgerReport = Awaited<ReturnType<typeof verifyLedger>>;

/** Verifies the ledger in one REPEATABLE READ snapshot on a connection of its own. */
export async function verifyLedgerSnapshot(db: Db): Promise<LedgerReport> {
  const client = await db.connect();
  try {
    await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
    const report = await verifyLedger(client);
    await client.query('COMMIT');
    return report;
  } finally {
    client.release();
  }
}

/** The report as a person reads it: the counts, one line per invariant, examples under each violation. */
export function describeLedgerReport(report: LedgerReport): string[] {
  const { transactions, postings, accounts } = report.counts;
  return [
    `Ledger: ${transactions} transactions, ${postings} postings, ${accounts} accounts`,
    ...report.results.flatMap((check) => [
      `  ${check.violations === 0 ? '✔' : '✖'} ${check.invariant}${check.violations ? ` (${check.violations} violation(s))` : ''}`,
      ...check.examples.map((example) => `      ${JSON.stringify(example)}`),
    ]),
    report.ok ? 'Ledger verified: every invariant holds.' : 'Ledger verification FAILED.',
  ];
}
