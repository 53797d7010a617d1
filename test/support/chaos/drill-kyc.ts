import type { Client } from '@temporalio/client';
import { KycStatus, rescreeningScheduleId } from '../../../contracts/kyc';
import type { Db } from '../../../platform/db';
import type { SeededRandom } from './drill-options';

// The KYC side of the game-day drill: how its players are onboarded for real (the provider simulator decides), the
// scenarios newcomers meet at the simulator, and the re-screening run the load triggers.

/** What a newcomer meets at onboarding: the simulator's outcome for their checks, or a name on a sanctions list. */
export const newcomerScenarios = ['CLEAR', 'NEEDS_REVIEW', 'REJECTED', 'NO_ANSWER', 'SANCTIONS_HIT'] as const;
export type NewcomerScenario = (typeof newcomerScenarios)[number];

/**
 * A fictional entry of the default OFAC list the stack ships (config/screening-lists/ofac/sdn.csv): a newcomer
 * registered under it is screened with a sanctions hit, which only two officers may clear.
 */
export const SANCTIONED_APPLICANT = { givenName: 'Milena', familyName: 'Pyzhova', dateOfBirth: '1968-12-03' };

/** The simulator's per-player setting for each scenario (simulators/kyc/ README section); CLEAR is its default. */
const simulatorOutcome: Record<Exclude<NewcomerScenario, 'CLEAR' | 'SANCTIONS_HIT'>, object> = {
  NEEDS_REVIEW: { result: 'NEEDS_REVIEW' },
  REJECTED: { result: 'REJECTED', reasons: ['DOCUMENT_EXPIRED'] },
  NO_ANSWER: { result: 'NO_ANSWER' },
};

/**
 * The scenarios the run may pick. NO_ANSWER ends in manual review only once the onboarding's wait for the provider
 * (`KYC_CHECKS_TIMEOUT_SECONDS`) has passed: left out when that wait would outlast the settle phase, as it would
 * leave the newcomer PENDING (the stack's default is 72 h).
 */
export function newcomerScenariosFor(checksTimeoutSec: number, settleTimeoutSec: number): NewcomerScenario[] {
  return newcomerScenarios.filter((s) => s !== 'NO_ANSWER' || checksTimeoutSec * 2 <= settleTimeoutSec);
}

/**
 * The scenario of each newcomer in turn: every allowed scenario once before any comes again, from a place the seed
 * picks, so that even a short drill meets each of them.
 */
export function scenarioSequence(random: SeededRandom, allowed: readonly NewcomerScenario[]) {
  let next = random.int(0, allowed.length - 1);
  return (): NewcomerScenario => allowed[next++ % allowed.length]!;
}

/**
 * Sets what the provider simulator answers one newcomer's checks. The onboarding asks for them right after
 * screening, so this races it: the outcome the newcomer really met is read from Temporal at the end, and every KYC
 * check holds whatever it was.
 */
export async function setSimulatorScenario(
  simulatorUrl: string,
  playerId: string,
  scenario: NewcomerScenario,
): Promise<void> {
  if (scenario === 'CLEAR' || scenario === 'SANCTIONS_HIT') return;
  for (let attempt = 0; ; attempt += 1) {
    const response = await fetch(`${simulatorUrl}/control/players/${playerId}`, {
      method: 'PUT',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ outcome: simulatorOutcome[scenario] }),
      signal: AbortSignal.timeout(5000),
    }).catch(() => undefined);
    if (response?.ok) return;
    if (attempt >= 5) {
      throw new Error(`KYC simulator control for ${playerId} answered ${response?.status ?? 'nothing'}`);
    }
    await new Promise((r) => setTimeout(r, 1000));
  }
}

/** Thrown when some of the drill's players are not verified by their real onboarding in time. */
export class DrillPlayersNotVerifiedError extends Error {
  constructor(
    readonly statuses: ReadonlyMap<string, string>,
    readonly waitedSec: number,
  ) {
    const notVerified = [...statuses].filter(([, s]) => s !== KycStatus.VERIFIED);
    const byStatus = notVerified.reduce<Record<string, number>>(
      (acc, [, s]) => ({ ...acc, [s]: (acc[s] ?? 0) + 1 }),
      {},
    );
    super(
      `${notVerified.length} of the drill's ${statuses.size} players were not verified by their onboarding after ` +
        `${waitedSec} s (${JSON.stringify(byStatus)}; e.g. kyc:onboarding:${notVerified[0]?.[0]}). Is the kyc-worker ` +
        'running, and does the KYC simulator clear checks (its /control settings)?',
    );
    this.name = 'DrillPlayersNotVerifiedError';
  }
}

/**
 * Waits until every player's real onboarding has verified them (`player_kyc`), reporting progress. A player who
 * ends anywhere else (rejected, sent to an officer) or is still pending at the deadline fails the preparation.
 */
export async function awaitVerified(
  db: Db,
  playerIds: readonly string[],
  options: { timeoutMs: number; progress: (line: string) => void },
): Promise<void> {
  const started = Date.now();
  for (;;) {
    const { rows } = await db.query<{ player_id: string; status: string }>(
      'SELECT player_id, status FROM player_kyc WHERE player_id = ANY($1)',
      [playerIds],
    );
    const statuses = new Map<string, string>(playerIds.map((id) => [id, KycStatus.NOT_STARTED]));
    rows.forEach((r) => statuses.set(r.player_id, r.status));
    const verified = [...statuses.values()].filter((s) => s === KycStatus.VERIFIED).length;
    options.progress(`${verified} of ${playerIds.length} players verified by their onboarding`);
    if (verified === playerIds.length) return;
    const ended = [...statuses.values()].some((s) => s === KycStatus.REJECTED || s === KycStatus.MANUAL_REVIEW);
    if (ended || Date.now() - started > options.timeoutMs) {
      throw new DrillPlayersNotVerifiedError(statuses, Math.round((Date.now() - started) / 1000));
    }
    await new Promise((r) => setTimeout(r, 500));
  }
}

/**
 * Runs the daily re-screening now (the Schedule `kyc:rescreening:daily`, triggered as an engineer would) and
 * answers the workflow id of the run it started, so the drill waits for it to come to rest like its other workflows.
 */
export async function triggerRescreening(temporal: Client, timeoutMs = 30_000): Promise<string> {
  const schedule = temporal.schedule.getHandle(rescreeningScheduleId);
  const before = new Set((await schedule.describe()).info.recentActions.map((a) => a.action.workflow.workflowId));
  await schedule.trigger();
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const started = (await schedule.describe()).info.recentActions.find(
      (a) => !before.has(a.action.workflow.workflowId),
    );
    if (started) return started.action.workflow.workflowId;
    if (Date.now() > deadline)
      throw new Error(`${rescreeningScheduleId}: no run started ${timeoutMs / 1000} s after the trigger`);
    await new Promise((r) => setTimeout(r, 500));
  }
}
