import os from 'node:os';
import { describeLedgerReport, verifyLedgerSnapshot } from '../domain/wallet/ledger-verification';
import { randomUUID } from 'node:crypto';
import { devIssuerSettings, loadConfig } from '../platform/config';
import type { Db } from '../platform/db';
import { signDevToken } from '../simulators/identity-provider/dev-keys';
import { info, step } from '../stack/progress';
import type { createCpuSampler, CpuShare } from './process-cpu';

// What the benchmarks (`npm run bench:*`) share: players, outbox settling, percentiles, the ledger check, and the
// way they print tables, CPU shares and the command that ran.

export type CpuSampler = ReturnType<typeof createCpuSampler>;

/** Outbox rows the relay may still owe Kafka when a measurement starts. */
const OUTBOX_SETTLED = 100;

/** The value at quantile `p` (0 to 1) of ascending `sorted`; NaN when there is none. */
export function percentile(sorted: Float64Array, p: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(p * sorted.length) - 1))]!;
}

/** Runs `work` over `items` on at most `lanes` lanes, each taking the next item as soon as its last is done. */
export async function forEachInParallel<T>(
  items: readonly T[],
  lanes: number,
  work: (item: T, lane: number) => Promise<void>,
) {
  let next = 0;
  const lane = async (_: unknown, index: number) => {
    while (next < items.length) await work(items[next++]!, index);
  };
  await Promise.all(Array.from({ length: Math.min(lanes, items.length) }, lane));
}

/** The bench players' bearer tokens, from the local stack's development identity provider. */
const tokens = new Map<string, string>();

/** The Authorization header of a player that registerPlayers registered. */
export function authorizationOf(playerId: string): { authorization: string } {
  const token = tokens.get(playerId);
  if (!token) throw new Error(`no token for player ${playerId}: register it with registerPlayers`);
  return { authorization: `Bearer ${token}` };
}

/** Registers `count` fresh players through the player API (each its own subject) and returns their ids. */
export async function registerPlayers(
  apiUrl: string,
  options: { count: number; jurisdiction: string; currency: string },
): Promise<string[]> {
  const progress = step(`Registering ${options.count} players through POST /player/v1/players`);
  const playerIds: string[] = [];
  await forEachInParallel(
    Array.from({ length: options.count }, (_, i) => i),
    16,
    async () => {
      const config = loadConfig();
      // Longer than any run, so that no token expires while the bench measures.
      const token = await signDevToken(config.STACK_DATA_DIR, {
        ...devIssuerSettings(config),
        subject: `bench|${randomUUID()}`,
        ttlSeconds: 6 * 3600,
      });
      const response = await fetch(`${apiUrl}/player/v1/players`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify({
          brand: 'bench',
          jurisdiction: options.jurisdiction,
          currency: options.currency,
          dateOfBirth: '1990-01-01',
        }),
      });
      if (response.status !== 201) throw new Error(`registering a player: ${response.status} ${await response.text()}`);
      const { playerId } = (await response.json()) as { playerId: string };
      tokens.set(playerId, token);
      playerIds.push(playerId);
      progress.update(`${playerIds.length}/${options.count}`);
    },
  );
  progress.done();
  return playerIds;
}

/**
 * Waits until each bench player, registered through the player API, is VERIFIED by their own KYC onboarding (the KYC
 * simulator clears every check by default): since issue 14 an unverified player may not withdraw anywhere, nor
 * deposit or bet where the jurisdiction requires verification first. The onboardings end before anything is measured.
 */
