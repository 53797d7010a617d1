import { z } from 'zod';
import type { Queryable } from './db';
import { activeTraceCarrier } from './telemetry-kafka';

/** A versioned event contract: the topic it travels on and the zod schema its payload must match at both ends. */
export interface EventDefinition<P extends z.ZodType> {
  topic: string;
  type: string;
  version: number;
  payload: P;
}

export function defineEvent<P extends z.ZodType>(definition: EventDefinition<P>): EventDefinition<P> {
  return definition;
}

/** The JSON every Kafka message carries; `key` (usually the player id) is also the Kafka message key. */
export const eventEnvelopeSchema = z.object({
  eventId: z.uuid(),
  type: z.string().min(1),
  version: z.number().int().positive(),
  occurredAt: z.iso.datetime(),
  key: z.string().min(1),
  payload: z.unknown(),
});
export type EventEnvelope = z.infer<typeof eventEnvelopeSchema>;

/**
 * Writes an event to the transactional outbox. Call it with the transaction client of the state change it
 * announces, so the event exists exactly when the change does. The envelope is built by `outbox_write`
 * (sql/functions/outbox_write.sql), the one writer of the outbox that the SQL money moves use too; the active
 * trace context goes with it, so that the consumers' work joins the trace of the request or activity that wrote it.
 */
export async function appendOutboxEvent<P extends z.ZodType>(
  tx: Queryable,
  definition: EventDefinition<P>,
  key: string,
  payload: z.input<P>,
): Promise<EventEnvelope> {
  const event = {
    topic: definition.topic,
    type: definition.type,
    version: definition.version,
    key,
    payload: definition.payload.parse(payload),
    traceContext: activeTraceCarrier() ?? null,
  };
  const { rows } = await tx.query<{ envelope: unknown }>('SELECT outbox_write($1) AS envelope', [
    JSON.stringify([event]),
  ]);
  return eventEnvelopeSchema.parse(rows[0]!.envelope);
}

/** Thrown when a consumed message does not match its event contract. */
export class InvalidEventError extends Error {
  constructor(
    readonly topic: string,
    readonly reason: string,
  ) {
    super(`invalid event on ${topic}: ${reason}`);
    this.name = 'InvalidEventError';
  }
}

/** Parses a Kafka message value against `definition`; returns undefined for other event types on the same topic. */
export function parseEvent<P extends z.ZodType>(
  definition: EventDefinition<P>,
  value: Buffer | null,
): (EventEnvelope & { payload: z.output<P> }) | undefined {
  if (!value) throw new InvalidEventError(definition.topic, 'empty message');
  const envelope = eventEnvelopeSchema.safeParse(JSON.parse(value.toString('utf8')));
  if (!envelope.success) throw new InvalidEventError(definition.topic, envelope.error.message);
  if (envelope.data.type !== definition.type) return undefined;
  if (envelope.data.version !== definition.version) {
    throw new InvalidEventError(definition.topic, `unsupported version ${envelope.data.version} of ${definition.type}`);
  }
  const payload = definition.payload.safeParse(envelope.data.payload);
  if (!payload.success) throw new InvalidEventError(definition.topic, payload.error.message);
  return { ...envelope.data, payload: payload.data };
}
