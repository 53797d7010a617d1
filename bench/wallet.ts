import autocannon from 'autocannon';
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import readline from 'node:readline';
import pg from 'pg';
import { z } from 'zod';
import type { Currency } from '../contracts/wallet';
import { decreaseLimit } from '../domain/rg/limits/limits';
import { creditDeposit } from '../domain/wallet/money-movements';
import { openGameSession } from '../domain/wallet/game-sessions';
import { SignatureHeader, signWalletRequest } from '../domain/wallet/provider-signature';
import { loadConfig, type Config } from '../platform/config';
import { createPool, ensureDatabase, type Db } from '../platform/db';
import { info, step } from '../stack/progress';
import { bringUpStack, pidDirOf, type RunningStack } from '../stack/stack';
import {
  commandLine,
  cpuLine,
  fixed,
  forEachInParallel,
  machineFacts,
  outboxBacklog,
  percentile,
  registerPlayers,
  awaitKycVerified,
  round,
  settleOutbox,
  table,
  verifyLedgerNow,
  type CpuSampler,
} from './bench-support';
import { createCpuSampler, type CpuShare } from './process-cpu';

// `npm run bench:wallet`: the seamless-wallet benchmark. Signed bet/win pairs over HTTP on loopback against the
// API of the running stack, at several concurrency levels, next to pgbench (TPC-B-like) on the same Postgres with
// the same client count; then the ledger's invariants. The last line of stdout is one JSON object.

const settingsSchema = z.object({
  BENCH_SECONDS: z.coerce.number().int().min(1).max(600).default(15).describe('Measured seconds per level and tool.'),
  BENCH_WARMUP_SECONDS: z.coerce.number().int().min(0).max(60).default(3).describe('Unmeasured load before each.'),
  BENCH_STACK_WARMUP_SECONDS: z.coerce
    .number()
    .int()
    .min(0)
    .max(600)
    .default(60)
    .describe(
      'Unmeasured load once, before the first level, at the largest level: a stack just set up is not in its ' +
        'steady state for a minute or so (measured: a first level at half the rate of the same level after it).',
    ),
  BENCH_CONNECTIONS: z
    .string()
    .default('16,32,64')
    .transform((v) => v.split(',').map((n) => Number(n.trim())))
    .pipe(z.array(z.number().int().min(1).max(128)).min(1))
    .describe('Concurrency levels: HTTP connections for the wallet, clients for pgbench.'),
  BENCH_RG_LIMITS: z
    .enum(['on', 'off'])
    .default('on')
    .describe('Give every player loss and wager limits (the gate’s worst case), or none (for an A/B of their cost).'),
});
type Settings = z.infer<typeof settingsSchema>;

const PLAYERS = 1000;
const CURRENCY: Currency = 'EUR';
const BET_MINOR = 100;
/** Wins pay 1 to 190 minor units, so every operation posts to the ledger and players lose slowly (RTP ~95 %). */
const MAX_WIN_MINOR = 190;
/** 100,000 EUR each: 100,000 lost bets of 1 EUR, far more than any run places on one player. */
const FUNDING_MINOR = 10_000_000;
/**
 * The responsible-gambling gate's paths run for real: a fifth of the players are GB players in GBP (so the GB
 * slots stake caps match their bets, which stay under them), and every player has loss and wager limits (far above
 * what a run stakes, so no bet is refused for them) whose windows the gate sums and whose play buckets every batch
 * writes.
 */
const GB_PLAYERS = 200;
const GB_CURRENCY: Currency = 'GBP';
/** The wallet currency of each player (EUR unless a GB player's GBP). */
const playerCurrency = new Map<string, Currency>();
const currencyOf = (playerId: string) => playerCurrency.get(playerId) ?? CURRENCY;
/** Each player's limits: what the gate reads (headroom per window) and the batch writes (play buckets) per bet. */
const BENCH_LIMITS = [
  { kind: 'LOSS', period: 'DAY', amount: FUNDING_MINOR },
  { kind: 'LOSS', period: 'WEEK', amount: FUNDING_MINOR },
  { kind: 'WAGER', period: 'DAY', amount: 10 * FUNDING_MINOR },
] as const;
/** A game the local stack's provider offers (config/game-providers.json): bets in any other are refused. */
const GAME_ID = 'starburst';
const PGBENCH_DATABASE = 'pgbench';
/**
 * pgbench's scale: at least the largest client count, as pgbench's documentation asks. TPC-B updates one of
 * `scale` branch rows in every transaction and holds its lock until commit, so with fewer branches than clients
 * pgbench measures waits on those rows rather than what Postgres can do; the wallet's load has no such hot rows
 * (1,000 players), and the ratio would compare unlike things in the wallet's favour.
 */
