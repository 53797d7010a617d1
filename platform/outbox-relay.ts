import { SpanKind, SpanStatusCode, type Link } from '@opentelemetry/api';
import type { Message, Producer } from 'kafkajs';
import type { Db } from './db';
import { unavailableEngineOf } from './engine-errors';
import type { Logger } from './logger';
import { setReadiness } from './metrics';
import { reconnectDelayMs } from './reconnect';
import { backofficeTracer } from './telemetry';
import { linkToStoredContext, traceHeadersOf } from './telemetry-kafka';

// One relay publishes at a time (others stand by), so events leave in commit order and a player's events keep
// their order on their partition.
const RELAY_LOCK_ID = 0x0_0b_0c_5e_1a;
const BATCH_SIZE = 500;
// A batch span links to at most this many writers (the first ones, in id order): 128 is OpenTelemetry's default
// span link limit (OTEL_SPAN_LINK_COUNT_LIMIT), which SDK 2 enforces and collectors and backends may apply too, so
// a full batch's 500 links would be cut somewhere we do not choose. Every event keeps its own context in its
// headers regardless; the span says how many writers it left out.
const MAX_WRITER_LINKS = 128;
// Adaptive polling instead of LISTEN/NOTIFY: a NOTIFY per outbox row serialises every committing transaction
// (measured: -57 % commits/s at 16 clients). Busy, the relay comes back at once after a full batch, else after
// 50 ms, so that Kafka gets fewer, larger produce requests; idle, every 200 ms.
const BUSY_POLL_MS = 50;
const IDLE_POLL_MS = 200;

interface OutboxRow {
  id: number;
  event_id: string;
  event_type: string;
  topic: string;
  message_key: string;
  payload: string;
  /** The writer's W3C trace context (migrations/*_outbox-trace-context.sql), or null. */
  trace_context: unknown;
}

/**
 * Publishes outbox rows to Kafka in id order and stamps them published. A crash between the send and the stamp
 * publishes the batch again on restart: delivery is at least once and consumers dedupe by event id.
 */
export class OutboxRelay {
  private wake?: () => void;

  constructor(
    private readonly db: Db,
    private readonly producer: Producer,
    private readonly logger: Logger,
  ) {}

  /** Publishes one batch; returns how many events it sent (0 when idle or another relay holds the lock). */
  async publishBatch(): Promise<number> {
    const client = await this.db.connect();
    try {
      await client.query('BEGIN');
      const lock = await client.query('SELECT pg_try_advisory_xact_lock($1) AS locked', [RELAY_LOCK_ID]);
      if (!lock.rows[0].locked) {
        await client.query('ROLLBACK');
        return 0;
      }
      const { rows } = await client.query<OutboxRow>(
        `SELECT id, event_id, event_type, topic, message_key, payload::TEXT AS payload, trace_context FROM outbox_events
         WHERE published_at IS NULL ORDER BY id LIMIT $1`,
        [BATCH_SIZE],
      );
      if (rows.length === 0) {
        await client.query('ROLLBACK');
        return 0;
      }
      const byTopic = new Map<string, Message[]>();
      const writers: Link[] = [];
      let unlinkedWriters = 0;
      for (const row of rows) {
        const messages = byTopic.get(row.topic) ?? [];
        messages.push({
          key: row.message_key,
          value: row.payload, // as stored: no parse and re-serialise on the way through
          // The writer's trace context, not the relay's: see platform/telemetry-kafka.ts.
          headers: { eventId: row.event_id, eventType: row.event_type, ...traceHeadersOf(row.trace_context) },
        });
        byTopic.set(row.topic, messages);
        const writer = writers.length < MAX_WRITER_LINKS ? linkToStoredContext(row.trace_context) : undefined;
        if (writer) writers.push(writer);
        else if (row.trace_context !== null) unlinkedWriters += 1;
      }
      await this.sendTraced(rows.length, writers, unlinkedWriters, () =>
        this.producer.sendBatch({
          acks: -1,
          topicMessages: [...byTopic].map(([topic, messages]) => ({ topic, messages })),
        }),
      );
      await client.query('UPDATE outbox_events SET published_at = now() WHERE id = ANY($1)', [rows.map((r) => r.id)]);
      await client.query('COMMIT');
      return rows.length;
    } catch (err) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw err;
    } finally {
      client.release();
    }
  }

  /**
   * Sends a batch inside a span of its own: a batch carries the events of many traces, so the span links to each
   * writer's context (the events themselves keep theirs in their headers) instead of joining any one trace.
   */
  private sendTraced(count: number, writers: Link[], unlinked: number, send: () => Promise<unknown>): Promise<void> {
    const attributes = {
      'messaging.system': 'kafka',
      'messaging.batch.message_count': count,
      ...(unlinked > 0 ? { 'backoffice.outbox.unlinked_writers': unlinked } : {}),
    };
    return backofficeTracer().startActiveSpan(
      'outbox publish',
      { kind: SpanKind.PRODUCER, root: true, links: writers, attributes },
      async (span) => {
        try {
          await send();
        } catch (err) {
          span.recordException(err as Error);
          span.setStatus({ code: SpanStatusCode.ERROR, message: (err as Error).message });
          throw err;
        } finally {
          span.end();
        }
      },
    );
  }

  /**
   * Publishes until `shutdown` aborts. A batch that fails (Kafka or Postgres down) is tried again after a backoff
   * of 0.5 s doubling to 5 s, and `/ready` says which engine the relay waits for; events wait in the outbox
   * meanwhile and leave in order once both engines answer.
   */
  async run(shutdown: AbortSignal): Promise<void> {
    shutdown.addEventListener('abort', () => this.wake?.(), { once: true });
    let failures = 0;
    while (!shutdown.aborted) {
      let sent: number;
      try {
        sent = await this.publishBatch();
        if (sent > 0) this.logger.debug({ sent }, 'published outbox events');
        if (failures > 0) this.logger.info({ failures }, 'outbox publishing again');
        failures = 0;
        setReadiness({ ready: true, state: 'publishing the outbox', engines: { postgres: 'up', kafka: 'up' } });
      } catch (err) {
        const engine = unavailableEngineOf(err);
        // One line per outage at error, then quietly: an hour-long outage must not flood the log.
        if (failures === 0) this.logger.error({ err, engine }, 'outbox batch failed; retrying');
        else this.logger.debug({ err, engine, failures }, 'outbox batch failed again');
        failures += 1;
        setReadiness({
          ready: false,
          state: `waiting for ${engine ?? 'a failing batch'}`,
          ...(engine ? { engines: { [engine]: 'down' } } : {}),
        });
        sent = -1;
      }
      if (sent === BATCH_SIZE || shutdown.aborted) continue;
      await this.sleep(sent > 0 ? BUSY_POLL_MS : sent === 0 ? IDLE_POLL_MS : reconnectDelayMs(failures));
    }
  }

  private sleep(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const timer = setTimeout(resolve, ms);
      this.wake = () => {
        clearTimeout(timer);
        resolve();
      };
    });
  }
}
