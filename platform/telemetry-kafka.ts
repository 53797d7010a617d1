import {
  context,
  isSpanContextValid,
  propagation,
  trace,
  type Context,
  type Link,
  type TextMapGetter,
} from '@opentelemetry/api';
import type { IHeaders } from 'kafkajs';

// Events reach Kafka through the transactional outbox, so the trace context that matters is the one of the
// transaction that wrote the event (an API request, an activity), not the relay's: the writer stores it with the
// row, the relay copies it into the message's headers, the consumer continues from it. We propagate by hand
// rather than with a kafkajs auto-instrumentation, which would stamp the relay's own context on every message of
// a batched send and so cut each event off from the request or workflow that caused it.

/** The W3C trace-context fields an outbox row keeps and a Kafka message carries as headers. */
export interface TraceCarrier {
  traceparent: string;
  tracestate?: string;
}

const CARRIER_KEYS = ['traceparent', 'tracestate'] as const;

/** The active trace context as W3C headers, or undefined outside any span (then the row stores NULL). */
export function activeTraceCarrier(active: Context = context.active()): TraceCarrier | undefined {
  const carrier: Record<string, string> = {};
  propagation.inject(active, carrier);
  if (!carrier.traceparent) return undefined;
  return carrier.tracestate
    ? { traceparent: carrier.traceparent, tracestate: carrier.tracestate }
    : { traceparent: carrier.traceparent };
}

/** The Kafka headers for a stored trace context (a JSONB column: anything but its string fields is ignored). */
export function traceHeadersOf(stored: unknown): Partial<TraceCarrier> {
  if (typeof stored !== 'object' || stored === null) return {};
  const headers: Partial<TraceCarrier> = {};
  for (const key of CARRIER_KEYS) {
    const value = (stored as Record<string, unknown>)[key];
    if (typeof value === 'string' && value.length > 0) headers[key] = value;
  }
  return headers;
}

const kafkaHeaderGetter: TextMapGetter<IHeaders | undefined> = {
  keys: (headers) => Object.keys(headers ?? {}),
  get: (headers, key) => {
    const value = headers?.[key];
    const first = Array.isArray(value) ? value[0] : value;
    return first === undefined ? undefined : first.toString();
  },
};

/** The trace context a consumed message carries (the root context when it carries none). */
export function traceContextOfHeaders(headers: IHeaders | undefined): Context {
  return propagation.extract(context.active(), headers, kafkaHeaderGetter);
}

/** A span link to the context stored with an outbox row, for the relay's batch span; undefined when none. */
export function linkToStoredContext(stored: unknown): Link | undefined {
  const headers = traceHeadersOf(stored);
  if (!headers.traceparent) return undefined;
  const spanContext = trace.getSpanContext(propagation.extract(context.active(), headers));
  return spanContext && isSpanContextValid(spanContext) ? { context: spanContext } : undefined;
}
