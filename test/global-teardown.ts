import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { loadConfig } from '../platform/config';

/** At most this many unhandled API errors are printed, each cut to this many characters. */
const MAX_PRINTED = 10;
const MAX_LINE = 2_000;

/**
 * The API's unhandled errors (its 500s) logged while this run of Jest lasted, printed at its end: a 500 in a test's
 * failure shows only its request id, and on CI the stack's logs go with the clone.
 */
function printUnhandledApiErrors(): void {
  const apiLog = path.join(loadConfig().STACK_DATA_DIR, 'logs', 'api.log');
  if (!existsSync(apiLog)) return;
  const runStartedAt = Date.now() - process.uptime() * 1000;
  const unhandled = readFileSync(apiLog, 'utf8')
    .split('\n')
    .filter((line) => line.includes('"msg":"unhandled error"'))
    .filter((line) => {
      const time = /"time":(\d+)/.exec(line)?.[1];
      return time !== undefined && Number(time) >= runStartedAt;
    });
  if (!unhandled.length) return;
  process.stdout.write(`\nThe API answered ${unhandled.length} unhandled error(s) (500) during this run; the last:\n`);
  for (const line of unhandled.slice(-MAX_PRINTED)) process.stdout.write(`  ${line.slice(0, MAX_LINE)}\n`);
}

/** Stops what the global setup started; a stack that was already running (from `npm start`) keeps running. */
export default async function globalTeardown(): Promise<void> {
  printUnhandledApiErrors();
  await globalThis.runningStack?.stop();
}
