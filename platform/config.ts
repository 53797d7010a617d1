import os from 'node:os';
import path from 'node:path';
import dotenv from 'dotenv';
import proxyaddr from 'proxy-addr';
import { z } from 'zod';
import { DEFAULT_RATE_LIMITS, type RateLimitSettings } from './rate-limit';

const port = z.coerce.number().int().min(1).max(65535);
const flag = z
  .enum(['true', 'false', '1', '0', ''])
  .default('false')
  .transform((v) => v === 'true' || v === '1');

const postgresUrl = z
  .string()
  .refine((v) => URL.canParse(v) && ['postgres:', 'postgresql:'].includes(new URL(v).protocol), {
    message: 'must be a postgres:// or postgresql:// URL, e.g. postgres://user:password@host:5432/database',
  });

const hostPort = z.string().regex(/^[A-Za-z0-9.\-[\]:]+:\d{1,5}$/, 'must be host:port');
const brokerList = z
  .string()
  .transform((v) => v.split(',').map((b) => b.trim()))
  .pipe(z.array(hostPort.describe('a broker address')).min(1));

/** A comma-separated list of `id:secret` pairs (one HMAC secret per partner), as a Map. */
function secretPairs(what: string, localDefault: string) {
  return z
    .string()
    .default(localDefault)
    .transform((v) => v.split(',').map((pair) => pair.trim().split(':')))
    .pipe(
      z
        .array(
          z.tuple([
            z.string().regex(/^[a-z0-9-]{2,40}$/, `${what} are lowercase slugs`),
            z.string().min(16, 'each secret needs at least 16 characters'),
          ]),
          { error: 'must be a comma-separated list of id:secret pairs' },
        )
        .min(1),
    )
    .transform((pairs) => new Map(pairs));
}
const minor = z.coerce.number().int().min(0).max(Number.MAX_SAFE_INTEGER);
const perSecond = z.coerce.number().int().min(1).max(1_000_000);

/**
 * Which proxies in front of the API to believe about the client (Express's `trust proxy`): a hop count, or a
 * comma-separated list of addresses, CIDR ranges or proxy-addr's names (`loopback`, `linklocal`, `uniquelocal`).
 * `true` (trust whatever X-Forwarded-For says) is refused: any client could then choose its own address.
 */
const trustProxy = z
  .string()
  .default('0')
  .transform((v, ctx): number | string[] => {
    if (/^\d{1,2}$/.test(v.trim())) return Number(v.trim());
    const list = v.split(',').map((entry) => entry.trim());
    try {
      proxyaddr.compile(list);
      return list;
    } catch (err) {
      ctx.addIssue({
        code: 'custom',
        message: `must be a hop count or a list of addresses (${(err as Error).message})`,
      });
      return z.NEVER;
    }
  });

/**
 * Every setting of the back office, one key per environment variable; `.env.example` documents the same keys.
 * Addresses default to the embedded local stack that `npm start` runs.
 */
