import { describeLedgerReport, verifyLedgerSnapshot } from '../domain/wallet/ledger-verification';
import { loadConfig } from '../platform/config';
import { createPool } from '../platform/db';

// `npm run ledger:verify`: checks the ledger's invariants and exits 1 on any violation, printing what it found.
async function main(): Promise<number> {
  const db = createPool(loadConfig().databaseUrl, 1);
  try {
    const report = await verifyLedgerSnapshot(db);
    describeLedgerReport(report).forEach((line) => console.log(line));
    const { transactions, postings, accounts } = report.counts;
    console.log(JSON.stringify({ verified: report.ok, transactions, postings, accounts }));
    return report.ok ? 0 : 1;
  } finally {
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
