import type { WorkerOptions } from '@temporalio/worker';
import { workflowsEntry } from '../domains/workflows-entry';
import type { Config } from '../platform/config';

/** The prebuilt bundle when the stack made one, otherwise every domain's workflow sources (bundled at start). */
export function workflowCode(config: Config): Pick<WorkerOptions, 'workflowBundle' | 'workflowsPath'> {
  return config.WORKFLOW_BUNDLE_PATH
    ? { workflowBundle: { codePath: config.WORKFLOW_BUNDLE_PATH } }
    : { workflowsPath: workflowsEntry() };
}
