import path from 'node:path';
import pg from 'pg';
import { seedDemoStaff } from '../domain/admin/demo-staff';
import { importDefaultListsWhereMissing } from '../domain/kyc/screening/list-import';
import { domains } from '../domains';
import { requirePlayerTokenSettings, type Config } from '../platform/config';
import { createPool, ensureDatabase } from '../platform/db';
import { createKafka, ensureTopics } from '../platform/kafka';
import { ensureDevPayloadKeys, loadPayloadKeyring } from '../platform/payload-keys';
import { connectTemporalClient, registerSearchAttributes } from '../platform/temporal';
import { ensureAdminUiBuilt } from './admin-ui-build';
import { prepareKafkaBroker } from './kafka-broker';
import { runMigrations } from './migrate';
import { isPortOpen } from './net';
import { EMBEDDED_DATABASE, embeddedServerUrl, preparePostgresServer } from './postgres-server';
import { readProcessState } from './process-state';
import { commandFor, metricsPortOf, ourProcesses } from './processes';
import { info, step, waitFor } from './progress';
import type { Engine } from './engine-outage';
import { Supervisor } from './supervisor';
import { bundleWorkflows } from './workflow-bundle';
import { prepareTemporalDevServer } from './temporal-server';

/** Thrown when an engine the configuration names explicitly does not answer; names the variable to fix. */
export class DependencyUnreachableError extends Error {
  constructor(
    readonly variable: string,
    readonly value: string,
    readonly reason: string,
  ) {
    super(`${variable}=${value} does not answer: ${reason}`);
    this.name = 'DependencyUnreachableError';
  }
}

/** What a bring-up started; `stop` ends exactly that and leaves what was already running alone. */
export interface RunningStack {
  apiUrl: string;
  logDir: string;
  started: string[];
  reused: string[];
  stop: () => Promise<void>;
}

/** An address with its password masked, for logs and messages. */
export const redactPassword = (address: string) => address.replace(/:[^:@/]*@/, ':***@');

/** Where the API answers on this machine (a wildcard bind is reached on loopback). */
export function apiUrlOf(config: Config): string {
  return `http://${config.API_HOST === '0.0.0.0' ? '127.0.0.1' : config.API_HOST}:${config.API_PORT}`;
}

export function logDirOf(config: Config): string {
  return path.join(config.STACK_DATA_DIR, 'logs');
}

export function pidDirOf(config: Config): string {
  return path.join(config.STACK_DATA_DIR, 'run');
}

export function createStackSupervisor(config: Config): Supervisor {
  return new Supervisor(logDirOf(config), pidDirOf(config), (message) => info(`⟳ ${message}`));
}

async function postgresAnswers(url: string): Promise<boolean> {
  // A busy database may take a few seconds to accept a connection; one that refuses it answers at once.
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 10_000 });
  try {
    await client.connect();
    await client.query('SELECT 1');
    return true;
  } finally {
    await client.end().catch(() => undefined);
  }
}

async function temporalAnswers(config: Config): Promise<boolean> {
  const client = await connectTemporalClient(config);
  try {
    await client.workflowService.getSystemInfo({});
    return true;
  } finally {
    await client.connection.close();
  }
}

async function kafkaAnswers(config: Config): Promise<boolean> {
  const admin = createKafka(config, undefined, { retry: { retries: 1 } }).admin();
  try {
    await admin.connect();
    await admin.describeCluster();
    return true;
  } finally {
    await admin.disconnect().catch(() => undefined);
  }
}

/**
 * Whether `engine` answers now, as the stack checks it at start: Postgres takes a connection and a query, Temporal
 * answers GetSystemInfo, Kafka describes its cluster. Rejects (or resolves false) while it does not.
 */
export function engineAnswers(config: Config, engine: Engine): Promise<boolean> {
  switch (engine) {
    case 'postgres':
      return postgresAnswers(
        config.external.postgres ? config.databaseUrl : embeddedServerUrl(config.EMBEDDED_POSTGRES_PORT),
      );
    case 'temporal':
      return temporalAnswers(config);
    case 'kafka':
      return kafkaAnswers(config);
  }
}

