import type { ActivityInterceptorsFactory } from '@temporalio/worker';
import type { Logger } from './logger';

/**
 * Logs every activity execution once, at info when it completes and at warn when it fails (Temporal retries it
 * or the workflow handles it): the activity type, its workflow, the attempt and how long it took. Registered
 * inside the tracing interceptor, so the line carries the trace id that leads from the API request to it.
 */
export function activityLogInterceptor(logger: Logger): ActivityInterceptorsFactory {
  return (ctx) => ({
    inbound: {
      async execute(input, next) {
        const { activityType, workflowExecution, attempt } = ctx.info;
        const fields = { activityType, workflowId: workflowExecution?.workflowId, attempt };
        const started = performance.now();
        const durationMs = () => Math.round((performance.now() - started) * 10) / 10;
        try {
          const result = await next(input);
          logger.info({ ...fields, durationMs: durationMs() }, 'activity completed');
          return result;
        } catch (err) {
          logger.warn({ ...fields, durationMs: durationMs(), err }, 'activity failed');
          throw err;
        }
      },
    },
  });
}
