import { isGrpcServiceError, WorkflowUpdateRPCTimeoutOrCancelledError } from '@temporalio/client';
import { types } from 'node:util';
import {
  KafkaJSBrokerNotFound,
  KafkaJSConnectionError,
  KafkaJSNumberOfRetriesExceeded,
  KafkaJSRequestTimeoutError,
} from 'kafkajs';

/** The engines a process of ours depends on, named as the stack names them (stack/engine-outage.ts). */
export type Engine = 'temporal' | 'postgres' | 'kafka';

// gRPC status codes (@grpc/grpc-js `status`): the server cannot be reached, or did not answer before the deadline.
const GRPC_DEADLINE_EXCEEDED = 4;
const GRPC_UNAVAILABLE = 14;

// SQLSTATEs of a server that is going away or not there yet: admin_shutdown, crash_shutdown, cannot_connect_now,
// the connection_exception class, too_many_connections, and query_canceled (our statement_timeout: an engine too
// slow to answer within the API's bound is, for the caller, an engine that is not there).
const UNAVAILABLE_SQLSTATES = new Set([
  '57P01',
  '57P02',
  '57P03',
  '08000',
  '08001',
  '08003',
  '08004',
  '08006',
  '53300',
]);
const QUERY_CANCELED = '57014';
const SOCKET_ERRORS = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  'EHOSTUNREACH',
  'ENOTFOUND',
  'EAI_AGAIN',
]);
// node-postgres reports these without a code: the pool's connectionTimeoutMillis, the client's query_timeout, a
// socket closed under a query, and a client used after its connection broke.
const PG_CONNECTION_MESSAGES =
  /^(Connection terminated|timeout exceeded when trying to connect|Query read timeout|Client has encountered a connection error)/;

/** An Error from any realm: Node's own errors (a refused socket) are not `instanceof` a sandbox's Error (Jest's). */
const isError = (value: unknown): value is Error => value instanceof Error || types.isNativeError(value);

function causes(err: unknown): unknown[] {
  const chain: unknown[] = [];
  for (let current = err; isError(current) && chain.length < 8; current = current.cause) chain.push(current);
  return chain;
}

function isTemporalUnavailable(err: unknown): boolean {
  return causes(err).some(
    (e) => isGrpcServiceError(e) && (e.code === GRPC_UNAVAILABLE || e.code === GRPC_DEADLINE_EXCEEDED),
  );
}

// A broker that cannot be reached, or answers too late.
const KAFKA_UNAVAILABLE = [KafkaJSConnectionError, KafkaJSRequestTimeoutError, KafkaJSBrokerNotFound];

function isKafkaUnavailable(err: unknown): boolean {
  return causes(err).some((e) => KAFKA_UNAVAILABLE.some((type) => e instanceof type));
}

function isPostgresUnavailable(err: unknown): boolean {
  if (!isError(err)) return false;
  const code = (err as NodeJS.ErrnoException).code;
  if (code && (UNAVAILABLE_SQLSTATES.has(code) || code === QUERY_CANCELED || SOCKET_ERRORS.has(code))) return true;
  return PG_CONNECTION_MESSAGES.test(err.message);
}

/**
 * Which engine's absence an error reports (unreachable, restarting, or too slow to answer within our bound), or
 * undefined for any other error. Temporal's and Kafka's clients wrap their transport errors in their own types, so
 * a bare socket error or a connection-class SQLSTATE can only come from node-postgres.
 */
export function unavailableEngineOf(err: unknown): Engine | undefined {
  // kafkajs gives up on a consumer's handler (or its own request) with the last error as the cause: that one says.
  if (err instanceof KafkaJSNumberOfRetriesExceeded) return unavailableEngineOf(err.cause);
  if (isTemporalUnavailable(err)) return 'temporal';
  if (isKafkaUnavailable(err)) return 'kafka';
  if (isPostgresUnavailable(err)) return 'postgres';
  return undefined;
}

/**
 * True for a Temporal Update whose call ended without an answer (its deadline passed, or the call was cancelled as
 * the server or the connection went away): the Update may or may not have been accepted.
 */
export function isUnansweredTemporalUpdate(err: unknown): boolean {
  return causes(err).some((e) => e instanceof WorkflowUpdateRPCTimeoutOrCancelledError);
}