/** Whether the process serving metrics on `metricsPort` says it does its work (GET /ready, platform/metrics.ts). */
async function processReady(metricsPort: number): Promise<boolean> {
  const response = await fetch(`http://127.0.0.1:${metricsPort}/ready`, { signal: AbortSignal.timeout(2000) });
  return response.status === 200;
}

/** Waits until every one of our processes is ready, showing which are still starting. */
async function waitForOurProcesses(
  progress: ReturnType<typeof step>,
  config: Config,
  timeoutMs: number,
): Promise<void> {
  const logDir = logDirOf(config);
  const starting = new Set(ourProcesses);
  try {
    await waitFor(
      'our processes',
      async () => {
        await Promise.all(
          [...starting].map(async (p) => {
            if (await processReady(metricsPortOf(p, config)).catch(() => false)) starting.delete(p);
          }),
        );
        const names = [...starting].map((p) => p.name).join(', ');
        progress.update(`${ourProcesses.length - starting.size}/${ourProcesses.length} ready; starting: ${names}`);
        return starting.size === 0;
      },
      timeoutMs,
    );
  } catch {
    const names = [...starting].map((p) => p.name).join(', ');
    throw new Error(`not ready within ${timeoutMs / 1000} s: ${names} (see their logs in ${logDir})`);
  }
}

/**
 * Whether another `npm start` (or test run) runs this engine: it listens, or a live supervisor keeps it and is
 * restarting it (or a drill holds it down) right now; starting a second one on the same data would fight the first.
 */
async function runsElsewhere(config: Config, engine: Engine, port: number): Promise<boolean> {
  return readProcessState(pidDirOf(config), engine) !== undefined || (await isPortOpen('127.0.0.1', port));
}

/**
 * Reuses an engine another `npm start` runs, once it answers: its port opens before it takes work (Postgres replaying
 * its WAL after a crash, Kafka recovering its log), and migrations or topics would fail against it meanwhile.
 */
async function reuseEngine(config: Config, engine: Engine, reused: string[]): Promise<void> {
  await waitFor(`${engine} (already running)`, () => engineAnswers(config, engine), 60_000);
  reused.push(engine);
}

/** Fails with the variable's name when an explicitly configured engine does not answer. */
async function requireExternal(variable: string, value: string, answers: () => Promise<boolean>) {
  const progress = step(`Checking ${variable}=${redactPassword(value)}`);
  try {
    if (!(await answers())) throw new Error('health check failed');
  } catch (err) {
    throw new DependencyUnreachableError(variable, redactPassword(value), (err as Error).message);
  }
  progress.done();
}

/**
 * Brings up the back office: each engine that is configured is checked, each local one is reused when it already
 * runs and started otherwise; then migrations, Kafka topics, search attributes, the admin UI, and (unless told
 * not to) our own processes under a supervisor.
 */
