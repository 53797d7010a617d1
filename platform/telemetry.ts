import { trace, type Tracer } from '@opentelemetry/api';
import { OTLPTraceExporter } from '@opentelemetry/exporter-trace-otlp-http';
import { registerInstrumentations } from '@opentelemetry/instrumentation';
import { HttpInstrumentation } from '@opentelemetry/instrumentation-http';
import { PgInstrumentation } from '@opentelemetry/instrumentation-pg';
import { UndiciInstrumentation } from '@opentelemetry/instrumentation-undici';
import { Resource } from '@opentelemetry/resources';
import {
  AlwaysOnSampler,
  BatchSpanProcessor,
  NodeTracerProvider,
  ParentBasedSampler,
  type Sampler,
  type SpanProcessor,
} from '@opentelemetry/sdk-trace-node';
import { ATTR_SERVICE_NAME } from '@opentelemetry/semantic-conventions';

const FLUSH_TIMEOUT_MS = 3_000;

/** The tracing of one process: where its spans go and how to flush them before it exits. */
export interface Telemetry {
  serviceName: string;
  resource: Resource;
  /** Every span processor of the process (none when nothing is exported); Temporal's workflow spans go here too. */
  spanProcessor: SpanProcessor;
  /** Whether spans leave the process (an OTLP endpoint is configured). */
  exporting: boolean;
  /** Exports what is still buffered and stops; safe to call more than once. */
  shutdown(): Promise<void>;
}

// On globalThis rather than in module state: the preload may reach this module through the ESM loader and the
// entry point through require, and the instrumentations must be registered once per process however it is loaded.
const INSTRUMENTED = Symbol.for('igaming-backoffice.tracing-instrumentations');
let started: Telemetry | undefined;

/**
 * Incoming requests that get no span: the seamless wallet's calls (api/wallet/seamless-router.ts), the per-bet
 * hot path at a thousand calls a second, where a server span and its query spans cost about 0.1 ms of CPU per call
 * (measured on a bare handler) and would lead nowhere, since the wallet's own SQL writes its outbox events without
 * a trace context; and health checks and metric scrapes, which would start a trace every few seconds.
 */
export const UNTRACED_REQUEST_PATHS = /^\/(?:wallet\/v1\/|health(?:$|\?)|metrics(?:$|\?))/;

/**
 * Whether tracing is off (the standard OTEL_SDK_DISABLED=true): no instrumentation, no context manager, no spans,
 * so no trace ids in logs or headers either. For measuring what tracing costs, or for an operator who must shed it.
 */
export function tracingDisabled(env: NodeJS.ProcessEnv = process.env): boolean {
  return env.OTEL_SDK_DISABLED?.trim().toLowerCase() === 'true';
}

/** Whether OTLP export is configured, by the standard OpenTelemetry variables. */
export function otlpExportConfigured(env: NodeJS.ProcessEnv = process.env): boolean {
  return Boolean(env.OTEL_EXPORTER_OTLP_TRACES_ENDPOINT || env.OTEL_EXPORTER_OTLP_ENDPOINT);
}

/**
 * Patches `http`, `pg` and `fetch` so that incoming requests, outgoing requests and queries become spans. It must run before
 * either module is first required, hence platform/telemetry-preload.mjs; the spans go to whichever tracer provider
 * `startTelemetry` registers later (the instrumentations hold the global proxy provider until then).
 */
export function registerTracingInstrumentations(): void {
  if (tracingDisabled()) return;
  const registry = globalThis as { [INSTRUMENTED]?: true };
  if (registry[INSTRUMENTED]) return;
  registry[INSTRUMENTED] = true;
  registerInstrumentations({
    instrumentations: [
      new HttpInstrumentation({ ignoreIncomingRequestHook: (req) => UNTRACED_REQUEST_PATHS.test(req.url ?? '') }),
      // Only queries that belong to some unit of work (a request, an activity, a consumed event): the relay's
      // and the schedulers' idle polling would otherwise start a trace of their own every few hundred ms.
      new PgInstrumentation({ requireParentSpan: true }),
      // Node's global fetch (undici): the PSP calls, so a payment's trace shows each PSP request and how long it took.
      new UndiciInstrumentation({ requireParentforSpans: true }),
    ],
  });
}

/**
 * Records every span, whatever the parent's sampled flag says. The default (parent-based) sampler would make a
 * whole trace non-recording when an incoming `traceparent` says 00 (a PSP's webhook, a caller's sampler): its
 * spans would still carry ids into logs and headers, but would not be exported, so the trace id a support agent
 * quotes from a log line would lead to nothing. We keep the caller's trace id and record our part of it (so an
 * OTEL_TRACES_SAMPLER setting is deliberately not read).
 */
export function recordEverySpanSampler(): Sampler {
  return new ParentBasedSampler({
    root: new AlwaysOnSampler(),
    remoteParentNotSampled: new AlwaysOnSampler(),
    localParentNotSampled: new AlwaysOnSampler(),
  });
}

/**
 * Starts tracing for this process, named `serviceName`: W3C trace-context propagation, AsyncLocalStorage context,
 * and spans for every request, query, workflow, activity and consumed event. Spans are always created, so trace
 * ids reach logs, Temporal headers and Kafka headers; they leave the process only when
 * OTEL_EXPORTER_OTLP_ENDPOINT (or OTEL_EXPORTER_OTLP_TRACES_ENDPOINT) names an OTLP/HTTP collector. Idempotent:
 * a second call returns the first call's telemetry.
 */
export function startTelemetry(serviceName: string, env: NodeJS.ProcessEnv = process.env): Telemetry {
  if (started) return started;
  registerTracingInstrumentations();
  const resource = new Resource({ [ATTR_SERVICE_NAME]: serviceName });
  const disabled = tracingDisabled(env);
  const exporting = !disabled && otlpExportConfigured(env);
  // The exporter reads the endpoint, headers and timeout from the standard OTEL_EXPORTER_OTLP_* variables, and the
  // batch processor its delay and queue sizes from OTEL_BSP_*.
  const spanProcessors = exporting ? [new BatchSpanProcessor(new OTLPTraceExporter())] : [];
  const provider = new NodeTracerProvider({ resource, spanProcessors, sampler: recordEverySpanSampler() });
  // Registers the AsyncLocalStorage context manager and the W3C trace-context (and baggage) propagator.
  if (!disabled) provider.register();
  let stopping: Promise<void> | undefined;
  started = {
    serviceName,
    resource,
    spanProcessor: provider.getActiveSpanProcessor(),
    exporting,
    shutdown: () =>
      (stopping ??= Promise.race([
        provider.shutdown().catch(() => undefined),
        new Promise<void>((resolve) => setTimeout(resolve, FLUSH_TIMEOUT_MS).unref()),
      ])),
  };
  return started;
}

/** This process's telemetry, started on first use under PROCESS_NAME (runProcess starts it by its own name first). */
export function telemetry(): Telemetry {
  return started ?? startTelemetry(process.env.PROCESS_NAME ?? 'backoffice');
}

/** The tracer for spans our own code starts (Kafka publish and consume). */
export function backofficeTracer(): Tracer {
  return trace.getTracer('igaming-backoffice');
}
