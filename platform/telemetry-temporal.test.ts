import { DefaultLogger, Runtime, Worker } from '@temporalio/worker';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { workflowsEntry } from '../domains/workflows-entry';

const workflowsPath = workflowsEntry();
import { startTelemetry } from './telemetry';
import { tracingWorkerOptions, tracingWorkflowInterceptorModule } from './telemetry-temporal';

// Workflows that were running before the tracing interceptors existed are replayed by workers that have them:
// every recorded history (workflows/*/histories) must still replay deterministically with the interceptors in the
// bundle, as workers run them (workflows/replay-histories.test.ts replays them without).
const workflowsDir = path.resolve(__dirname, '..', 'workflows');
const histories = readdirSync(workflowsDir, { recursive: true, encoding: 'utf8' })
  .filter((file) => /histories\/.+\.json$/.test(file))
  .map((file) => ({ file, history: JSON.parse(readFileSync(path.join(workflowsDir, file), 'utf8')) as unknown }));

beforeAll(() => {
  Runtime.install({ logger: new DefaultLogger('WARN') });
  startTelemetry('telemetry-temporal-test', {});
});

it('puts the workflow interceptors into bundles the worker makes itself, not into prebuilt ones', () => {
  expect(tracingWorkerOptions({ workflowsPath }).interceptors?.workflowModules).toEqual([
    tracingWorkflowInterceptorModule,
  ]);
  expect(tracingWorkerOptions({ workflowBundle: { codePath: '/bundle.js' } }).interceptors).not.toHaveProperty(
    'workflowModules',
  );
  expect(tracingWorkerOptions().sinks).toHaveProperty('exporter');
});

it('replays every recorded history with the tracing interceptors', async () => {
  expect(histories.length).toBeGreaterThan(0);
  const { interceptors, sinks } = tracingWorkerOptions({ workflowsPath });
  const results = Worker.runReplayHistories(
    { workflowsPath, interceptors: { workflowModules: interceptors?.workflowModules }, sinks },
    histories.map(({ file, history }) => ({ workflowId: file, history })),
  );
  const failures: string[] = [];
  for await (const result of results) {
    if (result.error) failures.push(`${result.workflowId}: ${String(result.error)}`);
  }
  expect(failures).toEqual([]);
});