const pgbenchScaleFor = (connections: readonly number[]) => Math.max(10, ...connections);
/** The issue's targets on a 2-core machine with the rest of the stack running. */
const TARGETS = { opsPerSec: 2000, p99Ms: 50, ratio: 0.8 };

interface LoadResult {
  connections: number;
  seconds: number;
  okOps: number;
  opsPerSec: number;
  p50Ms: number;
  p99Ms: number;
  p999Ms: number;
  non2xx: number;
  statusCounts: Record<string, number>;
  socketErrors: number;
  firstFailure?: string;
  outboxBacklog: number;
  cpu: CpuShare;
}

interface PgbenchResult {
  clients: number;
  tps: number;
  latencyMs: number;
  failed: number;
  command: string;
  cpu: CpuShare;
}

/** CPU milliseconds per unit of work (an operation, a transaction) at `perSecond`: the whole machine's, Postgres's. */
function costPerUnit(cpu: CpuShare, perSecond: number): { machineMs: number; postgresMs: number } {
  const ms = (cores: number) => (perSecond > 0 ? round((cores * 1000) / perSecond, 3) : 0);
  return { machineMs: ms(cpu.machineBusy), postgresMs: ms(cpu.groups.postgres ?? 0) };
}

/** What a Ctrl-C must end: the load generator or pgbench run in progress. */
const running: { load?: autocannon.Instance; child?: ChildProcess } = {};

async function fundPlayers(db: Db, runId: string, playerIds: readonly string[]): Promise<void> {
  const progress = step(`Funding each player with ${FUNDING_MINOR / 100} of their currency (creditDeposit)`);
  let funded = 0;
  await forEachInParallel(playerIds, 8, async (playerId) => {
    await creditDeposit(db, {
      depositId: `bench-${runId}-${playerId}`,
      playerId,
      psp: 'bench-psp',
      amountMinor: FUNDING_MINOR,
      currency: currencyOf(playerId),
    });
    progress.update(`${++funded}/${playerIds.length}`);
  });
  progress.done();
}

/** Gives every player the bench's loss and wager limits, as a player who sets first limits does (at once). */
async function setLimits(db: Db, playerIds: readonly string[]): Promise<void> {
  const progress = step(`Setting ${BENCH_LIMITS.length} loss and wager limits per player (decreaseLimit)`);
  let done = 0;
  await forEachInParallel(playerIds, 8, async (playerId) => {
    for (const limit of BENCH_LIMITS) {
      await decreaseLimit(db, { playerId, ...limit, reason: 'bench: limits on', requestedBy: playerId });
    }
    progress.update(`${++done}/${playerIds.length}`);
  });
  progress.done();
}

/**
 * Opens a game session per player, as the player API does for a signed-in player (POST /player/v1/game-sessions),
 * directly: the benchmark plays the players' part without their sign-in. Answers each player's launch token.
 */
async function launchGames(
  db: Db,
  config: Config,
  playerIds: readonly string[],
  providerId: string,
): Promise<Map<string, string>> {
  const progress = step(`Opening a game session per player (${providerId}, ${GAME_ID})`);
  const settings = {
    idleTimeoutSeconds: config.GAME_SESSION_IDLE_TIMEOUT_SECONDS,
    maxDurationSeconds: config.GAME_SESSION_MAX_SECONDS,
  };
  const tokens = new Map<string, string>();
  await forEachInParallel(playerIds, 8, async (playerId) => {
    const opened = await openGameSession(
      db,
      playerId,
      { providerId, gameId: GAME_ID, currency: currencyOf(playerId) },
      settings,
    );
    if (!opened) throw new Error(`no player ${playerId} to open a game session for`);
    tokens.set(playerId, opened.launchToken);
    progress.update(`${tokens.size}/${playerIds.length}`);
  });
  progress.done();
  return tokens;
}

