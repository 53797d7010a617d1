import { bundleWorkflowCode } from '@temporalio/worker';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { tracingWorkflowInterceptorModule } from '../platform/telemetry-temporal';
import { workflowsEntry } from '../domains/workflows-entry';

/**
 * Bundles the workflow code once at stack start, so a worker that the supervisor restarts (a chaos drill's
 * `kill -9`) polls again in about a second instead of spending several seconds in webpack. The bundle includes the
 * OpenTelemetry workflow interceptors: a worker cannot add interceptor modules to a prebuilt bundle.
 */
export async function bundleWorkflows(dataDir: string): Promise<string> {
  const { code } = await bundleWorkflowCode({
    workflowsPath: workflowsEntry(),
    workflowInterceptorModules: [tracingWorkflowInterceptorModule],
    logger: {
      log: () => undefined,
      trace: () => undefined,
      debug: () => undefined,
      info: () => undefined,
      warn: console.warn,
      error: console.error,
    },
  });
  const file = path.join(dataDir, 'workflow-bundle.js');
  mkdirSync(dataDir, { recursive: true });
  writeFileSync(file, code);
  return file;
}