export const configSchema = z.object({
  NODE_ENV: z
    .string()
    .optional()
    .describe(
      '`production` makes every start refuse default or short secrets and run only with its keys (PAYLOAD_KEYS, ' +
        'PII_MASTER_KEY); so does an explicit DATABASE_URL, unless NODE_ENV is `development` or `test` (the local ' +
        'stack and docker compose say `development`).',
    ),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace']).default('info'),
  API_HOST: z.string().default('127.0.0.1').describe('Interface the API (and the admin UI it serves) binds to.'),
  API_PORT: port.default(3000).describe('Port of the API and the admin UI.'),
  TRUST_PROXY: trustProxy.describe(
    'Proxies in front of the API whose X-Forwarded-For/-Proto to believe: a hop count (1 behind one load balancer) or ' +
      'a comma-separated list of their addresses or CIDRs. Then the staff cookie is Secure behind TLS, and audits and ' +
      'rate limits see the client, not the proxy. 0 (the default): nothing in front.',
  ),
  RATE_LIMIT_PLAYER_PER_SECOND: perSecond
    .default(DEFAULT_RATE_LIMITS.player)
    .describe('Player API requests per second per client address, across this API replica.'),
  RATE_LIMIT_WALLET_PER_SECOND: perSecond
    .default(DEFAULT_RATE_LIMITS.wallet)
    .describe('Seamless-wallet calls per second per game provider (authenticated), per API replica.'),
  RATE_LIMIT_PSP_WEBHOOKS_PER_SECOND: perSecond
    .default(DEFAULT_RATE_LIMITS.pspWebhooks)
    .describe('Webhooks per second per PSP (authenticated), per API replica.'),
  RATE_LIMIT_UNSIGNED_PER_SECOND: perSecond
    .default(DEFAULT_RATE_LIMITS.unsigned)
    .describe('Wallet calls and webhooks refused for their signature, per second per client address.'),
  METRICS_HOST: z
    .string()
    .default('127.0.0.1')
    .describe("Interface this process's Prometheus /metrics endpoint binds to; 0.0.0.0 in containers."),
  METRICS_PORT: port
    .default(9464)
    .describe(
      "Port of this process's Prometheus /metrics endpoint, one per process (the local stack gives each its own); " +
        'a process that finds it taken logs a warning and runs on without metrics.',
    ),

  DATABASE_URL: postgresUrl.optional().describe('Postgres to use; unset runs an embedded Postgres.'),
  EMBEDDED_POSTGRES_PORT: port.default(54329).describe('Port of the embedded Postgres when DATABASE_URL is unset.'),
  DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(200).default(10),

  TEMPORAL_ADDRESS: hostPort
    .optional()
    .describe('Temporal frontend host:port; unset runs the Temporal CLI dev server.'),
  TEMPORAL_PORT: port.default(7233).describe('Port of the local Temporal dev server.'),
  TEMPORAL_UI_PORT: port.default(8233).describe('Port of Temporal Web served by the local dev server.'),
  TEMPORAL_WEB_URL: z.url().optional().describe('Link to Temporal Web shown in logs and the admin UI.'),
  TEMPORAL_NAMESPACE: z.string().min(1).default('default'),
  TEMPORAL_TLS: flag.describe('Connect to Temporal over TLS (Temporal Cloud, a secured cluster).'),
  TEMPORAL_TLS_CERT_PATH: z.string().optional().describe('mTLS client certificate (PEM).'),
  TEMPORAL_TLS_KEY_PATH: z.string().optional().describe('mTLS client key (PEM).'),
  TEMPORAL_API_KEY: z.string().optional().describe('Temporal Cloud API key; implies TLS.'),
  PAYLOAD_KEYS: z
    .string()
    .optional()
    .transform((v) => v?.split(',').map((pair) => pair.trim().split(':')))
    .pipe(
      z
        .array(z.tuple([z.string().regex(/^[A-Za-z0-9._-]{1,64}$/, 'key ids are short slugs'), z.base64()]), {
          error: 'must be a comma-separated list of keyId:base64 pairs',
        })
        .min(1)
        .optional(),
    )
    .describe(
      'Keys that encrypt Temporal payloads (AES-256-GCM), as keyId:base64 pairs of 32-byte keys; old keys stay to ' +
        'decrypt older histories. Unset: PAYLOAD_KEYS_FILE, or the local stack generates its own.',
    ),
  PAYLOAD_KEY_ID: z.string().optional().describe('The key of PAYLOAD_KEYS that encrypts new payloads.'),
  PAYLOAD_KEYS_FILE: z
    .string()
    .optional()
    .describe('A JSON file {"currentKeyId", "keys": {keyId: base64}}, instead of PAYLOAD_KEYS.'),
  CODEC_CORS_ORIGINS: z
    .string()
    .optional()
    .transform((v) => v?.split(',').map((origin) => origin.trim()))
    .pipe(z.array(z.url().transform((u) => new URL(u).origin)).optional())
    .describe(
      "Origins (Temporal Web's) allowed to call the codec server /codec with the staff session, comma-separated; " +
        'unset, the local Temporal Web on localhost and 127.0.0.1.',
    ),
  WORKFLOW_BUNDLE_PATH: z
    .string()
    .optional()
    .describe('Prebuilt workflow bundle (the local stack makes one at start); unset, workers bundle at start.'),

  KAFKA_BROKERS: brokerList.optional().describe('Comma-separated host:port list; unset runs a local Kafka broker.'),
  KAFKA_PORT: port.default(9092).describe('Port of the local Kafka broker.'),
  KAFKA_CLIENT_ID: z.string().min(1).default('igaming-backoffice'),
  KAFKA_SSL: flag,
  KAFKA_SASL_MECHANISM: z.enum(['plain', 'scram-sha-256', 'scram-sha-512']).optional(),
  KAFKA_SASL_USERNAME: z.string().optional(),
  KAFKA_SASL_PASSWORD: z.string().optional(),

  GAME_PROVIDER_SECRETS: secretPairs('provider ids', 'demo-games:local-dev-secret-0001').describe(
    'Seamless-wallet HMAC secret per game provider, as providerId:secret pairs separated by commas.',
  ),
  WALLET_SIGNATURE_TOLERANCE_SECONDS: z.coerce
    .number()
    .int()
    .min(5)
    .max(600)
    .default(60)
    .describe('How far a signed wallet request timestamp may be from now, against replayed requests.'),
  GAME_PROVIDER_CATALOG_FILE: z
    .string()
    .default(path.resolve(__dirname, '..', 'config', 'game-providers.json'))
    .describe(
      'JSON file of the brands each game provider serves and the games it offers (domain/wallet/game-provider-' +
        'catalog.ts); the API loads it into the database at start, and sessions and bets outside it are refused.',
    ),
  GAME_SESSION_IDLE_TIMEOUT_SECONDS: z.coerce
    .number()
    .int()
    .min(60)
    .max(86_400)
    .default(1800)
    .describe('A game session expires after this long without a bet (its launch token is then refused).'),
  GAME_SESSION_MAX_SECONDS: z.coerce
    .number()
    .int()
    .min(60)
    .max(7 * 86_400)
    .default(12 * 3600)
    .describe('A game session expires this long after it was opened, however active; the player opens a new one.'),

  PSP_SIMULATOR_HOST: z.string().default('127.0.0.1').describe('Interface the local PSP simulator binds to.'),
  PSP_SIMULATOR_PORT: port.default(4100).describe('Port of the local PSP simulator (card, bank payout, e-wallet).'),
  PSP_BASE_URL: z
    .url()
    .optional()
    .describe('Base URL of the PSPs (each under /<psp>); unset, the local PSP simulator.'),
  PSP_WEBHOOK_SECRETS: secretPairs(
    'PSP ids',
    'cardpay:local-cardpay-webhook-secret,instantbank:local-instantbank-webhook-secret,paywallet:local-paywallet-webhook-secret',
  ).describe('HMAC secret per PSP for its signed webhooks, as pspId:secret pairs separated by commas.'),
  PSP_WEBHOOK_URL: z
    .url()
    .optional()
    .describe('Where the PSP simulator sends webhooks (it appends /<psp>); unset, this API.'),
  PSP_WEBHOOK_TOLERANCE_SECONDS: z.coerce.number().int().min(5).max(3600).default(300),
  WITHDRAWAL_AUTO_APPROVE_MAX_MINOR: minor
    .default(10_000)
    .describe('Withdrawals up to this amount (minor units) by low-risk players are approved without a human.'),
  WITHDRAWAL_FOUR_EYES_MIN_MINOR: minor
    .default(500_000)
    .describe('Withdrawals from this amount (minor units) need two distinct approvers, one senior.'),
  WITHDRAWAL_APPROVAL_SLA_SECONDS: z.coerce
    .number()
    .int()
    .min(1)
    .default(4 * 3600)
    .describe('An undecided withdrawal escalates to senior compliance after this long.'),
  KYC_CHECKS_TIMEOUT_SECONDS: z.coerce
    .number()
    .int()
    .min(1)
    .default(72 * 3600)
    .describe("How long an onboarding waits for the KYC provider's check results before an officer reviews it."),
  AML_CASE_SLA: z
    .string()
    .regex(
      /^\s*(LOW|MEDIUM|HIGH|CRITICAL)=\d+[smhd](\s*,\s*(LOW|MEDIUM|HIGH|CRITICAL)=\d+[smhd])*\s*$/,
      'one duration per severity, e.g. LOW=30d,MEDIUM=10d,HIGH=3d,CRITICAL=24h (units s, m, h, d)',
    )
    .default('LOW=30d,MEDIUM=10d,HIGH=3d,CRITICAL=24h')
    .describe(
      'How long an AML case of each severity may stay undecided before it escalates to senior compliance ' +
        '(units s, m, h, d); a case whose severity rises gets the shorter of its SLA and the new one from now.',
    ),
  AML_HOLD_MIN_SEVERITY: z
    .enum(['LOW', 'MEDIUM', 'HIGH', 'CRITICAL'])
    .default('HIGH')
    .describe("An open AML case at or above this severity holds the player's payouts until it closes."),
  AML_REPORTING_ENTITY_ID: z
    .string()
    .trim()
    .min(1)
    .max(100)
    .default('BACKOFFICE-OPERATOR')
    .describe(
      "The operator's reporting entity id at the financial intelligence unit (goAML's rentity_id), written into every SAR export.",
    ),
  AML_REPORTING_ENTITY_NAME: z
    .string()
    .trim()
    .min(1)
    .max(255)
    .default('iGaming back office (operator)')
    .describe("The operator's name as the financial intelligence unit knows it, written into every SAR export."),
  RG_INTERVENTION_SLA: z
    .string()
    .regex(
      /^\s*[123]=\d+[smhd](\s*,\s*[123]=\d+[smhd])*\s*$/,
      'one duration per intervention level, e.g. 1=7d,2=48h,3=24h (units s, m, h, d)',
    )
    .default('1=7d,2=48h,3=24h')
    .describe(
      'Per RG intervention level: 1, how long a safer-gambling message is watched for new markers (none: resolved); ' +
        '2, how long an RG officer has to resolve the task before restrictions apply (level 3); 3, how long an ' +
        'officer has to review the restrictions before the intervention goes to a senior (units s, m, h, d).',
    ),
  CREDIT_REFERENCE_URL: z
    .url()
    .optional()
    .describe(
      'Base URL of the credit reference agency asked by financial vulnerability checks; unset, the local ' +
        "simulator (the PSP simulator's port, under /credit-reference).",
    ),
  KYC_RESCREENING_BATCH_SIZE: z.coerce
    .number()
    .int()
    .min(1)
    .max(5_000)
    .default(200)
    .describe('Players per re-screening batch (one heartbeating activity each).'),
  DEPOSIT_CONFIRMATION_TIMEOUT_SECONDS: z.coerce
    .number()
    .int()
    .min(1)
    .default(900)
    .describe('How long a deposit waits for the PSP confirmation webhook before it is given up.'),

  KYC_SIMULATOR_PORT: port
    .default(4160)
    .describe('Port of the local KYC provider simulator (document, liveness and address checks; faults via /control).'),
  KYC_PROVIDER_BASE_URL: z
    .url()
    .optional()
    .describe('Base URL of the identity-verification (KYC) provider; unset, the local KYC simulator.'),
  // rg-exclusions:
  NATIONAL_SCHEMES_URL: z
    .url()
    .optional()
    .describe(
      'Base URL of the national self-exclusion schemes (GAMSTOP, Spelpaus, OASIS) the back office checks; unset, the ' +
        'local simulator at <PSP simulator>/national-schemes.',
    ),
  KYC_WEBHOOK_SECRET: z
    .string()
    .min(16, 'needs at least 16 characters')
    .default('local-kyc-provider-webhook-secret')
    .describe("HMAC secret of the KYC provider's signed webhooks; the default is for the local stack only."),
  KYC_WEBHOOK_URL: z
    .url()
    .optional()
    .describe('Where the KYC simulator sends its webhooks; unset, this API (/kyc/v1/webhooks).'),
  KYC_WEBHOOK_TOLERANCE_SECONDS: z.coerce
    .number()
    .int()
    .min(5)
    .max(3600)
    .default(300)
    .describe("How far a KYC webhook's signed timestamp may be from now, against replays."),

  PII_MASTER_KEY: z
    .string()
    .optional()
    .describe(
      'Master key (32 bytes, base64) that wraps the per-player data keys of personal data; unset, PII_MASTER_KEY_FILE, ' +
        'or outside production a key generated into STACK_DATA_DIR/secrets. A production start refuses to run without one.',
    ),
  PII_MASTER_KEY_FILE: z.string().optional().describe('A file holding the master key for personal data (base64).'),
  PII_RETIRED_MASTER_KEYS: z
    .string()
    .default('')
    .transform((v) =>
      v
        .split(',')
        .map((k) => k.trim())
        .filter(Boolean),
    )
    .describe('Earlier master keys (base64, comma-separated) that still unwrap data keys until they are rewrapped.'),
  PII_BLIND_INDEX_KEY: z
    .string()
    .optional()
    .describe(
      'Key (32 bytes, base64) of the blind indexes that search personal data by email and name; unset, derived ' +
        'from the master key (then a new master key needs the indexes rebuilt).',
    ),
  PLAYER_TOKEN_ISSUER: z
    .url()
    .optional()
    .describe(
      "The `iss` of player tokens: the operator's identity provider. With PLAYER_TOKEN_AUDIENCE and PLAYER_JWKS_URL; " +
        'all three unset on the local stack means its development issuer; a production start needs all three.',
    ),
  PLAYER_TOKEN_AUDIENCE: z.string().min(1).optional().describe('The `aud` player tokens must carry for this API.'),
  PLAYER_JWKS_URL: z.url().optional().describe("The identity provider's JWKS (its public signing keys), by HTTPS."),
  PLAYER_TOKEN_CLOCK_TOLERANCE_SECONDS: z.coerce
    .number()
    .int()
    .min(0)
    .max(300)
    .default(30)
    .describe('Leeway for `exp` and `nbf` against clock skew between the identity provider and the API.'),
  PLAYER_DEV_ISSUER_PORT: port
    .default(4150)
    .describe("Port of the local stack's development identity provider (JWKS and token minting)."),
  PLAYER_DEV_ISSUER: flag.describe(
    'Serve the development identity provider (the local stack sets it for its simulator process); refused with ' +
      'NODE_ENV=production.',
  ),

  STACK_PORT_OFFSET: z.coerce
    .number()
    .int()
    .min(0)
    .max(1000)
    .default(0)
    .describe(
      'Added to every default port of the local stack (API, engines, PSP and KYC simulators, metrics), so a second ' +
        'stack (with its own STACK_DATA_DIR) runs beside the first; ports given explicitly stay as given.',
    ),
  STACK_DATA_DIR: z
    .string()
    .default(path.resolve(__dirname, '..', '.data'))
    .describe('Local data and logs.'),
  STACK_CACHE_DIR: z
    .string()
    .default(path.join(process.env.XDG_CACHE_HOME ?? path.join(os.homedir(), '.cache'), 'igaming-backoffice'))
    .describe('Downloaded toolchains (Temporal CLI, Kafka jars), kept outside the clone and reused.'),
});

