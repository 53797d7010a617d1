import { verifyLedger } from '../domain/wallet/ledger-verification';
import { loadConfig } from '../platform/config';
import { createPool } from '../platform/db';

// `npm run ledger:verify`: checks the ledger's invariants and exits 1 on any violation, printing what it found.
async function main(): Promise<number> {
  const config = loadConfig();
  const db = createPool(config.databaseUrl, 1);
  const client = await db.connect();
  try {
    await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
    const report = await verifyLedger(client);
    await client.query('COMMIT');
    const { transactions, postings, accounts } = report.counts;
    console.log(`Ledger: ${transactions} transactions, ${postings} postings, ${accounts} accounts`);
    for (const check of report.results) {
      console.log(
        `  ${check.violations === 0 ? '✔' : '✖'} ${check.invariant}${check.violations ? ` (${check.violations} violation(s))` : ''}`,
      );
      for (const example of check.examples) console.log(`      ${JSON.stringify(example)}`);
    }
    console.log(report.ok ? 'Ledger verified: every invariant holds.' : 'Ledger verification FAILED.');
    console.log(JSON.stringify({ verified: report.ok, transactions, postings, accounts }));
    return report.ok ? 0 : 1;
  } finally {
    client.release();
    await db.end();
  }
}

main().then(
  (code) => process.exit(code),
  (err: unknown) => {
    console.error(`ledger:verify could not run: ${(err as Error).message}`);
    process.exit(2);
  },
);
