import { Client, Connection } from '@temporalio/client';
import { defaultPayloadConverter, type Payload } from '@temporalio/common';
import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { Kafka, logLevel } from 'kafkajs';
import pg from 'pg';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { probeRecordedEvent } from '../domain/ops/events';
import { loadConfig } from '../platform/config';
import { temporalDataConverter } from '../platform/temporal';
import { commandFor, ourProcesses } from '../stack/processes';
import { fetchApi } from './support/openapi-conformance';
import { loginAs, type StaffLogin } from './support/staff-login';

// One trace id spans the API, the workflow's activities and a Kafka consumer, on the real engines. The path is
// the stack probe: the API starts the probe workflow, its activity writes a row and an outbox event, the relay
// publishes it to Kafka, the ops-probe-consumer signals the workflow.
//
// The test runs its own copy of the API (the stack's command, telemetry preload included) with OTLP export to a
// receiver inside the test, and checks the spans that copy really exported. It does not run copies of the ops
// worker or the probe consumer: a second copy would race the stack's for the "ops" task queue and for the
// consumer group's partitions, so whichever copy won would decide what the test could see. For those hops it
// reads the trace context each process put on the wire instead, which the engines keep: Temporal records the
// headers of the workflow start (the API's span), of each activity schedule (the workflow's) and of the signal
// (the consumer's, sent from inside its consumer span); the activity stores its context with the outbox row;
// Kafka carries it in the message headers. The stack's processes must run the current code (restart the stack
// after pulling).

interface ExportedSpan {
  service: string;
  name: string;
  kind: number;
  traceId: string;
  spanId: string;
  parentSpanId?: string;
}

/** An OTLP/HTTP JSON receiver: what `OTLPTraceExporter` (exporter-trace-otlp-http) posts to `/v1/traces`. */
async function startOtlpReceiver(): Promise<{ url: string; spans: ExportedSpan[]; close: () => Promise<void> }> {
  const spans: ExportedSpan[] = [];
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      if (req.url === '/v1/traces' && req.headers['content-type']?.startsWith('application/json')) {
        const body = JSON.parse(Buffer.concat(chunks).toString('utf8')) as {
          resourceSpans: {
            resource: { attributes: { key: string; value: { stringValue?: string } }[] };
            scopeSpans: { spans: Omit<ExportedSpan, 'service'>[] }[];
          }[];
        };
        for (const { resource, scopeSpans } of body.resourceSpans) {
          const service = resource.attributes.find((a) => a.key === 'service.name')?.value.stringValue ?? '';
          for (const scope of scopeSpans) for (const span of scope.spans) spans.push({ ...span, service });
        }
      }
      res.writeHead(200, { 'content-type': 'application/json' }).end('{}');
    });
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    spans,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

async function freePort(): Promise<number> {
  const server = http.createServer().listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

async function eventually<T>(what: string, probe: () => Promise<T | undefined> | T | undefined, ms = 30_000) {
  const deadline = Date.now() + ms;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

const W3C = /^00-([0-9a-f]{32})-([0-9a-f]{16})-[0-9a-f]{2}$/;

/** Trace and span id of a W3C traceparent. */
function parseTraceparent(traceparent: unknown): { traceId: string; spanId: string } {
  const match = typeof traceparent === 'string' ? W3C.exec(traceparent) : null;
  if (!match) throw new Error(`not a W3C traceparent: ${JSON.stringify(traceparent)}`);
  return { traceId: match[1]!, spanId: match[2]! };
}

/** The trace context that the OpenTelemetry interceptors put into a Temporal header (`_tracer-data`). */
function tracerDataOf(header: { fields?: Record<string, Payload> | null } | null | undefined) {
  const payload = header?.fields?.['_tracer-data'];
  if (!payload) throw new Error('the Temporal header carries no trace context');
  return parseTraceparent(defaultPayloadConverter.fromPayload<{ traceparent?: string }>(payload).traceparent);
}

const db = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 2 });
let receiver: Awaited<ReturnType<typeof startOtlpReceiver>>;
let api: ChildProcess;
let apiUrl: string;
const apiLogLines: Record<string, unknown>[] = [];
let temporal: Client;
let ops: StaffLogin;

