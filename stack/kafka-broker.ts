import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { ProcessSpec } from './supervisor';
import { runWithProgress, step } from './progress';

/** Apache Kafka release the local broker runs; its jars come from Maven Central through stack/kafka/pom.xml. */
export const KAFKA_VERSION = '3.9.1';

const POM = path.resolve(__dirname, 'kafka', 'pom.xml');

function libsDir(cacheDir: string): string {
  return path.join(cacheDir, `kafka-${KAFKA_VERSION}`, 'libs');
}

/** Resolves the broker's jars once into the user cache (about 35 s and 60 MB the first time). */
export async function ensureKafkaJars(cacheDir: string): Promise<string> {
  const libs = libsDir(cacheDir);
  if (existsSync(libs) && readdirSync(libs).some((f) => f.startsWith(`kafka_2.13-${KAFKA_VERSION}`))) return libs;
  const progress = step(`Fetching Apache Kafka ${KAFKA_VERSION} broker jars from Maven Central (first run only)`);
  const staging = `${libs}.partial`;
  await runWithProgress(
    'mvn',
    ['-B', '-f', POM, 'dependency:copy-dependencies', '-DincludeScope=runtime', `-DoutputDirectory=${staging}`],
    progress.update,
  );
  mkdirSync(path.dirname(libs), { recursive: true });
  renameSync(staging, libs);
  progress.done(libs);
  return libs;
}

/** Writes a one-node KRaft configuration and formats the log directory the first time. */
export async function prepareKafkaBroker(options: {
  cacheDir: string;
  dataDir: string;
  port: number;
}): Promise<ProcessSpec> {
  const libs = await ensureKafkaJars(options.cacheDir);
  const dir = path.join(options.dataDir, 'kafka');
  const logDirs = path.join(dir, 'data');
  mkdirSync(dir, { recursive: true });
  const properties = path.join(dir, 'server.properties');
  const controllerPort = options.port + 1;
  writeFileSync(
    properties,
    [
      'process.roles=broker,controller',
      'node.id=1',
      `controller.quorum.voters=1@127.0.0.1:${controllerPort}`,
      `listeners=PLAINTEXT://127.0.0.1:${options.port},CONTROLLER://127.0.0.1:${controllerPort}`,
      `advertised.listeners=PLAINTEXT://127.0.0.1:${options.port}`,
      'listener.security.protocol.map=PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT',
      'controller.listener.names=CONTROLLER',
      'inter.broker.listener.name=PLAINTEXT',
      `log.dirs=${logDirs}`,
      'num.partitions=3',
      // One node: every internal topic must live with a single replica.
      'offsets.topic.replication.factor=1',
      'transaction.state.log.replication.factor=1',
      'transaction.state.log.min.isr=1',
      'share.coordinator.state.topic.replication.factor=1',
      'default.replication.factor=1',
      'min.insync.replicas=1',
      // Consumers join at once instead of waiting 3 s for more members.
      'group.initial.rebalance.delay.ms=0',
      'auto.create.topics.enable=false',
      'log.retention.hours=168',
      'log.segment.bytes=67108864',
      '',
    ].join('\n'),
  );
  const log4j = path.join(dir, 'log4j.properties');
  writeFileSync(
    log4j,
    [
      'log4j.rootLogger=WARN, stdout',
      'log4j.logger.kafka.server.KafkaServer=INFO',
      'log4j.logger.kafka.server.KafkaRaftServer=INFO',
      'log4j.appender.stdout=org.apache.log4j.ConsoleAppender',
      'log4j.appender.stdout.layout=org.apache.log4j.PatternLayout',
      'log4j.appender.stdout.layout.ConversionPattern=[%d] %p %m (%c)%n',
      '',
    ].join('\n'),
  );
  const classpath = `${libs}/*`;
  const jvm = ['-Xms128m', '-Xmx512m', '-XX:+UseG1GC', `-Dlog4j.configuration=file:${log4j}`, '-cp', classpath];
  if (!existsSync(path.join(logDirs, 'meta.properties'))) {
    // A cluster id is 16 random bytes in base64url, as Kafka's own Uuid.randomUuid makes it, and like it never
    // starting with '-': the storage tool would read such an id as an option and refuse to format (one id in 64).
    let clusterId = randomBytes(16).toString('base64url');
    while (clusterId.startsWith('-')) clusterId = randomBytes(16).toString('base64url');
    await runWithProgress('java', [...jvm, 'kafka.tools.StorageTool', 'format', '-t', clusterId, '-c', properties]);
  }
  return { name: 'kafka', command: 'java', args: [...jvm, 'kafka.Kafka', properties], restart: true, engine: true };
}
