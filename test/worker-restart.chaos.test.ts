import { readFileSync } from 'node:fs';
import path from 'node:path';
import { loadConfig } from '../platform/config';
import { createPool } from '../platform/db';
import { runProbe } from './support/run-probe';
import { isProcessAlive } from '../stack/process-alive';
import { loginAs } from './support/staff-login';

// A chaos drill in miniature: SIGKILL every background process of the slice at once; the supervisor restarts
// them and a probe started right away still completes.
const runDir = path.join(loadConfig().STACK_DATA_DIR, 'run');
const pidOf = (name: string) => Number(readFileSync(path.join(runDir, `${name}.pid`), 'utf8'));

describe('kill -9 of the workers', () => {
  it('is survived: the supervisor restarts them and the slice completes', async () => {
    const db = createPool(loadConfig().databaseUrl, 1);
    const ops = await loginAs(db, 'ops-probe', ['payments_ops']).finally(() => db.end());
    const victims = ['ops-worker', 'outbox-relay', 'ops-probe-consumer'];
    const before = Object.fromEntries(victims.map((name) => [name, pidOf(name)]));
    for (const pid of Object.values(before)) process.kill(pid, 'SIGKILL');

    const view = await runProbe(ops.headers, 90_000);

    expect(view).toMatchObject({ status: 'COMPLETED', workflowStatus: 'COMPLETED' });
    for (const name of victims) {
      expect(isProcessAlive(before[name]!)).toBe(false);
      expect(pidOf(name)).not.toBe(before[name]);
      expect(isProcessAlive(pidOf(name))).toBe(true);
    }
  });
});