export type RawConfig = z.infer<typeof configSchema>;

/** How player bearer tokens are verified: who issues them, for whom, and where the issuer's keys are. */
export interface PlayerTokenSettings {
  issuer: string;
  audience: string;
  jwksUrl: string;
  clockToleranceSeconds: number;
}

/** The audience of the development issuer's tokens. */
export const DEV_ISSUER_AUDIENCE = 'player-api';

/** The settings every process uses, with the local-stack addresses filled in where none was given. */
export interface Config extends RawConfig {
  databaseUrl: string;
  temporalAddress: string;
  temporalWebUrl: string;
  kafkaBrokers: string[];
  pspBaseUrl: string;
  pspWebhookUrl: string;
  kycProviderBaseUrl: string;
  kycWebhookUrl: string;
  /** Base URL of the national self-exclusion schemes (rg-exclusions). */
  nationalSchemesUrl: string;
  creditReferenceUrl: string;
  /** The origins whose pages may call the codec server with credentials. */
  codecCorsOrigins: string[];
  /** Which engines were given explicitly (and so must answer) rather than run locally. */
  external: { postgres: boolean; temporal: boolean; kafka: boolean };
  /** A production start (isProductionStart): secrets must be strong and keys given, never generated. */
  production: boolean;
  /**
   * How the API verifies player tokens; undefined in a production start (NODE_ENV=production or an explicit
   * DATABASE_URL) that names no issuer, which the API refuses to start with (`requirePlayerTokenSettings`).
   */
  playerTokens: PlayerTokenSettings | undefined;
  /** Whether this process runs the development identity provider: local stack only, never in production. */
  devIssuer: boolean;
}

