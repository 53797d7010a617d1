import { encodeSearchAttributeIndexedValueType } from '@temporalio/common/lib/search-attributes';
import type { TestWorkflowEnvironment, TimeSkippingTestWorkflowEnvironmentOptions } from '@temporalio/testing';
import {
  bundleWorkflowCode,
  DefaultLogger,
  makeTelemetryFilterString,
  Runtime,
  Worker,
  type WorkflowBundleOption,
} from '@temporalio/worker';
import { loadConfig } from '../../platform/config';
import { EncryptionPayloadCodec, newPayloadKey } from '../../platform/payload-codec';
import { workflowsEntry } from '../../domains/workflows-entry';
import { ensureTemporalTestServer } from '../../stack/time-skipping-server';
import { SearchAttribute } from '../../contracts/search-attributes';

/** Names the workflow bundle that the unit project's global setup made for every workflow test file of a run. */
export const WORKFLOW_TEST_BUNDLE = 'WORKFLOW_TEST_BUNDLE';

/** The run's bundle when the global setup made one; otherwise (a file run on its own) this file's own. */
async function workflowBundle(): Promise<WorkflowBundleOption> {
  const codePath = process.env[WORKFLOW_TEST_BUNDLE];
  if (codePath) return { codePath };
  return bundleWorkflowCode({ workflowsPath: workflowsEntry(), logger: new DefaultLogger('WARN') });
}

/**
 * The workflow tests' payloads are encrypted as the stack's are (platform/temporal.ts), with a key of this run:
 * every branch of every workflow goes through the codec.
 */
const dataConverter = {
  payloadCodecs: [new EncryptionPayloadCodec({ currentKeyId: 'test', keys: new Map([['test', newPayloadKey()]]) })],
};

/** Activity implementations per task queue, for the workers of one test. */
export type ActivitiesByTaskQueue = Record<string, object>;

/** A time-skipping Temporal for the workflow tests of one file, with the workflow bundle they all use. */
export interface TimeSkippingKit {
  env: TestWorkflowEnvironment;
  /**
   * Runs `test` while one worker per task queue polls with the given activities; the first queue also runs the
   * workflows. Every worker stops when `test` settles.
   */
  withWorkers<T>(activities: ActivitiesByTaskQueue, test: () => Promise<T>): Promise<T>;
}

/**
 * Where `TestWorkflowEnvironment.createTimeSkipping` finds Temporal's time-skipping test server: the Java one from
 * Maven Central, installed in the user cache by stack/time-skipping-server.ts (the SDK's own download does not work
 * here).
 */
export async function timeSkippingServer(): Promise<TimeSkippingTestWorkflowEnvironmentOptions> {
  const path = await ensureTemporalTestServer(loadConfig().STACK_CACHE_DIR);
  return { server: { executable: { type: 'existing-path', path } }, client: { dataConverter } };
}

/**
 * Starts the test file's Temporal (`start`, a time-skipping environment) and takes the workflow bundle, in
 * `beforeAll`; stops it in `afterAll`. Days of timers pass in milliseconds while a test awaits a workflow's result or
 * calls `env.sleep`.
 */
export function useTimeSkippingTemporal(start: () => Promise<TestWorkflowEnvironment>): TimeSkippingKit {
  let env: TestWorkflowEnvironment | undefined;
  let bundle: WorkflowBundleOption;

  beforeAll(async () => {
    // Activities that fail on purpose would log every failure; the assertions say what went wrong.
    Runtime.install({
      logger: new DefaultLogger('ERROR'),
      telemetryOptions: { logging: { filter: makeTelemetryFilterString({ core: 'ERROR' }) } },
    });
    [env, bundle] = await Promise.all([start(), workflowBundle()]);
    // The workflows upsert the custom search attributes that the stack registers at start; this server refuses
    // undefined ones too. It implements AddSearchAttributes but not the List that registerSearchAttributes uses.
    await env.connection.operatorService.addSearchAttributes({
      namespace: env.namespace ?? 'default',
      searchAttributes: Object.fromEntries(
        Object.values(SearchAttribute).map((key) => [key.name, encodeSearchAttributeIndexedValueType(key.type)!]),
      ),
    });
  }, 120_000);
  afterAll(() => env?.teardown());

  return {
    get env() {
      if (!env) throw new Error('the time-skipping environment starts in beforeAll');
      return env;
    },
    async withWorkers<T>(activities: ActivitiesByTaskQueue, test: () => Promise<T>): Promise<T> {
      const testEnv = this.env;
      const [workflowQueue] = Object.keys(activities);
      if (!workflowQueue) throw new Error('withWorkers needs at least the workflow task queue');
      const workers = await Promise.all(
        Object.entries(activities).map(([taskQueue, queueActivities]) =>
          Worker.create({
            connection: testEnv.nativeConnection,
            namespace: testEnv.namespace ?? 'default',
            taskQueue,
            activities: queueActivities,
            dataConverter,
            ...(taskQueue === workflowQueue ? { workflowBundle: bundle } : {}),
          }),
        ),
      );
      // Each worker runs until the test settles; runUntil then shuts it down and waits for its tasks to finish.
      const run = workers.reduce<() => Promise<T>>((inner, worker) => () => worker.runUntil(inner), test);
      return run();
    },
  };
}