/**
 * The request sequence every connection loops over: a bet on a random player, then the win that settles the same
 * round. Each is built just before it is sent, with fresh ids (unique across every load run of this benchmark)
 * and a signature over its exact bytes.
 */
function createBetWinSequence(
  runId: string,
  sessionTokens: ReadonlyMap<string, string>,
  provider: { id: string; secret: string },
) {
  const playerIds = [...sessionTokens.keys()];
  let rounds = 0;
  const signed = (request: autocannon.Request, path: string, body: Record<string, unknown>): autocannon.Request => {
    const raw = JSON.stringify(body);
    const timestamp = Math.floor(Date.now() / 1000);
    return {
      ...request,
      method: 'POST',
      path,
      body: raw,
      headers: {
        'content-type': 'application/json',
        [SignatureHeader.provider]: provider.id,
        [SignatureHeader.timestamp]: String(timestamp),
        [SignatureHeader.signature]: signWalletRequest(provider.secret, timestamp, raw),
      },
    };
  };
  return (onFailure: (status: number, body: string) => void): autocannon.RequestStep[] => {
    const onResponse = (status: number, body: string) => {
      if (status < 200 || status > 299) onFailure(status, body);
    };
    return [
      {
        setupRequest: (request, context) => {
          const round = (context.round = {
            n: ++rounds,
            playerId: playerIds[Math.floor(Math.random() * playerIds.length)]!,
          });
          return signed(request, '/wallet/v1/bet', {
            transactionId: `${runId}-bet-${round.n}`,
            playerId: round.playerId,
            currency: currencyOf(round.playerId),
            roundId: `${runId}-round-${round.n}`,
            gameId: GAME_ID,
            amountMinor: BET_MINOR,
            roundFinished: false,
            sessionToken: sessionTokens.get(round.playerId),
          });
        },
        onResponse,
      },
      {
        setupRequest: (request, context) => {
          const round = context.round as { n: number; playerId: string };
          return signed(request, '/wallet/v1/win', {
            transactionId: `${runId}-win-${round.n}`,
            playerId: round.playerId,
            currency: currencyOf(round.playerId),
            roundId: `${runId}-round-${round.n}`,
            gameId: GAME_ID,
            amountMinor: 1 + Math.floor(Math.random() * MAX_WIN_MINOR),
            roundFinished: true,
          });
        },
        onResponse,
      },
    ];
  };
}

type BetWinSequence = ReturnType<typeof createBetWinSequence>;

/** Drives the sequence for `seconds` on `connections` keep-alive connections; only 2xx answers count as ops. */
function runWalletLoad(options: {
  apiUrl: string;
  connections: number;
  seconds: number;
  sequence: BetWinSequence;
  onSecond?: (answered: number) => void;
}): Promise<Omit<LoadResult, 'outboxBacklog' | 'cpu'>> {
  return new Promise((resolve, reject) => {
    const latencies: number[] = [];
    const statusCounts: Record<string, number> = {};
    let firstFailure: string | undefined;
    const instance = autocannon(
      {
        url: options.apiUrl,
        connections: options.connections,
        duration: options.seconds,
        requests: options.sequence((status, body) => (firstFailure ??= `${status} ${body.slice(0, 300)}`)),
      },
      (err, result) => {
        running.load = undefined;
        if (err) return reject(err);
        const sorted = Float64Array.from(latencies).sort();
        const non2xx = Object.entries(statusCounts)
          .filter(([status]) => !status.startsWith('2'))
          .reduce((sum, [, count]) => sum + count, 0);
        resolve({
          connections: options.connections,
          seconds: result.duration,
          okOps: latencies.length,
          opsPerSec: latencies.length / result.duration,
          p50Ms: percentile(sorted, 0.5),
          p99Ms: percentile(sorted, 0.99),
          p999Ms: percentile(sorted, 0.999),
          non2xx,
          statusCounts,
          socketErrors: result.errors,
          firstFailure,
        });
      },
    );
    running.load = instance;
    // autocannon's own histogram keeps whole milliseconds; its response event has the exact time.
    instance.on('response', (_client, statusCode, _bytes, ms) => {
      statusCounts[statusCode] = (statusCounts[statusCode] ?? 0) + 1;
      if (statusCode >= 200 && statusCode <= 299) latencies.push(ms);
    });
    instance.on('tick', ({ counter }) => options.onSecond?.(counter));
  });
}