/** Thrown when the environment does not describe a valid configuration; the message names every bad variable. */
export class ConfigError extends Error {
  constructor(
    readonly problems: readonly string[],
    heading = 'Invalid configuration:',
  ) {
    super(`${heading}\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

/** The local stack's ports that STACK_PORT_OFFSET moves when they are not given explicitly. */
const offsetPorts = [
  'API_PORT',
  'EMBEDDED_POSTGRES_PORT',
  'TEMPORAL_PORT',
  'TEMPORAL_UI_PORT',
  'KAFKA_PORT',
  'PSP_SIMULATOR_PORT',
  'PLAYER_DEV_ISSUER_PORT',
  'KYC_SIMULATOR_PORT',
] as const;

/** The development identity provider's settings (its issuer is its own address), for a stack with these ports. */
export function devIssuerSettings(
  raw: Pick<RawConfig, 'PLAYER_DEV_ISSUER_PORT' | 'PLAYER_TOKEN_CLOCK_TOLERANCE_SECONDS'>,
) {
  const issuer = `http://127.0.0.1:${raw.PLAYER_DEV_ISSUER_PORT}`;
  return {
    issuer,
    audience: DEV_ISSUER_AUDIENCE,
    jwksUrl: `${issuer}/.well-known/jwks.json`,
    clockToleranceSeconds: raw.PLAYER_TOKEN_CLOCK_TOLERANCE_SECONDS,
  } satisfies PlayerTokenSettings;
}

/**
 * Player token settings: the three variables together, or (on a local start only) the development issuer's. A
 * production start never falls back to the development issuer, and may not name it as its issuer either.
 */
function playerTokenSettingsOf(
  raw: RawConfig,
  production: boolean,
): { playerTokens: PlayerTokenSettings | undefined; devIssuer: boolean } {
  const given = [raw.PLAYER_TOKEN_ISSUER, raw.PLAYER_TOKEN_AUDIENCE, raw.PLAYER_JWKS_URL];
  if (given.some((v) => v !== undefined) && !given.every((v) => v !== undefined)) {
    throw new ConfigError([
      'PLAYER_TOKEN_ISSUER: must be given together with PLAYER_TOKEN_AUDIENCE and PLAYER_JWKS_URL (or none of them ' +
        'on the local stack, for its development issuer)',
    ]);
  }
  if (production && raw.PLAYER_DEV_ISSUER) {
    throw new ConfigError(['PLAYER_DEV_ISSUER: the development identity provider never runs in a production start']);
  }
  const dev = devIssuerSettings(raw);
  if (raw.PLAYER_TOKEN_ISSUER && raw.PLAYER_TOKEN_AUDIENCE && raw.PLAYER_JWKS_URL) {
    const explicit = {
      issuer: raw.PLAYER_TOKEN_ISSUER,
      audience: raw.PLAYER_TOKEN_AUDIENCE,
      jwksUrl: raw.PLAYER_JWKS_URL,
      clockToleranceSeconds: raw.PLAYER_TOKEN_CLOCK_TOLERANCE_SECONDS,
    };
    if (production && (explicit.issuer === dev.issuer || explicit.jwksUrl === dev.jwksUrl)) {
      throw new ConfigError([
        "PLAYER_TOKEN_ISSUER: names the local stack's development issuer, which a production start may not trust",
      ]);
    }
    return { playerTokens: explicit, devIssuer: raw.PLAYER_DEV_ISSUER };
  }
  return !production ? { playerTokens: dev, devIssuer: true } : { playerTokens: undefined, devIssuer: false };
}

/** The player token settings, or a ConfigError saying what a production start must set (the API cannot run without). */
export function requirePlayerTokenSettings(config: Config): PlayerTokenSettings {
  if (config.playerTokens) return config.playerTokens;
  throw new ConfigError([
    'PLAYER_TOKEN_ISSUER: a production start (NODE_ENV=production or an explicit DATABASE_URL) needs ' +
      "PLAYER_TOKEN_ISSUER, PLAYER_TOKEN_AUDIENCE and PLAYER_JWKS_URL of the operator's identity provider; the " +
      'development issuer runs on the local stack only',
  ]);
}

function withPortOffset(raw: RawConfig, present: Record<string, unknown>): RawConfig {
  const moved = { ...raw };
  for (const key of offsetPorts) if (present[key] === undefined) moved[key] = raw[key] + raw.STACK_PORT_OFFSET;
  return moved;
}

/** The shortest secret a production start accepts: 32 random characters, well beyond any guessing. */
export const PRODUCTION_SECRET_MIN_LENGTH = 32;

/**
 * Every secret of the configuration that is ours to choose, as `[whose, value]` pairs: a production start refuses
 * any that is one of the public local defaults (they are in this repository) or shorter than
 * PRODUCTION_SECRET_MIN_LENGTH. A setting that adds a secret adds a line here. KAFKA_SASL_PASSWORD and
 * TEMPORAL_API_KEY are issued by those systems, so they are not judged here.
 */
const productionSecrets: Readonly<Partial<Record<keyof RawConfig, (raw: RawConfig) => [string, string][]>>> = {
  GAME_PROVIDER_SECRETS: (raw) => [...raw.GAME_PROVIDER_SECRETS],
  PSP_WEBHOOK_SECRETS: (raw) => [...raw.PSP_WEBHOOK_SECRETS],
  KYC_WEBHOOK_SECRET: (raw) => [['the KYC provider', raw.KYC_WEBHOOK_SECRET]],
};

/** The local stack's Postgres password, which a production DATABASE_URL must not use. */
const LOCAL_DATABASE_PASSWORD = 'postgres';

/**
 * A production start: NODE_ENV=production, or an explicit DATABASE_URL (a real database) unless NODE_ENV says
 * `development` or `test`, as the local stack, docker compose and Jest do.
 */
export function isProductionStart(raw: Pick<RawConfig, 'NODE_ENV' | 'DATABASE_URL'>): boolean {
  if (raw.NODE_ENV === 'production') return true;
  return raw.DATABASE_URL !== undefined && raw.NODE_ENV !== 'development' && raw.NODE_ENV !== 'test';
}

/** What a production start refuses in `raw`, one line per variable; empty when its secrets will do. */
export function productionSecretProblems(raw: RawConfig): string[] {
  const localDefaults = configSchema.parse({});
  const defaultValues = new Set(
    Object.values(productionSecrets).flatMap((secretsOf) => secretsOf(localDefaults).map(([, value]) => value)),
  );
  const problems: string[] = [];
  for (const [key, secretsOf] of Object.entries(productionSecrets)) {
    const weak = secretsOf(raw).flatMap(([whose, value]) =>
      defaultValues.has(value)
        ? [`${whose}'s is a public local default`]
        : value.length < PRODUCTION_SECRET_MIN_LENGTH
          ? [`${whose}'s has ${value.length} characters`]
          : [],
    );
    if (weak.length)
      problems.push(`${key}: ${weak.join('; ')} (each needs ${PRODUCTION_SECRET_MIN_LENGTH}+ random characters)`);
  }
  if (raw.DATABASE_URL && decodeURIComponent(new URL(raw.DATABASE_URL).password) === LOCAL_DATABASE_PASSWORD)
    problems.push(`DATABASE_URL: its password is the local stack's default`);
  return problems;
}

export function parseConfig(env: NodeJS.ProcessEnv): Config {
  const present = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
  const parsed = configSchema.safeParse(present);
  if (!parsed.success) {
    throw new ConfigError(
      parsed.error.issues.map((issue) => {
        const key = String(issue.path[0] ?? '(root)');
        const secret = ['PASSWORD', 'KEY', 'SECRET'].some((word) => key.includes(word));
        const shown = secret ? '***' : JSON.stringify(present[key]);
        return `${key}: ${issue.message} (got ${shown})`;
      }),
    );
  }
  const raw = withPortOffset(parsed.data, present);
  if (raw.KAFKA_SASL_MECHANISM && !(raw.KAFKA_SASL_USERNAME && raw.KAFKA_SASL_PASSWORD)) {
    throw new ConfigError(['KAFKA_SASL_MECHANISM: needs KAFKA_SASL_USERNAME and KAFKA_SASL_PASSWORD']);
  }
  if (Boolean(raw.TEMPORAL_TLS_CERT_PATH) !== Boolean(raw.TEMPORAL_TLS_KEY_PATH)) {
    throw new ConfigError(['TEMPORAL_TLS_CERT_PATH: must be given together with TEMPORAL_TLS_KEY_PATH']);
  }
  const production = isProductionStart(raw);
  if (production) {
    const problems = productionSecretProblems(raw);
    if (problems.length) {
      const why = raw.NODE_ENV === 'production' ? 'NODE_ENV=production' : 'DATABASE_URL is set';
      throw new ConfigError(
        [
          ...problems,
          'Generate each secret with e.g. `openssl rand -hex 32`; a start that is not production sets NODE_ENV=development.',
        ],
        `Refusing a production start (${why}) with default or short secrets:`,
      );
    }
  }
  return {
    ...raw,
    databaseUrl: raw.DATABASE_URL ?? `postgres://postgres:postgres@127.0.0.1:${raw.EMBEDDED_POSTGRES_PORT}/backoffice`,
    temporalAddress: raw.TEMPORAL_ADDRESS ?? `127.0.0.1:${raw.TEMPORAL_PORT}`,
    temporalWebUrl: raw.TEMPORAL_WEB_URL ?? `http://127.0.0.1:${raw.TEMPORAL_UI_PORT}`,
    kafkaBrokers: raw.KAFKA_BROKERS ?? [`127.0.0.1:${raw.KAFKA_PORT}`],
    pspBaseUrl: raw.PSP_BASE_URL ?? `http://127.0.0.1:${raw.PSP_SIMULATOR_PORT}`,
    pspWebhookUrl: raw.PSP_WEBHOOK_URL ?? `http://127.0.0.1:${raw.API_PORT}/psp/v1/webhooks`,
    kycProviderBaseUrl: raw.KYC_PROVIDER_BASE_URL ?? `http://127.0.0.1:${raw.KYC_SIMULATOR_PORT}`,
    kycWebhookUrl: raw.KYC_WEBHOOK_URL ?? `http://127.0.0.1:${raw.API_PORT}/kyc/v1/webhooks`,
    nationalSchemesUrl: raw.NATIONAL_SCHEMES_URL ?? `http://127.0.0.1:${raw.PSP_SIMULATOR_PORT}/national-schemes`,
    creditReferenceUrl: raw.CREDIT_REFERENCE_URL ?? `http://127.0.0.1:${raw.PSP_SIMULATOR_PORT}/credit-reference`,
    codecCorsOrigins: raw.CODEC_CORS_ORIGINS ?? [
      `http://localhost:${raw.TEMPORAL_UI_PORT}`,
      `http://127.0.0.1:${raw.TEMPORAL_UI_PORT}`,
    ],
    production,
    external: {
      postgres: raw.DATABASE_URL !== undefined,
      temporal: raw.TEMPORAL_ADDRESS !== undefined,
      kafka: raw.KAFKA_BROKERS !== undefined,
    },
    ...playerTokenSettingsOf(raw, production),
  };
}

/** The rate limits the API applies, from RATE_LIMIT_*. */
export function rateLimitSettingsOf(config: RawConfig): RateLimitSettings {
  return {
    player: config.RATE_LIMIT_PLAYER_PER_SECOND,
    wallet: config.RATE_LIMIT_WALLET_PER_SECOND,
    pspWebhooks: config.RATE_LIMIT_PSP_WEBHOOKS_PER_SECOND,
    unsigned: config.RATE_LIMIT_UNSIGNED_PER_SECOND,
  };
}

let cached: Config | undefined;

/** Parses the environment once per process; a bad value ends the process with one readable message. */
export function loadConfig(): Config {
  if (cached) return cached;
  // A local .env fills in what the environment leaves unset; the real environment always wins.
  dotenv.config({ path: path.resolve(__dirname, '..', '.env'), quiet: true });
  try {
    cached = parseConfig(process.env);
    return cached;
  } catch (err) {
    if (err instanceof ConfigError) {
      process.stderr.write(`${err.message}\nSee .env.example for every variable and its meaning.\n`);
      process.exit(78); // EX_CONFIG
    }
    throw err;
  }
}
