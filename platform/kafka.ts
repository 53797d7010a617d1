import { Kafka, logLevel, Partitioners, type KafkaConfig, type LogEntry, type SASLOptions } from 'kafkajs';
import type { Config } from './config';
import type { Logger } from './logger';

const levels: Record<number, 'error' | 'warn' | 'info' | 'debug'> = {
  [logLevel.ERROR]: 'error',
  [logLevel.WARN]: 'warn',
  [logLevel.INFO]: 'info',
  [logLevel.DEBUG]: 'debug',
};

/** A kafkajs client for the configured brokers (SSL and SASL as configured), logging through pino. */
export function createKafka(config: Config, logger?: Logger, overrides: Partial<KafkaConfig> = {}): Kafka {
  const sasl: SASLOptions | undefined = config.KAFKA_SASL_MECHANISM
    ? ({
        mechanism: config.KAFKA_SASL_MECHANISM,
        username: config.KAFKA_SASL_USERNAME ?? '',
        password: config.KAFKA_SASL_PASSWORD ?? '',
      } as SASLOptions)
    : undefined;
  return new Kafka({
    clientId: `${config.KAFKA_CLIENT_ID}-${process.env.PROCESS_NAME ?? 'cli'}`,
    brokers: config.kafkaBrokers,
    ssl: config.KAFKA_SSL,
    sasl,
    connectionTimeout: 3000,
    logLevel: logLevel.WARN,
    logCreator:
      () =>
      ({ level, log }: LogEntry) => {
        const { message, ...extra } = log;
        logger?.[levels[level] ?? 'info']({ kafka: extra }, message);
      },
    ...overrides,
  });
}

/** The idempotent producer: no duplicates from its own retries, and per-key order kept with one request in flight. */
export function createIdempotentProducer(kafka: Kafka) {
  return kafka.producer({
    idempotent: true,
    maxInFlightRequests: 1,
    createPartitioner: Partitioners.DefaultPartitioner,
  });
}

/** A topic and its partition count; partitions are keyed by player id so one player's events stay ordered. */
export interface TopicSpec {
  topic: string;
  numPartitions: number;
}

/** Creates the topics that do not exist yet, with the cluster's default replication factor. */
export async function ensureTopics(kafka: Kafka, topics: readonly TopicSpec[]): Promise<string[]> {
  const admin = kafka.admin();
  await admin.connect();
  try {
    const existing = new Set(await admin.listTopics());
    const missing = topics.filter((t) => !existing.has(t.topic));
    if (missing.length > 0) await admin.createTopics({ topics: [...missing], waitForLeaders: true });
    return missing.map((t) => t.topic);
  } finally {
    await admin.disconnect();
  }
}