function pgbenchEnv(databaseUrl: string): Record<string, string> {
  const url = new URL(databaseUrl);
  return {
    PGHOST: url.hostname.replace(/^\[(.*)\]$/, '$1'),
    PGPORT: url.port || '5432',
    PGUSER: decodeURIComponent(url.username),
    PGPASSWORD: decodeURIComponent(url.password),
    PGDATABASE: PGBENCH_DATABASE,
  };
}

function shownCommand(env: Record<string, string>, command: string, args: readonly string[]): string {
  const vars = Object.entries(env).filter(([key]) => key !== 'PGPASSWORD');
  return [...vars.map(([key, value]) => `${key}=${value}`), command, ...args].join(' ');
}

/** Runs a command to completion with its output captured; each line also goes to `onLine`. */
function runCommand(
  command: string,
  args: readonly string[],
  env: Record<string, string>,
  onLine: (line: string) => void = () => undefined,
): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    running.child = child;
    const lines: string[] = [];
    for (const stream of [child.stdout, child.stderr]) {
      readline.createInterface({ input: stream }).on('line', (line) => {
        lines.push(line);
        onLine(line);
      });
    }
    child.on('error', reject);
    child.on('close', (code, signal) => {
      running.child = undefined;
      const output = lines.join('\n');
      if (code === 0) resolve(output);
      else reject(new Error(`${command} ${args.join(' ')} ended with ${signal ?? code}:\n${output.slice(-2000)}`));
    });
  });
}

/** Creates the pgbench database next to the back office's and loads TPC-B tables at `pgbenchScale`, once. */
async function preparePgbench(config: Config, pgbenchScale: number): Promise<Record<string, string>> {
  await ensureDatabase(config.databaseUrl, PGBENCH_DATABASE);

  const benchUrl = new URL(config.databaseUrl);
  benchUrl.pathname = `/${PGBENCH_DATABASE}`;
  const client = new pg.Client({ connectionString: benchUrl.toString() });
  await client.connect();
  let scale = 0;
  try {
    const { rows } = await client.query<{ present: boolean }>(
      `SELECT to_regclass('pgbench_branches') IS NOT NULL AND to_regclass('pgbench_accounts') IS NOT NULL AS present`,
    );
    if (rows[0]!.present) {
      scale = (await client.query<{ n: number }>('SELECT count(*)::BIGINT AS n FROM pgbench_branches')).rows[0]!.n;
    }
  } finally {
    await client.end();
  }

  const env = pgbenchEnv(config.databaseUrl);
  if (scale === pgbenchScale) {
    info(`✔ pgbench database already initialised at scale ${pgbenchScale}`);
  } else {
    const args = ['-i', '-s', String(pgbenchScale), '-q'];
    const progress = step(`Initialising pgbench: ${shownCommand(env, 'pgbench', args)}`);
    await runCommand('pgbench', args, env, progress.update);
    progress.done();
  }
  return env;
}

async function runPgbench(
  env: Record<string, string>,
  clients: number,
  seconds: number,
  cpu: CpuSampler,
): Promise<PgbenchResult> {
  const args = ['-c', String(clients), '-j', String(Math.min(2, clients)), '-T', String(seconds), '-M', 'prepared'];
  const command = shownCommand(env, 'pgbench', args);
  const progress = step(`pgbench, ${clients} clients, ${seconds} s: ${command}`);
  const before = cpu.snapshot();
  const output = await runCommand('pgbench', args, env);
  const share = cpu.share(before, cpu.snapshot());
  const tps = /tps = ([\d.]+) \(without initial connection time\)/.exec(output);
  if (!tps) throw new Error(`pgbench printed no tps line:\n${output}`);
  const latency = /latency average = ([\d.]+) ms/.exec(output);
  const failed = /number of failed transactions: (\d+)/.exec(output);
  const result = {
    clients,
    tps: Number(tps[1]),
    latencyMs: Number(latency?.[1] ?? Number.NaN),
    failed: Number(failed?.[1] ?? 0),
    command,
    cpu: share,
  };
  progress.done(`${result.tps.toFixed(0)} tps`);
  return result;
}