beforeAll(async () => {
  receiver = await startOtlpReceiver();
  const port = await freePort();
  apiUrl = `http://127.0.0.1:${port}`;
  const { command, args } = commandFor(ourProcesses.find((p) => p.name === 'api')!);
  api = spawn(command, args, {
    env: {
      ...process.env,
      API_HOST: '127.0.0.1',
      API_PORT: String(port),
      PROCESS_NAME: 'api-tracing-test',
      OTEL_EXPORTER_OTLP_ENDPOINT: receiver.url,
      OTEL_BSP_SCHEDULE_DELAY: '100',
    },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let pending = '';
  api.stdout!.on('data', (chunk: Buffer) => {
    const lines = (pending + chunk.toString('utf8')).split('\n');
    pending = lines.pop()!;
    for (const line of lines) if (line.startsWith('{')) apiLogLines.push(JSON.parse(line) as Record<string, unknown>);
  });
  // As long as the stack gives a freshly spawned API process (stack/stack.ts).
  await eventually('the API copy to listen', () => apiLogLines.some((l) => l.msg === 'listening') || undefined, 90_000);
  const connection = await Connection.connect({ address: process.env.TEMPORAL_ADDRESS });
  temporal = new Client({ connection, dataConverter: temporalDataConverter(loadConfig()) });
  ops = await loginAs(db, 'tracing', ['payments_ops'], apiUrl);
}, 120_000);

afterAll(async () => {
  if (api && api.exitCode === null) {
    api.kill('SIGTERM');
    await once(api, 'exit');
  }
  await receiver?.close();
  await temporal?.connection.close();
  await db.end();
});

it('follows one trace id from the API through the workflow and its activities to the Kafka consumer', async () => {
  // A consumer of our own (its own group, so it takes nothing from the stack's) reads the event as Kafka has it.
  const kafka = new Kafka({ brokers: process.env.KAFKA_BROKERS!.split(','), logLevel: logLevel.NOTHING });
  const readerGroup = `tracing-test-${Date.now()}`;
  const reader = kafka.consumer({ groupId: readerGroup });
  const headersByKey = new Map<string, Record<string, string>>();
  await reader.connect();
  await reader.subscribe({ topic: probeRecordedEvent.topic, fromBeginning: true });
  await reader.run({
    eachMessage: async ({ message }) => {
      const headers = Object.fromEntries(
        Object.entries(message.headers ?? {}).map(([key, value]) => [key, String(value)]),
      );
      headersByKey.set(message.key?.toString() ?? '', headers);
    },
  });

  try {
    // 1. The API: the answer names the trace, the request is logged with it, and the copy exported its spans.
    const started = await fetchApi(`${apiUrl}/api/ops/probes`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...ops.headers },
      body: '{}',
    });
    expect(started.status).toBe(202);
    const traceId = started.headers.get('x-trace-id')!;
    expect(traceId).toMatch(/^[0-9a-f]{32}$/);
    const { probeId, workflowId } = (await started.json()) as { probeId: string; workflowId: string };

    const finished = await eventually(
      'the probe to finish',
      async () => {
        const view = (await (
          await fetchApi(`${apiUrl}/api/ops/probes/${probeId}`, { headers: ops.headers })
        ).json()) as {
          workflowStatus: string;
        };
        return view.workflowStatus === 'RUNNING' ? undefined : view;
      },
      90_000,
    );
    expect(finished.workflowStatus).toBe('COMPLETED');

    expect(apiLogLines).toContainEqual(
      expect.objectContaining({
        level: 30,
        msg: 'request',
        method: 'POST',
        path: '/api/ops/probes',
        status: 202,
        requestId: started.headers.get('x-request-id'),
        trace_id: traceId,
      }),
    );
    const apiSpans = await eventually('the API spans of the trace', () => {
      const spans = receiver.spans.filter((s) => s.traceId === traceId && s.service === 'api');
      return spans.some((s) => s.name === 'StartWorkflow:stackProbeWorkflow') ? spans : undefined;
    });
    const serverSpan = apiSpans.find((s) => s.kind === 2 && !s.parentSpanId); // SERVER, the trace's root
    expect(serverSpan?.name).toMatch(/^POST/);
    const startSpan = apiSpans.find((s) => s.name === 'StartWorkflow:stackProbeWorkflow')!;
    expect(apiSpans.some((s) => s.service === 'api' && /^pg\./.test(s.name))).toBe(true); // the audit write

    // 2. Temporal: the workflow was started from the API's span, and it scheduled its activities within the trace.
    const { events } = await temporal.workflow.getHandle(workflowId).fetchHistory();
    const startedEvent = events!.find((e) => e.workflowExecutionStartedEventAttributes)!;
    expect(tracerDataOf(startedEvent.workflowExecutionStartedEventAttributes!.header)).toEqual({
      traceId,
      spanId: startSpan.spanId,
    });
    const scheduled = events!.filter((e) => e.activityTaskScheduledEventAttributes);
    expect(scheduled.map((e) => e.activityTaskScheduledEventAttributes!.activityType?.name)).toEqual([
      'recordProbe',
      'completeProbe',
    ]);
    for (const event of scheduled) {
      expect(tracerDataOf(event.activityTaskScheduledEventAttributes!.header).traceId).toBe(traceId);
    }

    // 3. The activity wrote its outbox event inside the trace (its own span: not the workflow's or the API's).
    const { rows } = await db.query<{ trace_context: { traceparent?: string } | null; event_id: string }>(
      `SELECT event_id, trace_context FROM outbox_events WHERE topic = $1 AND message_key = $2`,
      [probeRecordedEvent.topic, probeId],
    );
    expect(rows).toHaveLength(1);
    const writer = parseTraceparent(rows[0]!.trace_context?.traceparent);
    expect(writer.traceId).toBe(traceId);
    const scheduleSpanIds = scheduled.map((e) => tracerDataOf(e.activityTaskScheduledEventAttributes!.header).spanId);
    expect([startSpan.spanId, ...scheduleSpanIds]).not.toContain(writer.spanId);

    // The ops worker logged each activity within the trace, and the outbox writer's span is recordProbe's own.
    const activityLines = await eventually('the ops worker to log both activities of the trace', () => {
      const lines = readFileSync(path.join(process.env.STACK_LOG_DIR!, 'ops-worker.log'), 'utf8')
        .split('\n')
        .filter((line) => line.includes(traceId))
        .map((line) => JSON.parse(line) as { msg: string; activityType: string; workflowId: string; span_id: string });
      return lines.filter((l) => l.msg === 'activity completed').length >= 2 ? lines : undefined;
    });
    expect(activityLines).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ msg: 'activity completed', activityType: 'recordProbe', workflowId }),
        expect.objectContaining({ msg: 'activity completed', activityType: 'completeProbe', workflowId }),
      ]),
    );
    expect(activityLines.find((l) => l.activityType === 'recordProbe')!.span_id).toBe(writer.spanId);

    // 4. Kafka: the relay published the writer's context with the event, not a context of its own.
    const headers = await eventually('the event on Kafka', () => headersByKey.get(probeId));
    expect(headers).toMatchObject({ eventId: rows[0]!.event_id, traceparent: rows[0]!.trace_context!.traceparent });

    // 5. The consumer signalled the workflow from inside the trace: the signal's span is a new one of the same trace.
    const signalled = events!.filter((e) => e.workflowExecutionSignaledEventAttributes);
    expect(signalled.length).toBeGreaterThan(0);
    for (const event of signalled) {
      expect(event.workflowExecutionSignaledEventAttributes!.signalName).toBe('probeEventDelivered');
      const signal = tracerDataOf(event.workflowExecutionSignaledEventAttributes!.header);
      expect(signal.traceId).toBe(traceId);
      expect([startSpan.spanId, writer.spanId, ...scheduleSpanIds]).not.toContain(signal.spanId);
    }
  } finally {
    await reader.disconnect();
    // Leave no group behind: the Operations page and the drill list every group Kafka knows.
    const admin = kafka.admin();
    await admin.connect();
    await admin.deleteGroups([readerGroup]).catch(() => undefined);
    await admin.disconnect();
  }
});
