import { isSpanContextValid, trace } from '@opentelemetry/api';
import pino from 'pino';

/**
 * The active span's trace and span ids, for every log line written inside a traced unit of work (a request, an
 * activity, a consumed event), so a line leads to its trace and a trace to its lines.
 */
export function traceFieldsOfActiveSpan(): { trace_id?: string; span_id?: string } {
  const spanContext = trace.getActiveSpan()?.spanContext();
  if (!spanContext || !isSpanContextValid(spanContext)) return {};
  return { trace_id: spanContext.traceId, span_id: spanContext.spanId };
}

/** One structured logger per process, named after it; the supervisor writes each process's output to its own file. */
export function createLogger(name: string, level = process.env.LOG_LEVEL ?? 'info'): pino.Logger {
  return pino({ name, level, base: { pid: process.pid }, mixin: traceFieldsOfActiveSpan });
}

export type Logger = pino.Logger;
