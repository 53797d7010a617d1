import { DefaultLogger, Runtime, Worker } from '@temporalio/worker';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { workflowsEntry } from '../domains/workflows-entry';

const workflowsPath = workflowsEntry();

// Recorded histories of real runs (workflows/<domain>/histories/*.json) replay against today's workflow code: a
// change that would break a running workflow fails here, not in production. Change behaviour behind patched().
const histories = readdirSync(__dirname, { recursive: true, encoding: 'utf8' })
  .filter((file) => /histories\/.+\.json$/.test(file))
  .map((file) => ({ file, history: JSON.parse(readFileSync(path.join(__dirname, file), 'utf8')) as unknown }));

beforeAll(() => Runtime.install({ logger: new DefaultLogger('WARN') }));

it('has recorded histories to replay', () => {
  expect(histories.length).toBeGreaterThan(0);
});

it.each(histories.map((h) => [h.file, h.history] as const))('replays %s deterministically', async (file, history) => {
  await Worker.runReplayHistory({ workflowsPath, replayName: file }, history);
});
