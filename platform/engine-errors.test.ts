import { ServiceError } from '@temporalio/client';
import { KafkaJSConnectionError, KafkaJSNumberOfRetriesExceeded, KafkaJSProtocolError } from 'kafkajs';
import { unavailableEngineOf } from './engine-errors';

/** A gRPC status error as @grpc/grpc-js raises it (code, details, metadata). */
function grpcError(code: number, details: string): Error {
  return Object.assign(new Error(`${code} ${details}`), { code, details, metadata: {} });
}

const withCode = (message: string, code: string) => Object.assign(new Error(message), { code });

describe('unavailableEngineOf', () => {
  it.each([
    ['gRPC UNAVAILABLE', grpcError(14, 'No connection established')],
    ['gRPC DEADLINE_EXCEEDED', grpcError(4, 'Deadline exceeded')],
    ['a ServiceError wrapping one', new ServiceError('Failed to start', { cause: grpcError(14, 'unavailable') })],
  ])('says Temporal for %s', (_what, err) => {
    expect(unavailableEngineOf(err)).toBe('temporal');
  });

  it.each([
    ['a refused connection', withCode('connect ECONNREFUSED 127.0.0.1:54329', 'ECONNREFUSED')],
    ['a server shutting down (57P01)', withCode('terminating connection due to administrator command', '57P01')],
    ['a server starting up (57P03)', withCode('the database system is starting up', '57P03')],
    ['a statement timeout (57014)', withCode('canceling statement due to statement timeout', '57014')],
    ['the pool waiting in vain', new Error('timeout exceeded when trying to connect')],
    ['a socket closed under a query', new Error('Connection terminated unexpectedly')],
    ['a frozen server', new Error('Query read timeout')],
  ])('says Postgres for %s', (_what, err) => {
    expect(unavailableEngineOf(err)).toBe('postgres');
  });

  it.each([
    ['a broker that refuses', new KafkaJSConnectionError('Connection error: connect ECONNREFUSED')],
    [
      'retries given up',
      new KafkaJSNumberOfRetriesExceeded(new KafkaJSConnectionError('refused'), { retryCount: 5, retryTime: 3000 }),
    ],
  ])('says Kafka for %s', (_what, err) => {
    expect(unavailableEngineOf(err)).toBe('kafka');
  });

  it("says which engine failed a Kafka consumer's handler, once kafkajs gave up retrying it", () => {
    const refused = withCode('connect ECONNREFUSED 127.0.0.1:54329', 'ECONNREFUSED');
    const gaveUp = new KafkaJSNumberOfRetriesExceeded(refused, { retryCount: 5, retryTime: 3000 });
    expect(unavailableEngineOf(gaveUp)).toBe('postgres');
    const business = new KafkaJSNumberOfRetriesExceeded(new Error('bad event'), { retryCount: 5, retryTime: 3000 });
    expect(unavailableEngineOf(business)).toBeUndefined();
  });

  it.each([
    ['a business error', new Error('no player pl_1')],
    ['a constraint violation', withCode('duplicate key value violates unique constraint', '23505')],
    ['gRPC NOT_FOUND', grpcError(5, 'workflow not found')],
    ['a Kafka protocol refusal', new KafkaJSProtocolError('This server does not host this topic-partition')],
    ['not an error at all', 'ECONNREFUSED'],
  ])('says nothing for %s', (_what, err) => {
    expect(unavailableEngineOf(err)).toBeUndefined();
  });
});
