import { readFileSync } from 'node:fs';
import path from 'node:path';
import { checkCasesAfterDrill } from '../../../domain/aml/cases-drill-check';
import { checkMonitoringAfterDrill } from '../../../domain/aml/monitoring-drill-check';
import { policyFor } from '../../../domain/jurisdictions/registry';
import type { Db } from '../../../platform/db';
import type { Violation } from './drill-checks';
import type { DrillPlayer } from './drill-load';
import type { SeededRandom } from './drill-options';
import { drillPsps } from './psp-weather';

// The AML side of the game-day drill (issue 15, item 8): deposits that fire the starter rules while the monitoring
// consumer (aml-monitor) and the case worker (aml-worker) are killed, short case SLAs so that every case's timers
// fire within the drill, and the checks: the monitoring part's (no alert lost or duplicated), the cases part's
// (every SLA timer fired, holds placed and released), and the drill's own (every alert filed into a case, no
// payout to a player under a hold). Each check's report line says what it looked at, in counts.

/** Case SLAs short enough to run out during the drill, for every severity (config key AML_CASE_SLA). */
export const DRILL_AML_CASE_SLA = 'LOW=20s,MEDIUM=20s,HIGH=20s,CRITICAL=20s';
/** The longest of those SLAs, in seconds: the drill waits for it past the last alert before it checks. */
export const DRILL_AML_SLA_SEC = 20;

/**
 * Gives the stack this drill brings up the short case SLAs (its processes inherit the drill's environment), unless
 * the caller set AML_CASE_SLA. A running stack keeps the SLAs it was started with: `slaWarning` says so.
 */
export function applyDrillAmlEnvironment(env: NodeJS.ProcessEnv = process.env): void {
  env.AML_CASE_SLA ??= DRILL_AML_CASE_SLA;
}

/** A warning when the running aml-worker (pid) was started without the drill's short SLAs, else undefined. */
export function slaWarning(amlWorkerPid: number | undefined): string | undefined {
  if (amlWorkerPid === undefined) return undefined;
  let sla: string | undefined;
  try {
    sla = readFileSync(`/proc/${amlWorkerPid}/environ`, 'utf8')
      .split('\0')
      .find((e) => e.startsWith('AML_CASE_SLA='))
      ?.slice('AML_CASE_SLA='.length);
  } catch {
    return undefined;
  }
  return sla === DRILL_AML_CASE_SLA
    ? undefined
    : `the running aml-worker has AML_CASE_SLA=${sla ?? '(default)'}, not ${DRILL_AML_CASE_SLA}: cases whose SLA ` +
        'has not run out by the checks are reported by the cases check. Stop the stack to let the drill start it.';
}

/** The money patterns the AML load plays, each meant to fire one starter rule. */
export const amlPatterns = ['LARGE_DEPOSIT', 'STRUCTURING', 'FAILED_DEPOSITS'] as const;
export type AmlPattern = (typeof amlPatterns)[number];

/** The rule each pattern is meant to fire (contracts/aml.ts AmlStarterRule). */
export const ruleOfPattern: Record<AmlPattern, string> = {
  LARGE_DEPOSIT: 'large-deposit',
  STRUCTURING: 'structuring-below-cdd',
  FAILED_DEPOSITS: 'failed-deposits-in-a-row',
};

/** One pattern the load played: for whom, and the deposits it sent. */
export interface PlayedAmlPattern {
  pattern: AmlPattern;
  playerId: string;
  depositIds: string[];
  at: Date;
}

/** How the AML load sends a deposit: the drill load's own path (recorded, retried, checked like every deposit). */
export type SendDeposit = (player: DrillPlayer, amountMinor: number) => Promise<string | undefined>;

/**
 * Sets one player's deposits at every PSP to be declined (hard), or back to the PSP's own hard decline rate (the
 * simulator keeps a player's settings as a patch over the PSP's, so the rate is copied back).
 */