async function measureWalletLevel(options: {
  apiUrl: string;
  db: Db;
  connections: number;
  settings: Settings;
  sequence: BetWinSequence;
  cpu: CpuSampler;
}): Promise<LoadResult> {
  const { connections, settings } = options;
  await settleOutbox(options.db);
  if (settings.BENCH_WARMUP_SECONDS > 0) {
    const warmup = step(`Wallet warm-up, ${connections} connections, ${settings.BENCH_WARMUP_SECONDS} s`);
    const result = await runWalletLoad({ ...options, seconds: settings.BENCH_WARMUP_SECONDS });
    warmup.done(`${result.opsPerSec.toFixed(0)} ops/s${result.non2xx ? `, ${result.non2xx} non-2xx` : ''}`);
    await settleOutbox(options.db);
  }
  const progress = step(`Wallet load, ${connections} connections, ${settings.BENCH_SECONDS} s`);
  const before = options.cpu.snapshot();
  const result = await runWalletLoad({
    ...options,
    seconds: settings.BENCH_SECONDS,
    onSecond: (answered) => progress.update(`${answered} answers/s`),
  });
  const cpu = options.cpu.share(before, options.cpu.snapshot());
  const backlog = await outboxBacklog(options.db);
  progress.done(`${result.opsPerSec.toFixed(0)} ops/s, p99 ${result.p99Ms.toFixed(1)} ms`);
  return { ...result, outboxBacklog: backlog, cpu };
}

