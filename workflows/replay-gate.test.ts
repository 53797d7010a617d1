import { DefaultLogger, makeTelemetryFilterString, Runtime, Worker } from '@temporalio/worker';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { workflowsEntry } from '../domains/workflows-entry';

const workflowsPath = workflowsEntry();

// Proves the replay gate (replay-histories.test.ts) can fail: the same recorded probe history that today's code
// replays is rejected by a copy of the workflow whose commands come in another order.
const recordedProbe: unknown = JSON.parse(
  readFileSync(path.join(__dirname, 'ops', 'histories', 'stack-probe-completed.json'), 'utf8'),
);

// The Core SDK logs the determinism violation it finds as a warning; the assertion below is what counts.
beforeAll(() =>
  Runtime.install({
    logger: new DefaultLogger('ERROR'),
    telemetryOptions: { logging: { filter: makeTelemetryFilterString({ core: 'ERROR' }) } },
  }),
);

it('replays the recorded probe against the real workflow', async () => {
  await Worker.runReplayHistory({ workflowsPath, replayName: 'real' }, recordedProbe);
});

it('fails replay when the workflow issues its commands in another order', async () => {
  const reordered = path.join(__dirname, 'testing', 'reordered-stack-probe.ts');
  await expect(
    Worker.runReplayHistory({ workflowsPath: reordered, replayName: 'reordered' }, recordedProbe),
  ).rejects.toMatchObject({ name: 'DeterminismViolationError' });
});
