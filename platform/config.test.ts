import { readFileSync } from 'node:fs';
import path from 'node:path';
import { ConfigError, configSchema, parseConfig, requirePlayerTokenSettings } from './config';

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
    expect(config.kycProviderBaseUrl).toBe('http://127.0.0.1:4260');
    expect(config.kycWebhookUrl).toBe('http://127.0.0.1:3100/kyc/v1/webhooks');
    expect(config.kafkaBrokers).toEqual(['127.0.0.1:9092']);
  });

  it('takes explicit addresses and marks them external, so they must answer', () => {
    const config = parseConfig({
      NODE_ENV: 'development',
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

describe('TRUST_PROXY', () => {
  it('takes a hop count or a list of proxy addresses, and nothing in front by default', () => {
    expect(parseConfig({}).TRUST_PROXY).toBe(0);
    expect(parseConfig({ TRUST_PROXY: '1' }).TRUST_PROXY).toBe(1);
    expect(parseConfig({ TRUST_PROXY: 'loopback, 10.0.0.0/8' }).TRUST_PROXY).toEqual(['loopback', '10.0.0.0/8']);
  });

  it.each(['true', 'not-an-address', '10.0.0.0/99'])('refuses %s by name', (value) => {
    expect(problemsOf({ TRUST_PROXY: value })).toEqual([expect.stringMatching(/^TRUST_PROXY: must be a hop count/)]);
  });
});

describe('a production start', () => {
  const strong = (id: string) => `${id}:${id.padEnd(40, 'x')}-0123456789`;
  const productionSecrets = {
    GAME_PROVIDER_SECRETS: strong('acme-games'),
    PSP_WEBHOOK_SECRETS: `${strong('cardpay')},${strong('paywallet')}`,
    KYC_WEBHOOK_SECRET: 'k'.repeat(40),
  };

  it.each([
    ['NODE_ENV=production', { NODE_ENV: 'production' }],
    ['an explicit DATABASE_URL', { DATABASE_URL: 'postgres://app:pw@db.internal/backoffice' }],
    ['an explicit DATABASE_URL under NODE_ENV=staging', { DATABASE_URL: 'postgres://a:b@db/x', NODE_ENV: 'staging' }],
  ])('with %s refuses the default secrets, naming each variable and no secret', (_what, env) => {
    let message = '';
    try {
      parseConfig(env);
    } catch (err) {
      message = (err as Error).message;
    }
    expect(message).toMatch(/^Refusing a production start \((NODE_ENV=production|DATABASE_URL is set)\)/);
    expect(message).toContain("GAME_PROVIDER_SECRETS: demo-games's is a public local default");
    expect(message).toContain("PSP_WEBHOOK_SECRETS: cardpay's is a public local default");
    expect(message).toContain("KYC_WEBHOOK_SECRET: the KYC provider's is a public local default");
    expect(message).not.toContain('local-dev-secret-0001');
  });

  it('refuses a secret shorter than 32 characters and the local Postgres password', () => {
    const problems = problemsOf({
      ...productionSecrets,
      NODE_ENV: 'production',
      GAME_PROVIDER_SECRETS: `acme-games:${'s'.repeat(31)}`,
      DATABASE_URL: 'postgres://postgres:postgres@db.internal:5432/backoffice',
    });
    expect(problems).toEqual([
      "GAME_PROVIDER_SECRETS: acme-games's has 31 characters (each needs 32+ random characters)",
      "DATABASE_URL: its password is the local stack's default",
      expect.stringContaining('openssl rand -hex 32'),
    ]);
  });

  it('starts with secrets of its own', () => {
    const config = parseConfig({
      ...productionSecrets,
      NODE_ENV: 'production',
      DATABASE_URL: 'postgres://app:a-real-password@db.internal/backoffice',
    });
    expect([...config.GAME_PROVIDER_SECRETS.keys()]).toEqual(['acme-games']);
  });

  it.each(['development', 'test'])('is not one when NODE_ENV=%s, whatever DATABASE_URL says', (NODE_ENV) => {
    expect(() => parseConfig({ NODE_ENV, DATABASE_URL: 'postgres://postgres:postgres@127.0.0.1/x' })).not.toThrow();
  });

  it('is not one for the local stack (no DATABASE_URL, no NODE_ENV)', () => {
    expect(() => parseConfig({})).not.toThrow();
  });
});

describe('player token settings', () => {
  const idp = {
    PLAYER_TOKEN_ISSUER: 'https://login.example.com/',
    PLAYER_TOKEN_AUDIENCE: 'player-api',
    PLAYER_JWKS_URL: 'https://login.example.com/.well-known/jwks.json',
  };
  const databaseUrl = 'postgres://u:p@db.example.internal:5432/backoffice';
  // A production start refuses the local secrets (see 'a production start' above): these tests give their own.
  const own = (id: string) => `${id}:${id.padEnd(40, 'y')}-9876543210`;
  const secrets = {
    GAME_PROVIDER_SECRETS: own('acme-games'),
    PSP_WEBHOOK_SECRETS: own('cardpay'),
    KYC_WEBHOOK_SECRET: 'y'.repeat(40),
  };

  it("trusts the local stack's development issuer on a local start, on its port moved by STACK_PORT_OFFSET", () => {
    const config = parseConfig({ STACK_PORT_OFFSET: '500' });
    expect(config.devIssuer).toBe(true);
    expect(config.playerTokens).toEqual({
      issuer: 'http://127.0.0.1:4650',
      audience: 'player-api',
      jwksUrl: 'http://127.0.0.1:4650/.well-known/jwks.json',
      clockToleranceSeconds: 30,
    });
  });

  it.each([
    ['NODE_ENV=production', { ...secrets, NODE_ENV: 'production' }],
    ['an explicit DATABASE_URL', { ...secrets, DATABASE_URL: databaseUrl }],
  ])('never falls back to the development issuer with %s: the API refuses to start', (_name, env) => {
    const config = parseConfig(env);
    expect(config).toMatchObject({ devIssuer: false, playerTokens: undefined });
    expect(() => requirePlayerTokenSettings(config)).toThrow(/PLAYER_TOKEN_ISSUER.*production start/);
  });

  it("takes the operator's identity provider when all three are given", () => {
    const config = parseConfig({ ...idp, ...secrets, NODE_ENV: 'production', DATABASE_URL: databaseUrl });
    expect(config).toMatchObject({ devIssuer: false });
    expect(requirePlayerTokenSettings(config)).toEqual({
      issuer: idp.PLAYER_TOKEN_ISSUER,
      audience: idp.PLAYER_TOKEN_AUDIENCE,
      jwksUrl: idp.PLAYER_JWKS_URL,
      clockToleranceSeconds: 30,
    });
  });

  it.each([
    ['one of the three alone', { PLAYER_TOKEN_ISSUER: idp.PLAYER_TOKEN_ISSUER }, /together/],
    [
      'the development issuer in production',
      { ...secrets, NODE_ENV: 'production', PLAYER_DEV_ISSUER: 'true' },
      /never runs/,
    ],
    [
      "the development issuer's address as a production issuer",
      {
        ...secrets,
        NODE_ENV: 'production',
        PLAYER_TOKEN_ISSUER: 'http://127.0.0.1:4150',
        PLAYER_TOKEN_AUDIENCE: 'player-api',
        PLAYER_JWKS_URL: 'http://127.0.0.1:4150/.well-known/jwks.json',
      },
      /development issuer/,
    ],
  ])('refuses %s', (_name, env, message) => {
    expect(problemsOf(env).join('\n')).toMatch(message);
  });
});

describe('.env.example', () => {
  it('documents every configuration key', () => {
    const example = readFileSync(path.resolve(__dirname, '..', '.env.example'), 'utf8');
    const documented = new Set([...example.matchAll(/^#? ?([A-Z][A-Z0-9_]+)=/gm)].map((m) => m[1]));
    expect(Object.keys(configSchema.shape).filter((key) => !documented.has(key))).toEqual([]);
  });
});