async function declineDepositsOf(simulatorUrl: string, playerId: string, decline: boolean): Promise<void> {
  for (const psp of drillPsps) {
    const control = `${simulatorUrl}/control/${psp}`;
    let hard = 1;
    if (!decline) {
      const global = await fetch(control, { signal: AbortSignal.timeout(10_000) });
      if (!global.ok) throw new Error(`PSP simulator control of ${psp} answered ${global.status}`);
      hard = ((await global.json()) as { declineRates?: { hard?: number } }).declineRates?.hard ?? 0;
    }
    const response = await fetch(`${control}/players/${playerId}`, {
      method: 'PUT',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ declineRates: { hard } }),
      signal: AbortSignal.timeout(10_000),
    });
    if (!response.ok) throw new Error(`PSP simulator control for ${playerId} at ${psp} answered ${response.status}`);
  }
}

/**
 * Plays one AML pattern for `player`: a single deposit of twice the jurisdiction's CDD threshold; three deposits
 * each between 90 % and 99 % of it; or three deposits in a row that every PSP declines (the player's PSP settings,
 * put back afterwards). Answers what it played.
 */
export async function playAmlPattern(
  pattern: AmlPattern,
  player: DrillPlayer,
  deps: { send: SendDeposit; random: SeededRandom; pspSimulatorUrl: string },
): Promise<PlayedAmlPattern> {
  const threshold = policyFor(player.jurisdiction).cddThreshold.value.amountMinor;
  const at = new Date();
  const depositIds: string[] = [];
  const sendAll = async (amounts: number[]) => {
    for (const amount of amounts) {
      const id = await deps.send(player, amount);
      if (id) depositIds.push(id);
    }
  };
  const justUnder = () => Math.floor((threshold * deps.random.int(90, 99)) / 100 / 100) * 100;
  if (pattern === 'LARGE_DEPOSIT') await sendAll([threshold * 2]);
  if (pattern === 'STRUCTURING') await sendAll([justUnder(), justUnder(), justUnder()]);
  if (pattern === 'FAILED_DEPOSITS') {
    await declineDepositsOf(deps.pspSimulatorUrl, player.playerId, true);
    try {
      await sendAll([deps.random.int(20, 200) * 100, deps.random.int(20, 200) * 100, deps.random.int(20, 200) * 100]);
    } finally {
      await declineDepositsOf(deps.pspSimulatorUrl, player.playerId, false);
    }
  }
  return { pattern, playerId: player.playerId, depositIds, at };
}

/** True when `module` (a path under the repository root) is still the placeholder its owner replaces at merge. */
function isPlaceholder(module: string): boolean {
  try {
    const text = readFileSync(path.resolve(__dirname, '..', '..', '..', module), 'utf8');
    return text.startsWith('// PLACEHOLDER');
  } catch {
    return true;
  }
}

interface AmlCounts {
  alerts: number;
  alertsByRule: Record<string, number>;
  unfiled: number;
  cases: number;
  escalated: number;
  holds: number;
  holdsReleased: number;
  payoutsChecked: number;
}

/**
 * The AML checks over what happened since `since` (the drill's start): the monitoring part's and the cases part's
 * own checks, then the drill's: every alert filed into a case, and no payout sent to a player while a hold of theirs
 * was active. The lines say what each check covered.
 */