export async function bringUpStack(
  config: Config,
  options: { ourProcesses: boolean; supervisor?: Supervisor },
): Promise<RunningStack> {
  const supervisor = options.supervisor ?? createStackSupervisor(config);
  const started: string[] = [];
  const reused: string[] = [];
  const stop = () => supervisor.stopAll();
  const payloadKeys = payloadKeysOf(config);

  try {
    const postgres = (async () => {
      if (config.external.postgres)
        return requireExternal('DATABASE_URL', config.databaseUrl, () => postgresAnswers(config.databaseUrl));
      if (await runsElsewhere(config, 'postgres', config.EMBEDDED_POSTGRES_PORT))
        return reuseEngine(config, 'postgres', reused);
      const spec = await preparePostgresServer({
        dataDir: config.STACK_DATA_DIR,
        port: config.EMBEDDED_POSTGRES_PORT,
        logFile: supervisor.logFile('postgres'),
      });
      const progress = step(`Starting Postgres (embedded) on 127.0.0.1:${config.EMBEDDED_POSTGRES_PORT}`);
      supervisor.start(spec);
      started.push('postgres');
      const serverUrl = embeddedServerUrl(config.EMBEDDED_POSTGRES_PORT);
      await waitFor('Postgres', () => postgresAnswers(serverUrl), 60_000);
      await ensureDatabase(serverUrl, EMBEDDED_DATABASE);
      progress.done();
    })();

    const temporal = (async () => {
      if (config.external.temporal)
        return requireExternal('TEMPORAL_ADDRESS', config.temporalAddress, () => temporalAnswers(config));
      if (await runsElsewhere(config, 'temporal', config.TEMPORAL_PORT)) return reuseEngine(config, 'temporal', reused);
      const spec = await prepareTemporalDevServer({
        cacheDir: config.STACK_CACHE_DIR,
        dataDir: config.STACK_DATA_DIR,
        port: config.TEMPORAL_PORT,
        uiPort: config.TEMPORAL_UI_PORT,
        namespace: config.TEMPORAL_NAMESPACE,
        codecEndpoint: `${apiUrlOf(config)}/codec`,
      });
      const progress = step(`Starting Temporal dev server on 127.0.0.1:${config.TEMPORAL_PORT}`);
      supervisor.start(spec);
      started.push('temporal');
      await waitFor('Temporal dev server', () => temporalAnswers(config), 90_000);
      progress.done();
    })();

    const kafka = (async () => {
      if (config.external.kafka)
        return requireExternal('KAFKA_BROKERS', config.kafkaBrokers.join(','), () => kafkaAnswers(config));
      if (await runsElsewhere(config, 'kafka', config.KAFKA_PORT)) return reuseEngine(config, 'kafka', reused);
      const spec = await prepareKafkaBroker({
        cacheDir: config.STACK_CACHE_DIR,
        dataDir: config.STACK_DATA_DIR,
        port: config.KAFKA_PORT,
      });
      const progress = step(`Starting Kafka (KRaft, one node) on 127.0.0.1:${config.KAFKA_PORT}`);
      supervisor.start(spec);
      started.push('kafka');
      await waitFor('Kafka broker', () => kafkaAnswers(config), 90_000);
      progress.done();
    })();

    // Each engine is prepared as soon as it answers, while the others are still starting; the admin UI and the
    // workflow bundle need no engine at all.
    const apiUrl = apiUrlOf(config);
    // Something listening on the API port (or an api another supervisor restarts) is our processes from another
    // `npm start`: reuse them.
    const apiRunning =
      options.ourProcesses &&
      (readProcessState(pidDirOf(config), 'api') !== undefined || (await isPortOpen('127.0.0.1', config.API_PORT)));
    const results = await Promise.allSettled([
      postgres
        .then(() => applyMigrations(config))
        .then(() => seedDemoStaffStep(config))
        .then(() => loadDefaultScreeningListsStep(config)),
      temporal.then(() => registerCustomSearchAttributes(config)),
      kafka.then(() => createTopics(config)),
      (async () => {
        const ui = step('Building the admin UI');
        ui.done(await ensureAdminUiBuilt());
      })(),
      options.ourProcesses && !apiRunning ? bundleWorkflowsStep(config) : Promise.resolve(undefined),
    ]);
    const failure = results.find((r): r is PromiseRejectedResult => r.status === 'rejected');
    if (failure) throw failure.reason;
    const workflowBundlePath = (results[4] as PromiseFulfilledResult<string | undefined>).value;

    if (options.ourProcesses) {
      // The API cannot start without player token settings: say so now rather than after its restarts.
      const playerTokens = requirePlayerTokenSettings(config);
      if (apiRunning) {
        reused.push(...ourProcesses.map((p) => p.name));
      } else {
        const progress = step(`Starting our processes: ${ourProcesses.map((p) => p.name).join(', ')}`);
        for (const process of ourProcesses) {
          supervisor.start({
            name: process.name,
            ...commandFor(process),
            restart: true,
            env: {
              // The database URL below is the stack's own embedded Postgres unless one was given: not a production
              // start, so its processes keep the local secrets (platform/config.ts isProductionStart). From the
              // configuration read at start, not process.env: the admin UI's build (Vite) sets NODE_ENV=production.
              ...(config.external.postgres ? {} : { NODE_ENV: config.NODE_ENV ?? 'development' }),
              DATABASE_URL: config.databaseUrl,
              TEMPORAL_ADDRESS: config.temporalAddress,
              TEMPORAL_WEB_URL: config.temporalWebUrl,
              KAFKA_BROKERS: config.kafkaBrokers.join(','),
              ...payloadKeys,
              WORKFLOW_BUNDLE_PATH: workflowBundlePath!,
              // One /metrics port per process, the targets of observability/prometheus.yml.
              METRICS_PORT: String(metricsPortOf(process, config)),
              // Given explicitly, as DATABASE_URL is: the stack decided (from its own environment) whether this is a
              // local start, whose simulators then serve the development issuer.
              PLAYER_TOKEN_ISSUER: playerTokens.issuer,
              PLAYER_TOKEN_AUDIENCE: playerTokens.audience,
              PLAYER_JWKS_URL: playerTokens.jwksUrl,
              PLAYER_DEV_ISSUER: String(config.devIssuer),
            },
          });
          started.push(process.name);
        }
        await waitForOurProcesses(progress, config, 120_000);
        progress.done(`${ourProcesses.length} ready`);
      }
    }
    return { apiUrl, logDir: logDirOf(config), started, reused, stop };
  } catch (err) {
    await stop();
    throw err;
  }
}

