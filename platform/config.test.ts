import { readFileSync } from 'node:fs';
import path from 'node:path';
import { ConfigError, configSchema, parseConfig } from './config';

function problemsOf(env: NodeJS.ProcessEnv): string[] {
  try {
    parseConfig(env);
  } catch (err) {
    if (err instanceof ConfigError) return [...err.problems];
    throw err;
  }
  throw new Error('expected a ConfigError');
}

describe('parseConfig', () => {
  it('defaults every address to the local stack and marks nothing external', () => {
    const config = parseConfig({});
    expect(config.databaseUrl).toBe('postgres://postgres:postgres@127.0.0.1:54329/backoffice');
    expect(config.temporalAddress).toBe('127.0.0.1:7233');
    expect(config.kafkaBrokers).toEqual(['127.0.0.1:9092']);
    expect(config.external).toEqual({ postgres: false, temporal: false, kafka: false });
    expect(config.API_PORT).toBe(3000);
    expect(config).toMatchObject({ METRICS_HOST: '127.0.0.1', METRICS_PORT: 9464 });
  });

  it('moves every default local port by STACK_PORT_OFFSET, and leaves explicit ports as given', () => {
    const config = parseConfig({ STACK_PORT_OFFSET: '100', KAFKA_PORT: '9092' });
    expect(config.databaseUrl).toBe('postgres://postgres:postgres@127.0.0.1:54429/backoffice');
    expect(config.temporalAddress).toBe('127.0.0.1:7333');
    expect(config.temporalWebUrl).toBe('http://127.0.0.1:8333');
    expect(config.pspBaseUrl).toBe('http://127.0.0.1:4200');
    expect(config.pspWebhookUrl).toBe('http://127.0.0.1:3100/psp/v1/webhooks');
    expect(config.kafkaBrokers).toEqual(['127.0.0.1:9092']);
  });

  it('takes explicit addresses and marks them external, so they must answer', () => {
    const config = parseConfig({
      DATABASE_URL: 'postgres://app:secret@db.internal:5432/backoffice',
      TEMPORAL_ADDRESS: 'acme.a1b2c.tmprl.cloud:7233',
      KAFKA_BROKERS: 'k1:9092, k2:9092',
      TEMPORAL_API_KEY: 'key',
    });
    expect(config.external).toEqual({ postgres: true, temporal: true, kafka: true });
    expect(config.kafkaBrokers).toEqual(['k1:9092', 'k2:9092']);
  });

  it.each([
    ['DATABASE_URL', 'not a url'],
    ['DATABASE_URL', 'mysql://root@localhost/db'],
    ['KAFKA_BROKERS', 'localhost'],
    ['TEMPORAL_ADDRESS', 'http://localhost:7233'],
    ['API_PORT', '70000'],
    ['METRICS_PORT', 'ninety'],
    ['TEMPORAL_TLS', 'yes'],
  ])('names %s when it is malformed (%s)', (key, value) => {
    const problems = problemsOf({ [key]: value });
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(new RegExp(`^${key}: `));
  });

  it('never echoes a secret in its message', () => {
    const [problem] = problemsOf({
      TEMPORAL_API_KEY: '',
      KAFKA_SASL_MECHANISM: 'plain',
      KAFKA_SASL_PASSWORD: 'hunter2',
    });
    expect(problem).toContain('KAFKA_SASL_MECHANISM');
    expect(problem).not.toContain('hunter2');
  });
});

describe('.env.example', () => {
  it('documents every configuration key', () => {
    const example = readFileSync(path.resolve(__dirname, '..', '.env.example'), 'utf8');
    const documented = new Set([...example.matchAll(/^#? ?([A-Z][A-Z0-9_]+)=/gm)].map((m) => m[1]));
    expect(Object.keys(configSchema.shape).filter((key) => !documented.has(key))).toEqual([]);
  });
});
