import { z } from 'zod';
import { engines, type Engine } from '../../../stack/engine-outage';

/** Processes of ours the drill may SIGKILL; the supervisor of `npm start` restarts each one. */
export const killableProcesses = [
  'payments-worker',
  'wallet-worker',
  'ops-worker',
  'kyc-worker',
  'outbox-relay',
  'ops-probe-consumer',
  'aml-monitor',
  'aml-worker',
  'rg-worker',
  'rg-monitor',
  'psp-simulator',
  'api',
] as const;
export type KillableProcess = (typeof killableProcesses)[number];

/** What `--targets` may name: processes of ours to SIGKILL, and engines to hold down for an outage window. */
export const drillTargets = [...killableProcesses, ...engines] as const;
export type DrillTarget = (typeof drillTargets)[number];

export const isEngine = (target: DrillTarget): target is Engine => (engines as readonly string[]).includes(target);

/**
 * Seconds each engine outage needs beyond its own length: load before it, and time for the engine to come back and
 * the sagas to move again before the next one (Kafka's JVM takes the longest to start on a small machine).
 */
export const OUTAGE_MARGIN_SEC = 20;

/** Faults the drill can inject to prove that its checks fail when a guarantee is broken. */
export const injectableFaults = ['no-payout-idempotency'] as const;
export type InjectableFault = (typeof injectableFaults)[number];

const share = z.coerce.number().min(0);
const list = <T extends string>(values: readonly [T, ...T[]]) =>
  z
    .string()
    .transform((v) =>
      v
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean),
    )
    .pipe(z.array(z.enum(values)).min(1));

/** The drill's options, as `--name value` flags; every one has a default that finishes in about five minutes. */
export const drillOptionsSchema = z
  .object({
    duration: z.coerce.number().int().min(5).max(3600).default(240).describe('Seconds of load and kills.'),
    killEvery: z.coerce.number().min(1).max(600).default(7.5).describe('Seconds between two kills.'),
    seed: z.coerce.number().int().min(0).default(1).describe('Seed of every random choice the drill makes.'),
    players: z.coerce.number().int().min(2).max(10_000).default(40).describe('Players the drill registers.'),
    targets: list(drillTargets)
      .default([
        'payments-worker',
        'wallet-worker',
        'ops-worker',
        'kyc-worker',
        'outbox-relay',
        'ops-probe-consumer',
        'aml-monitor',
        'aml-worker',
        'rg-worker',
        'rg-monitor',
      ])
      .describe(
        'Processes to kill (psp-simulator and api are opt-in); engines temporal, kafka, postgres to take down.',
      ),
    outageSeconds: z.coerce
      .number()
      .int()
      .min(3)
      .max(600)
      .default(20)
      .describe('Seconds each engine named in --targets stays down (one outage per engine, never two at once).'),
    newcomersPerMinute: z.coerce
      .number()
      .min(0)
      .max(120)
      .default(6)
      .describe('Players registering per minute of load, each onboarded for real, most set to fail KYC somehow.'),
    rate: z.coerce.number().min(0.1).max(500).default(8).describe('Operations started per second, all kinds.'),
    mix: z
      .string()
      .default('bet=50,deposit=14,withdrawal=14,rollback=8,duplicate=8,probe=6')
      .transform((v, ctx) => {
        const entries = v.split(',').map((pair) => pair.split('=').map((s) => s.trim()));
        const parsed = z
          .array(z.tuple([z.enum(['bet', 'deposit', 'withdrawal', 'rollback', 'duplicate', 'probe']), share]))
          .safeParse(entries);
        if (!parsed.success) {
          ctx.addIssue({ code: 'custom', message: 'must be kind=weight pairs, e.g. bet=50,deposit=10' });
          return z.NEVER;
        }
        return Object.fromEntries(parsed.data) as Partial<Record<OperationKind, number>>;
      })
      .describe('Relative weights of the operation kinds.'),
    pspOutages: z
      .enum(['on', 'off'])
      .default('on')
      .transform((v) => v === 'on')
      .describe('Open and close PSP outage windows during the run.'),
    pspLatencyMs: z.coerce
      .number()
      .int()
      .min(0)
      .max(5000)
      .default(400)
      .describe('PSP answer latency during the run, so kills land mid-call.'),
    settleTimeout: z.coerce
      .number()
      .int()
      .min(10)
      .max(1800)
      .default(150)
      .describe('Seconds to wait for the end state.'),
    fault: z.enum(injectableFaults).optional().describe('Break a guarantee on purpose: the drill must then fail.'),
  })
  .strict()
  .superRefine((options, ctx) => {
    const outages = options.targets.filter(isEngine).length;
    const needed = outages * (options.outageSeconds + OUTAGE_MARGIN_SEC);
    if (options.duration < needed) {
      ctx.addIssue({
        code: 'custom',
        path: ['duration'],
        message:
          `${options.duration} s is too short for ${outages} engine outage(s) of ${options.outageSeconds} s: ` +
          `give at least ${needed} s (each outage needs ${OUTAGE_MARGIN_SEC} s more for the engine to come back)`,
      });
    }
  });

