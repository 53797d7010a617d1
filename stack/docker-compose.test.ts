import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { configSchema, parseConfig } from '../platform/config';
import { ourProcesses, TELEMETRY_PRELOAD } from './processes';

const ROOT = path.resolve(__dirname, '..');
const COMPOSE_FILE = 'docker-compose.temporal.yml';

/** The parts of a compose service that these rules look at. */
interface ComposeService {
  build?: unknown;
  command?: string | string[];
  environment?: Record<string, string | number | null> | string[];
  depends_on?: string[] | Record<string, { condition?: string }>;
  restart?: string;
  ports?: string[];
}

// `merge`: the file shares our services' settings through YAML anchors and `<<` merge keys.
const compose = parse(readFileSync(path.join(ROOT, COMPOSE_FILE), 'utf8'), { merge: true }) as {
  services: Record<string, ComposeService>;
};
const configKeys = Object.keys(configSchema.shape);

function service(name: string): ComposeService {
  const found = compose.services[name];
  if (!found) throw new Error(`${COMPOSE_FILE} has no service "${name}"`);
  return found;
}

function commandOf(name: string): string[] {
  const { command } = service(name);
  return typeof command === 'string' ? command.split(/\s+/) : (command ?? []);
}

/** The environment as the container receives it: every value a string, whichever form the file uses. */
function environmentOf(name: string): Record<string, string> {
  const { environment = {} } = service(name);
  if (!Array.isArray(environment)) {
    return Object.fromEntries(Object.entries(environment).map(([key, value]) => [key, String(value ?? '')]));
  }
  return Object.fromEntries(
    environment.map((line) => {
      const at = line.indexOf('=');
      return at < 0 ? [line, ''] : [line.slice(0, at), line.slice(at + 1)];
    }),
  );
}

/** Every service that runs our code, with the command that must start it. */
const ourServices = [
  ...ourProcesses.map((process) => ({
    name: process.name,
    command: ['node', '--import', 'tsx', '--import', `./${TELEMETRY_PRELOAD}`, process.entry],
  })),
  { name: 'migrate', command: ['node', '--import', 'tsx', 'stack/cli.ts', 'migrate'] },
];

test('docker-compose accepts the file', () => {
  // `config -q` is compose's own parser and schema check; it needs no Docker engine.
  const result = spawnSync('docker-compose', ['-f', COMPOSE_FILE, 'config', '-q'], { cwd: ROOT, encoding: 'utf8' });
  if (result.error) {
    throw new Error(
      `cannot run docker-compose (${result.error.message}); node stack/ensure-deps.mjs --system installs it`,
    );
  }
  if (result.status !== 0) {
    throw new Error(`docker-compose rejects ${COMPOSE_FILE} (exit ${result.status}):\n${result.stderr}`);
  }
});

test('runs Postgres, Temporal, Temporal Web and Kafka', () => {
  expect(Object.keys(compose.services)).toEqual(
    expect.arrayContaining(['postgresql', 'temporal', 'temporal-ui', 'kafka']),
  );
});

test('keeps Kafka internal topics on one replica, since there is one broker', () => {
  expect(environmentOf('kafka')).toMatchObject({ KAFKA_OFFSETS_TOPIC_REPLICATION_FACTOR: '1' });
});

describe.each(ourServices)('service $name', ({ name, command }) => {
  test(`runs ${command.join(' ')}`, () => {
    expect(commandOf(name)).toEqual(command);
  });

  test('is built from the Dockerfile', () => {
    expect(service(name).build).toBe('.');
  });

  test('sets only variables that platform/config.ts defines', () => {
    const unknown = Object.keys(environmentOf(name)).filter((key) => !configKeys.includes(key));
    expect(unknown).toEqual([]);
  });

  test('gets Postgres, Temporal and Kafka addresses that the config schema accepts', () => {
    const env = environmentOf(name);
    expect(Object.keys(env)).toEqual(expect.arrayContaining(['DATABASE_URL', 'TEMPORAL_ADDRESS', 'KAFKA_BROKERS']));
    expect(() => parseConfig(env)).not.toThrow();
  });

  test('addresses services of this file', () => {
    const config = parseConfig(environmentOf(name));
    const hostOf = (hostPort: string) => hostPort.slice(0, hostPort.lastIndexOf(':'));
    const hosts = [
      new URL(config.databaseUrl).hostname,
      hostOf(config.temporalAddress),
      ...config.kafkaBrokers.map(hostOf),
    ];
    expect(hosts.filter((host) => !(host in compose.services))).toEqual([]);
  });
});

describe.each(ourProcesses)('long-running service $name', ({ name }) => {
  test('starts once the migrations have succeeded', () => {
    expect(service(name).depends_on).toMatchObject({ migrate: { condition: 'service_completed_successfully' } });
  });

  test('is restarted when it dies', () => {
    expect(service(name).restart).toBe('unless-stopped');
  });
});

test('the api listens on all interfaces and publishes port 3000 to the host', () => {
  expect(environmentOf('api')).toMatchObject({ API_HOST: '0.0.0.0', API_PORT: '3000' });
  expect(service('api').ports).toContain('3000:3000');
});