/**
 * The payload keys our processes get: those the environment gives (they inherit it), or on the local stack its own,
 * generated into the data dir on the first start. A production start without keys stops here, before anything starts.
 */
export function payloadKeysOf(config: Config): { PAYLOAD_KEYS_FILE?: string } {
  if (config.PAYLOAD_KEYS || config.PAYLOAD_KEYS_FILE || config.production) {
    loadPayloadKeyring(config);
    return {};
  }
  return { PAYLOAD_KEYS_FILE: ensureDevPayloadKeys(config) };
}

async function applyMigrations(config: Config): Promise<void> {
  const migrations = step('Applying database migrations');
  await runMigrations(config.databaseUrl, migrations.update);
  migrations.done();
}

/**
 * The demo staff users, into the stack's own embedded Postgres only: their password and TOTP secrets are public,
 * so a database given by DATABASE_URL never gets them.
 */
async function seedDemoStaffStep(config: Config): Promise<void> {
  if (config.external.postgres) return;
  const seeding = step('Seeding the demo staff users (local stack only)');
  const db = createPool(config.databaseUrl, 1);
  try {
    const seeded = await seedDemoStaff(db);
    seeding.done(`${seeded.length} users`);
  } finally {
    await db.end();
  }
}

/** The default fictional screening lists, for each list source that has no version yet (a fresh database). */
async function loadDefaultScreeningListsStep(config: Config): Promise<void> {
  const loading = step('Loading the default screening lists where none is imported');
  const db = createPool(config.databaseUrl, 1);
  try {
    const imported = await importDefaultListsWhereMissing(db);
    loading.done(imported.length ? `imported ${imported.join(', ')}` : 'all present');
  } finally {
    await db.end();
  }
}

async function createTopics(config: Config): Promise<void> {
  const kafkaTopics = step('Creating Kafka topics');
  const created = await ensureTopics(
    createKafka(config),
    domains.flatMap((domain) => domain.topics ?? []),
  );
  kafkaTopics.done(created.length ? `created ${created.join(', ')}` : 'all present');
}

async function registerCustomSearchAttributes(config: Config): Promise<void> {
  const attributes = step('Registering Temporal search attributes');
  const client = await connectTemporalClient(config);
  try {
    const added = await registerSearchAttributes(client, config.TEMPORAL_NAMESPACE);
    attributes.done(added.length ? `added ${added.join(', ')}` : 'all present');
  } finally {
    await client.connection.close();
  }
}

async function bundleWorkflowsStep(config: Config): Promise<string> {
  const bundling = step('Bundling workflow code for the workers');
  const file = await bundleWorkflows(config.STACK_DATA_DIR);
  bundling.done();
  return file;
}

/** Schema, topics and search attributes: idempotent, run at every start (and by `stack/cli.ts migrate`). */
export async function prepareEngines(config: Config): Promise<void> {
  await applyMigrations(config);
  await seedDemoStaffStep(config);
  await loadDefaultScreeningListsStep(config);
  await createTopics(config);
  await registerCustomSearchAttributes(config);
}
