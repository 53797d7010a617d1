import { spawnSync } from 'node:child_process';
import path from 'node:path';

// `npm run ledger:verify` against the stack's ledger, with whatever the suite and earlier runs wrote.
it('verifies the ledger, exits 0 and ends with one JSON line', () => {
  const root = path.resolve(__dirname, '..');
  const result = spawnSync(process.execPath, ['--import', 'tsx', path.join(root, 'scripts', 'ledger-verify.ts')], {
    cwd: root,
    encoding: 'utf8',
    timeout: 60_000,
  });
  expect(result.stdout).toContain('Ledger verified: every invariant holds.');
  expect(result.status).toBe(0);
  const last = JSON.parse(result.stdout.trim().split('\n').at(-1)!) as { verified: boolean; transactions: number };
  expect(last.verified).toBe(true);
  expect(last.transactions).toBeGreaterThan(0);
});