async function main(): Promise<number> {
  const settings = settingsSchema.parse(process.env);
  const config = loadConfig();
  const [providerId, secret] = [...config.GAME_PROVIDER_SECRETS][0]!;
  const runId = `bench-${Date.now().toString(36)}-${randomBytes(3).toString('hex')}`;
  info(`Seamless-wallet benchmark ${runId}: ${PLAYERS} players, connections ${settings.BENCH_CONNECTIONS.join('/')}`);
  info(
    `  ${settings.BENCH_SECONDS} s per level (+${settings.BENCH_WARMUP_SECONDS} s warm-up; the stack warmed up ` +
      `${settings.BENCH_STACK_WARMUP_SECONDS} s first), provider ${providerId}`,
  );

  const stack: RunningStack = await bringUpStack(config, { ourProcesses: true });
  const db = createPool(config.databaseUrl, 8);
  const stopEverything = async () => {
    running.load?.stop();
    if (running.child?.pid) running.child.kill('SIGINT');
    await db.end().catch(() => undefined);
    await stack.stop();
  };
  process.once('SIGINT', () => {
    info('\nSIGINT: stopping the load and what this run started…');
    void stopEverything().then(() => process.exit(130));
  });

  try {
    if (stack.started.length) info(`Started for this run (stopped at the end): ${stack.started.join(', ')}`);
    if (stack.reused.length) info(`Reused: ${stack.reused.join(', ')}`);
    const { rows: versionRows } = await db.query<{ v: string }>("SELECT current_setting('server_version') AS v");
    const pgbenchVersion = (await runCommand('pgbench', ['--version'], {})).trim();

    const playerIds = await registerPlayers(stack.apiUrl, {
      count: PLAYERS - GB_PLAYERS,
      jurisdiction: 'MT',
      currency: CURRENCY,
    });
    const gbPlayerIds = await registerPlayers(stack.apiUrl, {
      count: GB_PLAYERS,
      jurisdiction: 'GB',
      currency: GB_CURRENCY,
    });
    for (const playerId of gbPlayerIds) playerCurrency.set(playerId, GB_CURRENCY);
    playerIds.push(...gbPlayerIds);
    await awaitKycVerified(db, playerIds);
    await fundPlayers(db, runId, playerIds);
    if (settings.BENCH_RG_LIMITS === 'on') await setLimits(db, playerIds);
    else info('BENCH_RG_LIMITS=off: no player has a loss or wager limit (the gate finds none, no play buckets)');
    const pgbenchScale = pgbenchScaleFor(settings.BENCH_CONNECTIONS);
    const pgbenchEnvVars = await preparePgbench(config, pgbenchScale);
    const cpu = createCpuSampler({
      pidDir: pidDirOf(config),
      // The wallet's path and every consumer of its events (Kafka itself falls under "other").
      pidFiles: ['api', 'outbox-relay', 'rg-monitor', 'aml-monitor'],
    });
    const sessionTokens = await launchGames(db, config, playerIds, providerId);
    const sequence = createBetWinSequence(runId, sessionTokens, { id: providerId, secret });

    // What the setup wrote (players, KYC, funding, limits; pgbench's tables) is analysed and checkpointed now,
    // not by autovacuum and the checkpointer in the middle of a measurement.
    const settle = step('ANALYZE and CHECKPOINT after the setup');
    await db.query('ANALYZE');
    await db.query('CHECKPOINT');
    settle.done();
    info('pgbench warm-up (not measured)');
    await runPgbench(pgbenchEnvVars, settings.BENCH_CONNECTIONS[0]!, settings.BENCH_WARMUP_SECONDS || 1, cpu);
    if (settings.BENCH_STACK_WARMUP_SECONDS > 0) {
      const busiest = Math.max(...settings.BENCH_CONNECTIONS);
      const warmup = step(
        `Stack warm-up (not measured), ${busiest} connections, ${settings.BENCH_STACK_WARMUP_SECONDS} s: JITs and caches`,
      );
      const result = await runWalletLoad({
        apiUrl: stack.apiUrl,
        connections: busiest,
        sequence,
        seconds: settings.BENCH_STACK_WARMUP_SECONDS,
        onSecond: (answered) => warmup.update(`${answered} answers/s`),
      });
      warmup.done(`${result.opsPerSec.toFixed(0)} ops/s`);
    }

    const levels: { wallet: LoadResult; pgbench: PgbenchResult; ratio: number }[] = [];
    for (const connections of settings.BENCH_CONNECTIONS) {
      const wallet = await measureWalletLevel({ apiUrl: stack.apiUrl, db, connections, settings, sequence, cpu });
      await settleOutbox(db);
      const pgbench = await runPgbench(pgbenchEnvVars, connections, settings.BENCH_SECONDS, cpu);
      levels.push({ wallet, pgbench, ratio: wallet.opsPerSec / pgbench.tps });
    }

    info(
      `\nSeamless wallet (signed bet/win over HTTP, 1 op = 1 bet or 1 win) vs pgbench TPC-B at scale ${pgbenchScale}, ` +
        'same Postgres:',
    );
    const header = ['connections', 'wallet ops/s', 'p50 ms', 'p99 ms', 'p99.9 ms', 'non-2xx', 'errors'];
    const rows = levels.map(({ wallet, pgbench, ratio }) => [
      String(wallet.connections),
      fixed(wallet.opsPerSec, 0),
      fixed(wallet.p50Ms, 2),
      fixed(wallet.p99Ms, 2),
      fixed(wallet.p999Ms, 2),
      String(wallet.non2xx),
      String(wallet.socketErrors),
      fixed(pgbench.tps, 0),
      fixed(pgbench.latencyMs, 2),
      fixed(ratio, 3),
    ]);
    info(table([[...header, 'pgbench tps', 'pgbench lat ms', 'ratio'], ...rows]));
    info(
      '\nCPU during each measurement, in cores (other: Kafka, Temporal, the pgbench client, anything else running):',
    );
    for (const { wallet, pgbench } of levels) {
      info(`  ${String(wallet.connections).padStart(3)} wallet : ${cpuLine(wallet.cpu)}`);
      info(`  ${String(wallet.connections).padStart(3)} pgbench: ${cpuLine(pgbench.cpu)}`);
    }
    // What one wallet operation and one pgbench transaction cost: the ratio of throughputs on shared cores is
    // also a ratio of these, and Postgres's share is the like-for-like part (a wallet operation writes about nine
    // rows, a TPC-B transaction four; the API, the relay, Kafka and the monitors share the cores too).
    info('CPU per wallet operation and per pgbench transaction, whole machine (of it Postgres), in ms:');
    for (const { wallet, pgbench } of levels) {
      const perWallet = costPerUnit(wallet.cpu, wallet.opsPerSec);
      const perPgbench = costPerUnit(pgbench.cpu, pgbench.tps);
      info(
        `  ${String(wallet.connections).padStart(3)}: wallet ${fixed(perWallet.machineMs, 3)} ` +
          `(${fixed(perWallet.postgresMs, 3)}), pgbench ${fixed(perPgbench.machineMs, 3)} ` +
          `(${fixed(perPgbench.postgresMs, 3)})`,
      );
    }
    info(`Outbox backlog when each wallet run ended: ${levels.map((l) => l.wallet.outboxBacklog).join(' / ')} events`);

    for (const { wallet } of levels.filter((l) => l.wallet.non2xx > 0 || l.wallet.socketErrors > 0)) {
      info(
        `⚠ ${wallet.connections} connections: ${wallet.non2xx} non-2xx answers ${JSON.stringify(wallet.statusCounts)}, ` +
          `${wallet.socketErrors} socket errors; first failure: ${wallet.firstFailure ?? '-'}`,
      );
    }
    const pgbenchFailures = levels.filter((l) => l.pgbench.failed > 0);
    for (const { pgbench } of pgbenchFailures) info(`⚠ pgbench -c ${pgbench.clients}: ${pgbench.failed} failed`);

    const best = levels.reduce((a, b) => (b.wallet.opsPerSec > a.wallet.opsPerSec ? b : a));
    const checks = [
      [
        `≥ ${TARGETS.opsPerSec} wallet ops/s`,
        best.wallet.opsPerSec >= TARGETS.opsPerSec,
        fixed(best.wallet.opsPerSec, 0),
      ],
      [`p99 < ${TARGETS.p99Ms} ms`, best.wallet.p99Ms < TARGETS.p99Ms, `${fixed(best.wallet.p99Ms, 2)} ms`],
      [`wallet/pgbench ≥ ${TARGETS.ratio}`, best.ratio >= TARGETS.ratio, fixed(best.ratio, 3)],
    ] as const;
    info(
      `\nTargets at the best level (${best.wallet.connections} connections): ` +
        checks.map(([what, met, got]) => `${met ? '✔ met' : '✖ MISSED'} ${what} (got ${got})`).join('; '),
    );
    info(`Command: ${commandLine('tsx bench/wallet.ts')}`);
    info(`pgbench: ${levels.map((l) => l.pgbench.command).join(' ; ')}`);

    info('\nLedger verification (the checks of `npm run ledger:verify`, in one REPEATABLE READ transaction):');
    const verified = await verifyLedgerNow(db);

    const machine = {
      ...machineFacts(),
      postgres: versionRows[0]!.v,
      pgbench: pgbenchVersion,
    };
    const summary = {
      opsPerSec: round(best.wallet.opsPerSec, 1),
      p50Ms: round(best.wallet.p50Ms, 2),
      p99Ms: round(best.wallet.p99Ms, 2),
      p999Ms: round(best.wallet.p999Ms, 2),
      pgbenchTps: round(best.pgbench.tps, 1),
      pgbenchScale,
      ratio: round(best.ratio, 3),
      verified,
      connections: best.wallet.connections,
      seconds: settings.BENCH_SECONDS,
      players: PLAYERS,
      non2xx: levels.reduce((sum, l) => sum + l.wallet.non2xx, 0),
      targetsMet: Object.fromEntries(checks.map(([what, met]) => [what, met])),
      levels: levels.map(({ wallet, pgbench, ratio }) => ({
        connections: wallet.connections,
        opsPerSec: round(wallet.opsPerSec, 1),
        p50Ms: round(wallet.p50Ms, 2),
        p99Ms: round(wallet.p99Ms, 2),
        p999Ms: round(wallet.p999Ms, 2),
        non2xx: wallet.non2xx,
        pgbenchTps: round(pgbench.tps, 1),
        ratio: round(ratio, 3),
        cpuMsPerOp: costPerUnit(wallet.cpu, wallet.opsPerSec),
        pgbenchCpuMsPerTx: costPerUnit(pgbench.cpu, pgbench.tps),
      })),
      machine,
    };
    await stopEverything();
    process.stdout.write(`${JSON.stringify(summary)}\n`);
    return verified ? 0 : 1;
  } catch (err) {
    await stopEverything();
    throw err;
  }
}

main().then(
  (code) => process.exit(code),
  (err: unknown) => {
    process.stderr.write(`bench:wallet failed: ${(err as Error).stack ?? String(err)}\n`);
    process.exit(1);
  },
);