export type DrillOptions = z.infer<typeof drillOptionsSchema>;
export type OperationKind = 'bet' | 'deposit' | 'withdrawal' | 'rollback' | 'duplicate' | 'probe';

/** Parses `--name value` / `--name=value` flags (kebab-case) into the drill's options; throws a readable error. */
export function parseDrillArgs(argv: readonly string[]): DrillOptions {
  const raw: Record<string, string> = {};
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i]!;
    if (!arg.startsWith('--')) throw new Error(`unexpected argument ${arg}; options are --name value`);
    const [name, inline] = arg.slice(2).split(/=(.*)/s, 2) as [string, string | undefined];
    const value = inline ?? argv[++i];
    if (value === undefined) throw new Error(`--${name} needs a value`);
    raw[name.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase())] = value;
  }
  const parsed = drillOptionsSchema.safeParse(raw);
  if (!parsed.success) {
    throw new Error(
      parsed.error.issues
        .map((i) => `--${String(i.path[0] ?? '?').replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}: ${i.message}`)
        .join('; '),
    );
  }
  return parsed.data;
}

/** `--help`: every option with what it does and its default. */
export function drillUsage(): string {
  const lines = Object.entries(drillOptionsSchema.shape).map(([name, schema]) => {
    const flag = `--${name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`;
    return `  ${flag.padEnd(18)} ${schema.description ?? ''}`;
  });
  const defaults = describeOptions(drillOptionsSchema.parse({}));
  return ['Usage: npm run chaos -- [options]', ...lines, `Defaults: ${defaults}`].join('\n');
}

/** The options as text, for the report's header. */
export function describeOptions(options: DrillOptions): string {
  const mix = Object.entries(options.mix)
    .map(([k, v]) => `${k}=${v}`)
    .join(',');
  return [
    `--duration ${options.duration}`,
    `--kill-every ${options.killEvery}`,
    `--seed ${options.seed}`,
    `--players ${options.players}`,
    `--newcomers-per-minute ${options.newcomersPerMinute}`,
    `--rate ${options.rate}`,
    `--mix ${mix}`,
    `--targets ${options.targets.join(',')}`,
    ...(options.targets.some(isEngine) ? [`--outage-seconds ${options.outageSeconds}`] : []),
    `--psp-outages ${options.pspOutages ? 'on' : 'off'}`,
    `--psp-latency-ms ${options.pspLatencyMs}`,
    `--settle-timeout ${options.settleTimeout}`,
    ...(options.fault ? [`--fault ${options.fault}`] : []),
  ].join(' ');
}

/** A small seeded generator (mulberry32), so a run's choices can be repeated with `--seed`. */
export function seededRandom(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    /** An integer in [min, max]. */
    int: (min: number, max: number) => min + Math.floor(next() * (max - min + 1)),
    pick: <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!,
    chance: (p: number) => next() < p,
    weighted: <K extends string>(weights: Partial<Record<K, number>>): K => {
      const entries = Object.entries(weights) as [K, number][];
      const total = entries.reduce((sum, [, w]) => sum + w, 0);
      let roll = next() * total;
      for (const [key, weight] of entries) {
        roll -= weight;
        if (roll < 0) return key;
      }
      return entries[entries.length - 1]![0];
    },
  };
}
export type SeededRandom = ReturnType<typeof seededRandom>;
