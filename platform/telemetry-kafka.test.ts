import { context, trace } from '@opentelemetry/api';
import { startTelemetry } from './telemetry';
import { activeTraceCarrier, linkToStoredContext, traceContextOfHeaders, traceHeadersOf } from './telemetry-kafka';

// The hand-made propagation between outbox writer, Kafka headers and consumer (platform/telemetry-kafka.ts), with
// the process's real tracer provider and W3C propagator, exporting nothing.
beforeAll(() => startTelemetry('telemetry-kafka-test', {}));

const tracer = () => trace.getTracer('test');
const TRACEPARENT = /^00-([0-9a-f]{32})-([0-9a-f]{16})-01$/;

describe('activeTraceCarrier', () => {
  it('is undefined outside any span, so the outbox row stores NULL', () => {
    expect(activeTraceCarrier()).toBeUndefined();
  });

  it("is the active span's W3C traceparent inside one", () => {
    tracer().startActiveSpan('writer', (span) => {
      const carrier = activeTraceCarrier();
      span.end();
      const [, traceId, spanId] = TRACEPARENT.exec(carrier!.traceparent) ?? [];
      expect(traceId).toBe(span.spanContext().traceId);
      expect(spanId).toBe(span.spanContext().spanId);
      expect(carrier).not.toHaveProperty('tracestate'); // none was set, so none travels
    });
  });
});

describe('traceHeadersOf', () => {
  it('keeps the string traceparent and tracestate of a stored context and nothing else', () => {
    expect(traceHeadersOf({ traceparent: '00-a-b-01', tracestate: 'vendor=1', baggage: 'x', other: 1 })).toEqual({
      traceparent: '00-a-b-01',
      tracestate: 'vendor=1',
    });
  });

  it('gives no headers for a row without a context or with a malformed one', () => {
    expect(traceHeadersOf(null)).toEqual({});
    expect(traceHeadersOf('00-a-b-01')).toEqual({});
    expect(traceHeadersOf({ traceparent: 42, tracestate: '' })).toEqual({});
  });
});

describe('from the writer through Kafka headers to the consumer', () => {
  it("continues the writer's trace from headers as kafkajs delivers them (Buffers)", () => {
    const writer = tracer().startSpan('writer');
    const stored = JSON.parse(JSON.stringify(activeTraceCarrier(trace.setSpan(context.active(), writer)))) as unknown;
    writer.end();
    const delivered = Object.fromEntries(
      Object.entries({ eventId: 'e1', ...traceHeadersOf(stored) }).map(([key, value]) => [key, Buffer.from(value)]),
    );
    const consumer = tracer().startSpan('consume', {}, traceContextOfHeaders(delivered));
    consumer.end();
    expect(consumer.spanContext().traceId).toBe(writer.spanContext().traceId);
    expect((consumer as unknown as { parentSpanId?: string }).parentSpanId).toBe(writer.spanContext().spanId);
  });

  it('starts a new trace for a message without trace headers', () => {
    const consumer = tracer().startSpan('consume', {}, traceContextOfHeaders({ eventId: Buffer.from('e1') }));
    consumer.end();
    expect((consumer as unknown as { parentSpanId?: string }).parentSpanId).toBeUndefined();
  });

  it("links the relay's batch span to each writer that had a context", () => {
    const writer = tracer().startSpan('writer');
    const stored = activeTraceCarrier(trace.setSpan(context.active(), writer));
    writer.end();
    expect(linkToStoredContext(stored)?.context).toMatchObject({
      traceId: writer.spanContext().traceId,
      spanId: writer.spanContext().spanId,
    });
    expect(linkToStoredContext(null)).toBeUndefined();
    expect(linkToStoredContext({ traceparent: 'not-a-traceparent' })).toBeUndefined();
  });
});
