import { verifyAuditChain } from '../domain/admin/audit-log';
import { loadConfig } from '../platform/config';
import { createPool } from '../platform/db';

// `npm run audit:verify`: walks the audit log's hash chain and exits 1 at the first entry that was changed or
// removed, naming it; ends with one JSON line either way.
async function main(): Promise<number> {
  const db = createPool(loadConfig().databaseUrl, 1);
  try {
    const report = await verifyAuditChain(db);
    if (report.ok) {
      console.log(`Audit log verified: ${report.checked} entries, the hash chain is intact.`);
    } else {
      const broken = report.firstBroken!;
      console.log(`Audit log BROKEN at entry ${broken.auditId ?? '(none)'}: ${broken.reason}.`);
      console.log(`${report.checked} entries before it check out.`);
    }
    console.log(
      JSON.stringify({
        verified: report.ok,
        entries: report.checked,
        lastAuditId: report.lastAuditId,
        ...(report.firstBroken ? { firstBrokenAuditId: report.firstBroken.auditId } : {}),
      }),
    );
    return report.ok ? 0 : 1;
  } finally {
    await db.end();
  }
}

main().then(
  (code) => process.exit(code),
  (err: unknown) => {
    console.error(`audit:verify could not run: ${(err as Error).message}`);
    process.exit(2);
  },
);
