import { Client, Connection, type ConnectionOptions } from '@temporalio/client';
import type { DataConverter, PayloadCodec } from '@temporalio/common';
import { encodeSearchAttributeIndexedValueType } from '@temporalio/common/lib/search-attributes';
import { NativeConnection, type NativeConnectionOptions } from '@temporalio/worker';
import { readFileSync } from 'node:fs';
import { SearchAttribute } from '../contracts/search-attributes';
import type { Config } from './config';
import { EncryptionPayloadCodec } from './payload-codec';
import { loadPayloadKeyring } from './payload-keys';
import { tracingClientInterceptors } from './telemetry-temporal';

/** TLS and API-key settings shared by clients and workers; the same code talks to the dev server or Temporal Cloud. */
function connectionSecurity(config: Config): Pick<ConnectionOptions, 'tls' | 'apiKey'> {
  const clientCertPair =
    config.TEMPORAL_TLS_CERT_PATH && config.TEMPORAL_TLS_KEY_PATH
      ? { crt: readFileSync(config.TEMPORAL_TLS_CERT_PATH), key: readFileSync(config.TEMPORAL_TLS_KEY_PATH) }
      : undefined;
  const tls = clientCertPair ? { clientCertPair } : config.TEMPORAL_TLS || Boolean(config.TEMPORAL_API_KEY);
  return { tls, ...(config.TEMPORAL_API_KEY ? { apiKey: config.TEMPORAL_API_KEY } : {}) };
}

const dataConverters = new WeakMap<Config, DataConverter>();

/**
 * How every client and worker of ours turns values into Temporal payloads: the default JSON, then encrypted with the
 * payload codec, so Temporal stores ciphertext. One per configuration, so the key file is read once.
 */
export function temporalDataConverter(config: Config): DataConverter {
  let converter = dataConverters.get(config);
  if (!converter) {
    converter = { payloadCodecs: [new EncryptionPayloadCodec(loadPayloadKeyring(config))] };
    dataConverters.set(config, converter);
  }
  return converter;
}

/** The payload codec of `temporalDataConverter`, for the codec server that Temporal Web calls. */
export function payloadCodecOf(config: Config): PayloadCodec {
  return temporalDataConverter(config).payloadCodecs![0]!;
}

/** A Temporal client whose starts, signals, updates and queries carry the caller's trace context to the workflow. */
export async function connectTemporalClient(config: Config): Promise<Client> {
  const connection = await Connection.connect({ address: config.temporalAddress, ...connectionSecurity(config) });
  return new Client({
    connection,
    namespace: config.TEMPORAL_NAMESPACE,
    interceptors: tracingClientInterceptors(),
    dataConverter: temporalDataConverter(config),
  });
}

type GrpcInterceptor = NonNullable<ConnectionOptions['interceptors']>[number];

/** Gives every call without a deadline of its own (`withDeadline`) one `timeoutMs` from when it is made. */
function defaultDeadline(timeoutMs: number): GrpcInterceptor {
  // grpc-js types an interceptor's answer as its InterceptingCall class, yet chains any InterceptingCallInterface,
  // which is what nextCall gives: the call goes on unchanged but for its deadline.
  return (options, nextCall) =>
    nextCall({ ...options, deadline: options.deadline ?? Date.now() + timeoutMs }) as ReturnType<GrpcInterceptor>;
}

/**
 * A Temporal client for a process that must answer within a bound (the API): it connects on its first call, so
 * the process starts and serves without Temporal, and every call has a deadline of `callTimeoutMs` unless the
 * caller sets a tighter one. It leaves out the SDK's retries of an unreachable server: their backoff sleeps past
 * any deadline, and a request is better answered at once with a 503 and Retry-After, which its caller retries.
 */
export function lazyTemporalClient(config: Config, callTimeoutMs: number): Client {
  const connection = Connection.lazy({
    address: config.temporalAddress,
    ...connectionSecurity(config),
    interceptors: [defaultDeadline(callTimeoutMs)],
  });
  return new Client({
    connection,
    namespace: config.TEMPORAL_NAMESPACE,
    interceptors: tracingClientInterceptors(),
    dataConverter: temporalDataConverter(config),
  });
}

export function connectTemporalWorker(config: Config): Promise<NativeConnection> {
  return NativeConnection.connect({
    address: config.temporalAddress,
    ...(connectionSecurity(config) as Pick<NativeConnectionOptions, 'tls' | 'apiKey'>),
  });
}

/**
 * Adds the custom search attributes that are missing on the namespace. Temporal Cloud manages them in its own
 * console and refuses this call; there the error says which attributes to add.
 */
export async function registerSearchAttributes(client: Client, namespace: string): Promise<string[]> {
  const existing = await client.connection.operatorService.listSearchAttributes({ namespace });
  const missing = Object.values(SearchAttribute).filter((key) => !(key.name in (existing.customAttributes ?? {})));
  if (missing.length === 0) return [];
  await client.connection.operatorService.addSearchAttributes({
    namespace,
    searchAttributes: Object.fromEntries(
      missing.map((key) => [key.name, encodeSearchAttributeIndexedValueType(key.type)!]),
    ),
  });
  return missing.map((key) => key.name);
}

/** Deep link to a workflow in Temporal Web. */
export function temporalWebLink(config: Config, workflowId: string): string {
  return `${config.temporalWebUrl}/namespaces/${encodeURIComponent(config.TEMPORAL_NAMESPACE)}/workflows/${encodeURIComponent(workflowId)}`;
}
