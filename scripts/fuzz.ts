import { parseArgs } from 'node:util';
import { formatReport, runFuzzer } from '../test/support/fuzz/fuzzer';
import { setUpFuzzWorld } from '../test/support/fuzz/fuzz-world';

// `npm run fuzz`: the schema-driven fuzzer (test/support/fuzz/) over every operation of the OpenAPI document,
// against the API started in-process on the running stack's engines (`npm start` first). A progress line per
// operation, the table of cases per operation and every failure with its reproduction, then the summary as ONE JSON
// line; the exit code is 1 when any case broke a rule.
const usage = `npm run fuzz -- [--cases N] [--seed S] [--operation REGEX] [--timeout-ms MS]
  --cases       cases per operation (default 200)
  --seed        the run's seed (default: random; printed, so a run can be repeated)
  --operation   only the operations whose operationId matches REGEX
  --timeout-ms  an answer slower than this is a hang (default 10000; the API bounds itself at 5000)`;

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      cases: { type: 'string', default: '200' },
      seed: { type: 'string' },
      operation: { type: 'string' },
      'timeout-ms': { type: 'string', default: '10000' },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help) {
    process.stdout.write(`${usage}\n`);
    return 0;
  }
  const casesPerOperation = Number(values.cases);
  const seed = values.seed === undefined ? Math.floor(Math.random() * 2 ** 31) : Number(values.seed);
  const timeoutMs = Number(values['timeout-ms']);
  if (![casesPerOperation, seed, timeoutMs].every(Number.isSafeInteger) || casesPerOperation < 1) {
    process.stderr.write(`${usage}\n`);
    return 2;
  }
  process.stdout.write(`fuzzing with seed ${seed}, ${casesPerOperation} cases per operation\n`);
  const world = await setUpFuzzWorld();
  try {
    const report = await runFuzzer(world, {
      casesPerOperation,
      seed,
      timeoutMs,
      ...(values.operation ? { operationFilter: new RegExp(values.operation) } : {}),
      onProgress: (line) => process.stdout.write(`${line}\n`),
    });
    process.stdout.write(`\n${formatReport(report)}\n`);
    const { perOperation: _perOperation, failures: _failures, ...summary } = report;
    process.stdout.write(`${JSON.stringify(summary)}\n`);
    return report.failures.length ? 1 : 0;
  } finally {
    await world.close();
  }
}

main().then(
  (code) => process.exit(code),
  (err: unknown) => {
    process.stderr.write(`fuzz failed: ${(err as Error).stack ?? String(err)}\n`);
    process.exit(2);
  },
);
