import { Client, Connection, WorkflowFailedError } from '@temporalio/client';
import { ApplicationFailure } from '@temporalio/common';
import { historyToJSON } from '@temporalio/common/lib/proto-utils';
import { bundleWorkflowCode, DefaultLogger, NativeConnection, Runtime, Worker } from '@temporalio/worker';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { ulid } from 'ulid';
import { createOpsActivities } from '../activities/ops';
import { signalWhenWaiting, startSameShape, type SameShapeHandle } from '../bench/same-shape';
import { loadConfig } from '../platform/config';
import { createPool } from '../platform/db';
import { temporalDataConverter } from '../platform/temporal';
import { workflowsEntry } from '../domains/workflows-entry';
import { OpsErrorType, type BenchSameShapeInput } from '../contracts/ops';
import { shapeOf, type RecordedEvent } from '../workflows/testing/history-shape';

// The same-shape baseline of `npm run bench:payments`, driven by the benchmark's own code (bench/same-shape.ts) on
// the stack's Temporal server, with the ops no-op activity in a worker of its own task queue.
const address = process.env.TEMPORAL_ADDRESS ?? '127.0.0.1:7233';
// The no-op never queries; the pool only satisfies the ops activities' dependencies.
const db = createPool(process.env.DATABASE_URL ?? 'postgres://postgres:postgres@127.0.0.1:54329/backoffice', 1);
let nativeConnection: NativeConnection;
let client: Client;
let worker: Worker;
let running: Promise<void>;
const taskQueue = `test-bench-same-shape-${ulid()}`;

beforeAll(async () => {
  Runtime.install({ logger: new DefaultLogger('WARN') });
  nativeConnection = await NativeConnection.connect({ address });
  const dataConverter = temporalDataConverter(loadConfig());
  client = new Client({ connection: await Connection.connect({ address }), dataConverter });
  worker = await Worker.create({
    connection: nativeConnection,
    dataConverter,
    taskQueue,
    workflowBundle: await bundleWorkflowCode({ workflowsPath: workflowsEntry(), logger: new DefaultLogger('WARN') }),
    activities: createOpsActivities({ db }),
  });
  running = worker.run();
});
afterAll(async () => {
  worker.shutdown();
  await running;
  await nativeConnection.close();
  await client.connection.close();
  await db.end();
});

const input = (confirmationTimeoutMs = 60_000): BenchSameShapeInput => ({
  playerId: 'bench:jest',
  amountMinor: 1000,
  currency: 'EUR',
  psp: 'cardpay',
  confirmationTimeoutMs,
});

const start = (confirmationTimeoutMs?: number): Promise<SameShapeHandle> =>
  startSameShape(client, { taskQueue, runId: ulid(), input: input(confirmationTimeoutMs) });

const recordedShape = (file: string) =>
  shapeOf(
    (JSON.parse(readFileSync(path.join(__dirname, '..', 'workflows', file), 'utf8')) as { events: RecordedEvent[] })
      .events,
  );

describe('the same-shape baseline, driven as bench:payments drives it', () => {
  it('gets its signal once it waits, completes, and asks Temporal for what a credited deposit asks', async () => {
    const handle = await start();
    const signalled = await client.withDeadline(Date.now() + 30_000, () => signalWhenWaiting(handle));
    expect(signalled).toBe(true);
    await expect(handle.result()).resolves.toBeUndefined();

    const history = JSON.parse(historyToJSON(await handle.fetchHistory())) as { events: RecordedEvent[] };
    const events = history.events.map((event) => event.eventType);
    // The signal came while it waited: after its timer started, before the timer was cancelled.
    expect(events.indexOf('EVENT_TYPE_WORKFLOW_EXECUTION_SIGNALED')).toBeGreaterThan(
      events.indexOf('EVENT_TYPE_TIMER_STARTED'),
    );
    expect(shapeOf(history.events)).toEqual(
      recordedShape('payments/histories/chaos-deposit-workflow-task-timed-out.json'),
    );
  });

  it('runs many at once, each signalled exactly once', async () => {
    const handles = await Promise.all(Array.from({ length: 8 }, () => start()));
    await client.withDeadline(Date.now() + 60_000, () =>
      Promise.all(handles.map(async (handle) => [await signalWhenWaiting(handle), await handle.result()])),
    );
    for (const handle of handles) {
      const { events } = await handle.fetchHistory();
      expect((events ?? []).filter((event) => event.workflowExecutionSignaledEventAttributes)).toHaveLength(1);
    }
  });

  it('fails with a typed failure when no signal comes within its confirmation timeout', async () => {
    const handle = await start(1_000);
    const failure = await handle.result().catch((err: unknown) => err);
    expect(failure).toBeInstanceOf(WorkflowFailedError);
    expect((failure as WorkflowFailedError).cause).toBeInstanceOf(ApplicationFailure);
    expect(((failure as WorkflowFailedError).cause as ApplicationFailure).type).toBe(
      OpsErrorType.BenchSignalNotDelivered,
    );
  });

  it('sends nothing to a workflow that closed before it waited', async () => {
    const handle = await start();
    await handle.terminate('closed before it waited');
    await expect(client.withDeadline(Date.now() + 10_000, () => signalWhenWaiting(handle))).resolves.toBe(false);
  });
});