export async function awaitKycVerified(
  db: Db,
  playerIds: readonly string[],
  // Each onboarding takes its three provider checks and their webhooks; a thousand of them queue on two cores.
  timeoutMs = 60_000 + 500 * playerIds.length,
): Promise<void> {
  const progress = step(`Waiting for the KYC onboarding of ${playerIds.length} players to verify them`);
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const { rows } = await db.query<{ n: number }>(
      "SELECT count(*)::INT AS n FROM player_kyc WHERE player_id = ANY($1) AND status = 'VERIFIED'",
      [playerIds],
    );
    const verified = rows[0]!.n;
    progress.update(`${verified} of ${playerIds.length} verified`);
    if (verified === playerIds.length) break;
    if (Date.now() > deadline) {
      const { rows: standings } = await db.query<{ status: string; n: number }>(
        `SELECT coalesce(k.status, 'NOT_STARTED') AS status, count(*)::INT AS n
         FROM unnest($1::TEXT[]) AS p(player_id) LEFT JOIN player_kyc k USING (player_id) GROUP BY 1`,
        [playerIds],
      );
      const by = Object.fromEntries(standings.map((row) => [row.status, row.n]));
      throw new Error(`only ${verified} of ${playerIds.length} players verified by onboarding: ${JSON.stringify(by)}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  progress.done();
}

export function outboxBacklog(db: Db): Promise<number> {
  return db
    .query<{ n: number }>('SELECT count(*)::BIGINT AS n FROM outbox_events WHERE published_at IS NULL')
    .then((r) => r.rows[0]!.n);
}

/** Waits (up to two minutes) for the relay to publish the outbox, so one measurement does not pay for another. */
export async function settleOutbox(db: Db): Promise<void> {
  let backlog = await outboxBacklog(db);
  if (backlog <= OUTBOX_SETTLED) return;
  const progress = step(`Waiting for the outbox relay to publish ${backlog} events`);
  const deadline = Date.now() + 120_000;
  while (backlog > OUTBOX_SETTLED && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 500));
    backlog = await outboxBacklog(db);
    progress.update(`${backlog} left`);
  }
  progress.done(backlog > OUTBOX_SETTLED ? `(gave up; ${backlog} still unpublished)` : '');
}

/** The checks of `npm run ledger:verify`, printed line by line; true when every invariant holds. */
export async function verifyLedgerNow(db: Db): Promise<boolean> {
  const report = await verifyLedgerSnapshot(db);
  describeLedgerReport(report).forEach((line) => info(line));
  return report.ok;
}

export const fixed = (value: number, digits: number) => (Number.isFinite(value) ? value.toFixed(digits) : '-');
export const round = (value: number, digits: number) => Number(value.toFixed(digits));

/** Rows as aligned columns: the first left-aligned, the others right-aligned. */
export function table(rows: string[][]): string {
  const widths = rows[0]!.map((_, column) => Math.max(...rows.map((row) => row[column]!.length)));
  return rows
    .map((row) => row.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!))).join('  '))
    .join('\n');
}

export function cpuLine(share: CpuShare): string {
  const parts = Object.entries(share.groups)
    .filter(([, cores]) => cores >= 0.01)
    .map(([name, cores]) => `${name} ${cores.toFixed(2)}`);
  return `${share.machineBusy.toFixed(2)} of ${os.cpus().length} cores busy: ${[...parts, `other ${share.other.toFixed(2)}`].join(', ')}`;
}

/** The command that ran, with its BENCH_ settings; `script` is shown when it did not run through npm. */
export function commandLine(script: string): string {
  const env = Object.entries(process.env)
    .filter(([key]) => key.startsWith('BENCH_'))
    .map(([key, value]) => `${key}=${value}`);
  const run = process.env.npm_lifecycle_event
    ? `npm run ${process.env.npm_lifecycle_event}   (${process.env.npm_lifecycle_script})`
    : script;
  return [...env, run].join(' ');
}

/** The machine a benchmark ran on, for its JSON line. */
export function machineFacts() {
  return {
    cores: os.cpus().length,
    cpuModel: os.cpus()[0]?.model ?? 'unknown',
    memoryGb: round(os.totalmem() / 2 ** 30, 1),
    loadAverage1m: round(os.loadavg()[0] ?? 0, 2),
    node: process.version,
  };
}
