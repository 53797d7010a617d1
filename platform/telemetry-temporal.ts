import {
  makeWorkflowExporter,
  OpenTelemetryActivityInboundInterceptor,
  OpenTelemetryActivityOutboundInterceptor,
  OpenTelemetryWorkflowClientInterceptor,
} from '@temporalio/interceptors-opentelemetry';
import type { ClientInterceptors } from '@temporalio/client';
import type { WorkerOptions } from '@temporalio/worker';
import { telemetry } from './telemetry';

// Temporal carries the trace context in its own headers (`_tracer-data`), so a trace goes from the request that
// starts or signals a workflow through the workflow's spans to its activities, and from there into Postgres and
// the outbox. We use the classic interceptors rather than the package's OpenTelemetryPlugin: the plugin always
// adds its workflow interceptor module, which a worker running the stack's prebuilt bundle ignores with a warning
// at every start; the bundle gets the module in stack/workflow-bundle.ts instead.

/** The workflow interceptor module of @temporalio/interceptors-opentelemetry, for the workflow bundle. */
export const tracingWorkflowInterceptorModule =
  require.resolve('@temporalio/interceptors-opentelemetry/lib/workflow-interceptors');

/** Client interceptors that open a span per start, signal, update and query, and pass its context to the workflow. */
export function tracingClientInterceptors(): ClientInterceptors {
  return { workflow: [new OpenTelemetryWorkflowClientInterceptor()] };
}

/**
 * The worker options that trace a task queue: a span per activity (a child of the workflow's schedule span, so the
 * activity's queries and outbox writes join the trace), trace ids on activity log lines, and a sink that hands the
 * workflow sandbox's spans to this process's span processor. `workflowCode` tells whether the worker bundles the
 * workflows itself (then the workflow interceptor module goes into that bundle) or runs a prebuilt bundle (which
 * must already contain it).
 */
export function tracingWorkerOptions(
  workflowCode?: Pick<WorkerOptions, 'workflowBundle' | 'workflowsPath'>,
): Pick<WorkerOptions, 'interceptors' | 'sinks'> {
  const { spanProcessor, resource } = telemetry();
  return {
    interceptors: {
      activity: [
        (ctx) => ({
          inbound: new OpenTelemetryActivityInboundInterceptor(ctx),
          outbound: new OpenTelemetryActivityOutboundInterceptor(ctx),
        }),
      ],
      ...(workflowCode?.workflowsPath ? { workflowModules: [tracingWorkflowInterceptorModule] } : {}),
    },
    // Registered even when nothing is exported: the workflow interceptors call the sink either way.
    sinks: { exporter: makeWorkflowExporter(spanProcessor, resource) },
  };
}
