import { PersonalDataVault } from '../domain/wallet/player-personal-data';
import { loadConfig } from '../platform/config';
import { createPool } from '../platform/db';
import { loadPersonalDataKeys } from '../platform/personal-data-keys';

// `npm run pii:rewrap`: after a new PII_MASTER_KEY (the old one listed in PII_RETIRED_MASTER_KEYS), rewraps every
// player's data key with the new one, batch by batch; when it reports 0 left, the retired key can be removed.
// Ends with one JSON line.
async function main(): Promise<void> {
  const config = loadConfig();
  const vault = new PersonalDataVault(loadPersonalDataKeys(config));
  const db = createPool(config.databaseUrl, 1);
  try {
    let rewrapped = 0;
    for (let batch = await vault.rewrapRetiredDataKeys(db); batch > 0; batch = await vault.rewrapRetiredDataKeys(db)) {
      rewrapped += batch;
      console.log(`rewrapped ${rewrapped} data keys so far`);
    }
    // Keys wrapped by a master key this configuration does not hold at all are counted too: they cannot be read.
    const byKey = await vault.dataKeysByMasterKey(db);
    const current = loadPersonalDataKeys(config).keyProvider.currentKeyId;
    const left = Object.entries(byKey).filter(([keyId]) => keyId !== current);
    console.log(
      left.length === 0
        ? 'Every data key is wrapped by the current master key: the retired keys can be removed.'
        : `Data keys under other master keys remain: ${left.map(([id, n]) => `${id} (${n})`).join(', ')}.`,
    );
    console.log(JSON.stringify({ rewrapped, currentKeyId: current, dataKeysByMasterKey: byKey }));
  } finally {
    await db.end();
  }
}

main().catch((err: unknown) => {
  console.error(`pii:rewrap could not run: ${(err as Error).message}`);
  process.exit(1);
});