export async function checkAml(
  db: Db,
  since: Date,
  played: readonly PlayedAmlPattern[],
): Promise<{ violations: Violation[]; lines: string[]; counts: AmlCounts }> {
  const violations: Violation[] = [];
  const monitoring = await checkMonitoringAfterDrill(db, since);
  const cases = await checkCasesAfterDrill(db, since);
  violations.push(...monitoring.map((detail) => ({ check: 'AML monitoring: no alert lost or duplicated', detail })));
  violations.push(
    ...cases.map((detail) => ({
      check: 'AML cases: SLA timers fired, one case per alert, no hold after a close',
      detail,
    })),
  );

  const { rows: byRule } = await db.query<{ ruleId: string; alerts: number; unfiled: number }>(
    `SELECT rule_id AS "ruleId", count(*)::int AS alerts, count(*) FILTER (WHERE case_id IS NULL)::int AS unfiled
     FROM aml_alerts WHERE raised_at >= $1 GROUP BY rule_id ORDER BY rule_id`,
    [since],
  );
  const { rows: unfiled } = await db.query<{ alertId: string; playerId: string; raisedAt: Date }>(
    `SELECT alert_id AS "alertId", player_id AS "playerId", raised_at AS "raisedAt"
     FROM aml_alerts WHERE raised_at >= $1 AND case_id IS NULL ORDER BY raised_at LIMIT 50`,
    [since],
  );
  for (const a of unfiled) {
    violations.push({
      check: 'AML: every alert filed into a case',
      detail: `${a.alertId} of ${a.playerId}, raised ${a.raisedAt.toISOString()}, is in no case`,
    });
  }
  const { rows: caseRows } = await db.query<{ cases: number; escalated: number }>(
    `SELECT count(*)::int AS cases, count(escalated_at)::int AS escalated FROM aml_cases WHERE opened_at >= $1`,
    [since],
  );
  const { rows: holdRows } = await db.query<{ holds: number; released: number }>(
    `SELECT count(*)::int AS holds, count(released_at)::int AS released FROM aml_holds WHERE placed_at >= $1`,
    [since],
  );
  // A payout attempt sent to a PSP while a hold of the player was active: the withdrawal saga's AML gate let it by.
  const { rows: paidWhileHeld } = await db.query<{ paymentId: string; caseId: string; startedAt: Date }>(
    `SELECT a.payment_id AS "paymentId", h.case_id AS "caseId", a.started_at AS "startedAt"
     FROM payment_attempts a JOIN payments p USING (payment_id)
     JOIN aml_holds h ON h.player_id = p.player_id
     WHERE a.operation = 'PAYOUT' AND a.started_at >= $1 AND a.started_at > h.placed_at
       AND (h.released_at IS NULL OR a.started_at < h.released_at)`,
    [since],
  );
  for (const p of paidWhileHeld) {
    violations.push({
      check: 'AML: no payout to a player under a hold',
      detail: `${p.paymentId}: payout sent ${p.startedAt.toISOString()} while case ${p.caseId} held the player`,
    });
  }
  const { rows: payouts } = await db.query<{ n: number }>(
    `SELECT count(*)::int AS n FROM payment_attempts a JOIN payments p USING (payment_id)
     WHERE a.operation = 'PAYOUT' AND a.started_at >= $1
       AND p.player_id IN (SELECT player_id FROM aml_holds WHERE placed_at >= $1)`,
    [since],
  );

  const counts: AmlCounts = {
    alerts: byRule.reduce((sum, r) => sum + r.alerts, 0),
    alertsByRule: Object.fromEntries(byRule.map((r) => [r.ruleId, r.alerts])),
    unfiled: byRule.reduce((sum, r) => sum + r.unfiled, 0),
    cases: caseRows[0]?.cases ?? 0,
    escalated: caseRows[0]?.escalated ?? 0,
    holds: holdRows[0]?.holds ?? 0,
    holdsReleased: holdRows[0]?.released ?? 0,
    payoutsChecked: payouts[0]?.n ?? 0,
  };
  const placeholder = (module: string) =>
    isPlaceholder(module) ? ' [PLACEHOLDER in this build: it verified nothing]' : '';
  const patterns = amlPatterns.map((pattern) => {
    const mine = played.filter((p) => p.pattern === pattern);
    const deposits = mine.reduce((sum, p) => sum + p.depositIds.length, 0);
    return `${pattern} ×${mine.length} (${deposits} deposits; rule ${ruleOfPattern[pattern]}: ${counts.alertsByRule[ruleOfPattern[pattern]] ?? 0} alerts)`;
  });
  const lines = [
    `AML load: ${patterns.join(', ')}`,
    `AML alerts since the start: ${counts.alerts} ${JSON.stringify(counts.alertsByRule)}; cases opened ${counts.cases}, ` +
      `escalated by their SLA timers ${counts.escalated}; holds placed ${counts.holds}, released ${counts.holdsReleased}`,
    `AML monitoring check (checkMonitoringAfterDrill) over ${counts.alerts} alerts: ${monitoring.length} violation(s)` +
      placeholder('domain/aml/monitoring-drill-check.ts'),
    `AML cases check (checkCasesAfterDrill) over ${counts.cases} cases: ${cases.length} violation(s)` +
      placeholder('domain/aml/cases-drill-check.ts'),
    `AML: every alert filed: ${counts.alerts - counts.unfiled} of ${counts.alerts} in a case`,
    `AML: no payout under a hold: ${counts.payoutsChecked} payout attempts of held players checked, ${paidWhileHeld.length} sent while held`,
  ];
  return { violations, lines, counts };
}
