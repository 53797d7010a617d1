import { drillUsage, parseDrillArgs } from '../test/support/chaos/drill-options';
import { runGameDayDrill } from '../test/support/chaos/game-day-drill';

// `npm run chaos`: the game-day drill (test/support/chaos/). Mixed load against the stack while workers, the
// outbox relay and the consumers are SIGKILLed, PSPs go down and (when named in --targets) Temporal, Kafka or
// Postgres are held down for an outage window; then the invariants. The last line of stdout is the report's
// summary as one JSON object; the exit code is 1 when any invariant was violated.
async function main(): Promise<number> {
  if (process.argv.includes('--help')) {
    process.stdout.write(`${drillUsage()}\n`);
    return 0;
  }
  const options = parseDrillArgs(process.argv.slice(2));
  const controller = new AbortController();
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      process.stdout.write(`\n${signal}: ending the load, putting the stack back as it was…\n`);
      controller.abort();
    });
  }
  const summary = await runGameDayDrill(options, controller.signal);
  process.stdout.write(`${JSON.stringify(summary)}\n`);
  return summary.violations === 0 && !controller.signal.aborted ? 0 : 1;
}

main().then(
  (code) => process.exit(code),
  (err: unknown) => {
    process.stderr.write(`chaos drill failed: ${(err as Error).stack ?? String(err)}\n`);
    process.exit(2);
  },
);
