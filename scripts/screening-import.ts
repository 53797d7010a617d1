import { parseArgs } from 'node:util';
import { rescreenAfterImport } from '../domain/kyc/kyc-workflow-starts';
import { importAuditedList } from '../domain/kyc/screening/list-import';
import { LIST_FORMATS, readListFiles, type ListFormat } from '../domain/kyc/screening/list-formats';
import { loadConfig } from '../platform/config';
import { createPool } from '../platform/db';
import { lazyTemporalClient } from '../platform/temporal';

// `npm run screening:import -- <file> --format ofac-csv|uk-csv|pep-csv`: imports a sanctions or PEP list as a new
// version of its source (for OFAC, <file> is sdn.csv with alt.csv and add.csv beside it), prints the diff counts,
// starts the re-screening of every active player against what it added or changed, and ends with one JSON line.
// Importing the current version's files again changes nothing.
async function main(): Promise<number> {
  const { positionals, values } = parseArgs({ allowPositionals: true, options: { format: { type: 'string' } } });
  const [file] = positionals;
  const format = values.format as ListFormat | undefined;
  if (!file || !format || !LIST_FORMATS.includes(format)) {
    console.error(`usage: npm run screening:import -- <file> --format ${LIST_FORMATS.join('|')}`);
    return 2;
  }
  const parsed = await readListFiles(format, file);
  console.log(`${parsed.list.source}: ${parsed.list.entries.length} entries read from ${file}`);
  const db = createPool(loadConfig().databaseUrl, 1);
  try {
    const { version, unchanged } = await importAuditedList(db, parsed, {
      actor: 'system',
      reason: `npm run screening:import (${format})`,
    });
    console.log(
      unchanged
        ? `unchanged: the current version ${version.versionId} has these files`
        : `version ${version.versionId}: ${version.addedCount} added, ${version.removedCount} removed, ` +
            `${version.changedCount} changed`,
    );
    const config = loadConfig();
    const temporal = lazyTemporalClient(config, 10_000);
    const rescreeningWorkflowId = await rescreenAfterImport(
      temporal,
      { version, unchanged },
      config.KYC_RESCREENING_BATCH_SIZE,
    ).catch((err: unknown) => {
      console.warn(`Temporal did not start the re-screening (${(err as Error).message}); the daily run covers it`);
      return undefined;
    });
    await temporal.connection.close();
    if (rescreeningWorkflowId) console.log(`re-screening every active player: workflow ${rescreeningWorkflowId}`);
    console.log(JSON.stringify({ ...version, unchanged, rescreeningWorkflowId }));
    return 0;
  } finally {
    await db.end();
  }
}

main().then(
  (code) => process.exit(code),
  (err: unknown) => {
    console.error(`screening:import failed: ${(err as Error).message}`);
    process.exit(1);
  },
);
