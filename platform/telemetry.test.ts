import { context, propagation, trace, TraceFlags } from '@opentelemetry/api';
import { startTelemetry, tracingDisabled } from './telemetry';

// The process's tracing as startTelemetry sets it up (no export), driven through the global API as our code is.
beforeAll(() => startTelemetry('telemetry-test', {}));

/** The context a request arrives in when it carries `traceparent`. */
function incoming(traceparent: string) {
  return propagation.extract(context.active(), { traceparent });
}

const CALLER_TRACE_ID = '4bf92f3577b34da6a3ce929d0e0e4736';

it.each([
  ['not sampled (00)', '00'],
  ['sampled (01)', '01'],
])('records our spans in the caller’s trace when its traceparent says %s', (_, flags) => {
  const parent = incoming(`00-${CALLER_TRACE_ID}-00f067aa0ba902b7-${flags}`);
  const span = trace.getTracer('test').startSpan('POST /psp/v1/webhooks', {}, parent);

  expect(span.isRecording()).toBe(true);
  span.end();
  expect(span.spanContext()).toMatchObject({ traceId: CALLER_TRACE_ID, traceFlags: TraceFlags.SAMPLED });
});

it('records root spans and the children of a span that was not sampled', () => {
  const root = trace.getTracer('test').startSpan('root');
  expect(root.spanContext().traceFlags).toBe(TraceFlags.SAMPLED);
  root.end();

  const unsampledLocal = trace.wrapSpanContext({
    traceId: CALLER_TRACE_ID,
    spanId: '00f067aa0ba902b7',
    traceFlags: TraceFlags.NONE,
  });
  const child = trace.getTracer('test').startSpan('child', {}, trace.setSpan(context.active(), unsampledLocal));
  expect(child.spanContext().traceFlags).toBe(TraceFlags.SAMPLED);
  expect(child.isRecording()).toBe(true);
  child.end();
});

it.each([
  [{ OTEL_SDK_DISABLED: 'true' }, true],
  [{ OTEL_SDK_DISABLED: ' TRUE ' }, true],
  [{ OTEL_SDK_DISABLED: 'false' }, false],
  [{}, false],
])('reads OTEL_SDK_DISABLED %j as tracing disabled: %s', (env, disabled) => {
  expect(tracingDisabled(env)).toBe(disabled);
});
