import { bundleWorkflowCode } from '@temporalio/worker';
import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { loadConfig } from '../platform/config';
import { workflowsEntry } from '../domains/workflows-entry';
import { ensureTemporalTestServer } from '../stack/time-skipping-server';
import { WORKFLOW_TEST_BUNDLE } from './support/time-skipping';

/**
 * The unit project starts nothing. It installs Temporal's time-skipping test server into the user cache the first
 * time, and bundles the workflows once for every workflow test file of the run (webpack takes seconds per bundle).
 */
export default async function unitGlobalSetup(): Promise<void> {
  const config = loadConfig();
  process.stdout.write('\n');
  await ensureTemporalTestServer(config.STACK_CACHE_DIR);
  const { code } = await bundleWorkflowCode({
    workflowsPath: workflowsEntry(),
    logger: { ...quiet, warn: console.warn, error: console.error },
  });
  const file = path.join(config.STACK_DATA_DIR, 'test', 'workflow-bundle.js');
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(`${file}.partial`, code);
  renameSync(`${file}.partial`, file);
  process.env[WORKFLOW_TEST_BUNDLE] = file; // the test files' workers inherit it
}

const quiet = { log: () => undefined, trace: () => undefined, debug: () => undefined, info: () => undefined };
