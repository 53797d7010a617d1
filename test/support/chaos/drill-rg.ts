import type { Client } from '@temporalio/client';
import { rgExclusionWorkflowId, rgLimitChangeWorkflowId } from '../../../contracts/rg';
import type { Db } from '../../../platform/db';
import { describeWorkflows, type Violation } from './drill-checks';
import type { DrillPlayer, DrillRecord } from './drill-load';
import { DrillStaff, type StaffClient } from './staff-client';

/**
 * Responsible gambling in the game-day drill. Before the load, some of the run's players set a limit through the
 * player API (a wager, a loss or a deposit limit per day, small enough for the load to reach it) and then ask to
 * raise it, which waits its cooling-off in `rg:limit-change:<id>`; part way through the load, half of those players
 * lower the limit instead (which cancels their raise), other players take a 24-hour time-out, and the RG officer
 * logs a contact of the remaining ones who said they cannot stop (a strong indicator: an intervention at level 3,
 * with its restrictions, at once). Afterwards `checkRg` proves from Postgres, against what the drill sent and when,
 * that no bet or deposit passed a limit or landed during a time-out or a deposit block, that no raise applied
 * before its cooling-off, that each strong indicator opened one intervention with its restrictions, and that the
 * harm monitor counted each deposit exactly once through the kills of rg-monitor (the play it reads is the bet
 * path's, checked with the wallet's invariants).
 */

type LimitKind = 'WAGER' | 'LOSS' | 'DEPOSIT';

/** A limit a drill player set before the load; the amount is in minor units of the player's currency. */
interface DrillLimit {
  playerId: string;
  kind: LimitKind;
  amount: number;
  /** The raise the player asked for right after, which waits its cooling-off (undefined: none was answered). */
  raise?: { changeId: string; cancelledByDecrease: boolean };
  /** The lower amount a decrease during the load set, which cancelled the raise (the limit in force since). */
  decreasedTo?: number;
}

/** What the drill did for responsible gambling, which `checkRg` checks the stack's records against. */
export interface DrillRgRecord {
  limits: DrillLimit[];
  /** Time-outs by player: when the player was told it had started (the drill's clock, ms), and its id. */
  timeOuts: Map<string, { answeredAt: number; exclusionId: string }>;
  /** Players whose contact the RG officer logged as a strong indicator, with when it was answered (drill's clock). */
  strongIndicators: Map<string, number>;
  /** RG requests that got no usable answer; not violations, but shown. */
  errors: string[];
}

type PlayerRequest = (
  playerId: string,
  method: string,
  path: string,
  body?: unknown,
) => Promise<{ status: number; text: string; answeredAt: number }>;

/** The limits the drill sets, small enough for its load (stakes 1–10 €, deposits 10–500 €) to reach them. */
const DRILL_LIMITS: Record<LimitKind, number> = { WAGER: 2_000, LOSS: 1_000, DEPOSIT: 30_000 };
/** Which RG part a drill player of index `i` plays: a limit of a kind, a time-out, or none. */
const roleOf = (i: number): LimitKind | 'TIME_OUT' | 'STRONG_INDICATOR' =>
  (['WAGER', 'LOSS', 'DEPOSIT', 'TIME_OUT', 'STRONG_INDICATOR'] as const)[i % 5]!;
const isLimitKind = (role: ReturnType<typeof roleOf>): role is LimitKind =>
  role !== 'TIME_OUT' && role !== 'STRONG_INDICATOR';

export function createDrillRg(deps: {
  players: () => readonly DrillPlayer[];
  request: PlayerRequest;
  staff: StaffClient;
}) {
  const rg: DrillRgRecord = { limits: [], timeOuts: new Map(), strongIndicators: new Map(), errors: [] };
  const path = (kind: LimitKind) => `/player/v1/rg/limits/${kind}/DAY`;

  /** Before the load: each limit player sets a daily limit, then asks to raise it tenfold. */
  async function setLimits(): Promise<void> {
    const players = deps.players();
    for (const [i, player] of players.entries()) {
      const kind = roleOf(i);
      if (!isLimitKind(kind)) continue;
      const amount = DRILL_LIMITS[kind];
      const set = await deps.request(player.playerId, 'PUT', path(kind), { amount });
      if (set.status !== 200) throw new Error(`setting a ${kind} limit answered ${set.status}: ${set.text}`);
      const limit: DrillLimit = { playerId: player.playerId, kind, amount };
      rg.limits.push(limit);
      const raised = await deps.request(player.playerId, 'PUT', path(kind), { amount: amount * 10 });
      if (raised.status === 202) {
        const { pendingChange } = JSON.parse(raised.text) as { pendingChange: { changeId: string } };
        limit.raise = { changeId: pendingChange.changeId, cancelledByDecrease: false };
      } else rg.errors.push(`raising a ${kind} limit answered ${raised.status}: ${raised.text.slice(0, 200)}`);
    }
  }

  /** Part way through the load: half the limit players lower their limit (cancelling the raise), time-outs start. */
  async function actMidLoad(): Promise<void> {
    for (const [n, limit] of rg.limits.entries()) {
      if (!limit.raise || n % 2 === 1) continue;
      const lower = Math.floor(limit.amount * 0.8);
      const decreased = await deps.request(limit.playerId, 'PUT', path(limit.kind), { amount: lower });
      if (decreased.status === 200) {
        limit.raise.cancelledByDecrease = true;
        limit.decreasedTo = lower;
      } else rg.errors.push(`a decrease answered ${decreased.status}: ${decreased.text.slice(0, 200)}`);
    }
    for (const [i, player] of deps.players().entries()) {
      if (roleOf(i) !== 'TIME_OUT') continue;
      const taken = await deps.request(player.playerId, 'POST', '/player/v1/rg/time-outs', { hours: 24 });
      if (taken.status !== 201) {
        rg.errors.push(`a time-out answered ${taken.status}: ${taken.text.slice(0, 200)}`);
        continue;
      }
      const { exclusion } = JSON.parse(taken.text) as { exclusion: { exclusionId: string } };
      rg.timeOuts.set(player.playerId, { answeredAt: taken.answeredAt, exclusionId: exclusion.exclusionId });
    }
    for (const [i, player] of deps.players().entries()) {
      if (roleOf(i) !== 'STRONG_INDICATOR') continue;
      const logged = await logStrongIndicator(player.playerId);
      if (logged.status === 201) rg.strongIndicators.set(player.playerId, Date.now());
      else rg.errors.push(`logging a contact answered ${logged.status}: ${JSON.stringify(logged.json).slice(0, 200)}`);
    }
  }

  /** The RG officer logs the player's call: they cannot stop. Sent again while the API is down (5xx, no answer). */
  async function logStrongIndicator(playerId: string) {
    const body = {
      kind: 'CUSTOMER_CONTACT_ABOUT_GAMBLING',
      note: 'Game-day drill: the player called and said they cannot stop gambling.',
      strongIndicator: true,
    };
    for (let attempt = 0; ; attempt += 1) {
      const reply = await deps.staff
        .call(DrillStaff.rgOfficer, 'POST', `/api/players/${playerId}/rg/interactions`, body, 'rg')
        .catch(() => ({ status: 0, json: {} }));
      if ((reply.status !== 0 && reply.status < 500) || attempt >= 10) return reply;
      await new Promise((r) => setTimeout(r, 1000));
    }
  }

  return { rg, setLimits, actMidLoad };
}

/** The workflow ids of the drill's RG actions: its limit changes and its time-outs. */
export function rgWorkflowIdsOf(rg: DrillRgRecord): string[] {
  return [
    ...rg.limits.flatMap((l) => (l.raise ? [rgLimitChangeWorkflowId(l.raise.changeId)] : [])),
    ...[...rg.timeOuts.values()].map((t) => rgExclusionWorkflowId(t.exclusionId)),
  ];
}

/** How long after a restriction's recorded time it may take to commit (its transaction started first). */
const BLOCK_COMMIT_SLACK_MS = 2_000;

/** Each accepted bet of a player in the order the wallet applied it, with the loss and wager it brought the window to. */
interface BetInWindow {
  playerId: string;
  txId: string;
  wagered: string;
  lost: string;
}

/**
 * The RG invariants after the drill:
 * - no accepted bet brought its player's wager or loss past the daily limit first set (recomputed from the
 *   wallet's own rows in the order it applied them: stakes, minus rollbacks and wins applied before);
 * - no deposit counted towards a deposit limit beyond it (the credited ones, and any not refused or declined);
 * - no bet accepted, and no deposit accepted, that the drill sent after the player was told a time-out started;
 * - no raise applied before its cooling-off; each raise the drill withdrew is CANCELLED and its workflow done; each
 *   other one still waits (COOLING_OFF) with its workflow running, and the limit in force is the one set;
 * - each time-out is in force with its workflow running;
 * - each strong indicator opened one intervention, at level 3, with its deposit block, and no deposit asked for
 *   after the block got through;
 * - the harm monitor's aggregates count each of the players' deposits that ended once (credited, failed);
 * - each intervention opened for the run's players has its workflow, running while OPEN; none failed.
 */
export async function checkRg(
  db: Db,
  temporal: Client,
  record: DrillRecord,
  rg: DrillRgRecord,
): Promise<{ violations: Violation[]; lines: string[]; counts: Record<string, number> }> {
  const violations: Violation[] = [];
  const playerIds = record.players.map((p) => p.playerId);

  // Bets past a limit.
  const betLimits = rg.limits.filter((l) => l.kind !== 'DEPOSIT');
  const { rows: bets } = await db.query<BetInWindow>(
    `WITH moves AS (
       SELECT t.player_id, t.provider_tx_id, t.kind, t.amount_minor, t.ledger_transaction_id AS seq
         FROM wallet_provider_transactions t
        WHERE t.player_id = ANY($1) AND t.status = 'OK' AND t.kind IN ('BET', 'WIN')
       UNION ALL
       SELECT r.player_id, r.provider_tx_id, 'ROLLBACK', b.amount_minor, r.ledger_transaction_id
         FROM wallet_provider_transactions r
         JOIN wallet_provider_transactions b
           ON b.provider_id = r.provider_id AND b.provider_tx_id = r.reference_tx_id AND b.status = 'OK'
        WHERE r.player_id = ANY($1) AND r.status = 'OK' AND r.kind = 'ROLLBACK' AND b.kind = 'BET'),
     running AS (
       SELECT player_id, provider_tx_id, kind,
              sum(CASE kind WHEN 'BET' THEN amount_minor WHEN 'ROLLBACK' THEN -amount_minor ELSE 0 END)
                OVER w AS wagered,
              sum(CASE kind WHEN 'BET' THEN amount_minor ELSE -amount_minor END) OVER w AS lost
         FROM moves WHERE seq IS NOT NULL
       WINDOW w AS (PARTITION BY player_id ORDER BY seq ROWS UNBOUNDED PRECEDING))
     SELECT player_id AS "playerId", provider_tx_id AS "txId", wagered::TEXT, lost::TEXT
       FROM running WHERE kind = 'BET'`,
    [betLimits.map((l) => l.playerId)],
  );
  for (const bet of bets) {
    const limit = betLimits.find((l) => l.playerId === bet.playerId)!;
    const reached = Number(limit.kind === 'WAGER' ? bet.wagered : bet.lost);
    if (reached > limit.amount) {
      violations.push({
        check: 'RG: no bet past a loss or wager limit',
        detail: `bet ${bet.txId} of ${bet.playerId} brought the day's ${limit.kind} to ${reached} > limit ${limit.amount}`,
      });
    }
  }
  const refusals = (code: string) =>
    [...record.walletCalls.values()].filter((c) => c.kind === 'bet' && c.body.includes(`"${code}"`)).length;

  // Deposits past a deposit limit.
  const depositLimits = rg.limits.filter((l) => l.kind === 'DEPOSIT');
  const { rows: deposited } = await db.query<{ playerId: string; total: string; refused: string }>(
    `SELECT player_id AS "playerId",
            COALESCE(sum(amount_minor) FILTER (WHERE status NOT IN ('DECLINED', 'REFUSED', 'REFUNDED')), 0)::TEXT AS total,
            count(*) FILTER (WHERE status = 'REFUSED')::TEXT AS refused
       FROM payments WHERE kind = 'DEPOSIT' AND player_id = ANY($1) GROUP BY player_id`,
    [depositLimits.map((l) => l.playerId)],
  );
  for (const d of deposited) {
    const limit = depositLimits.find((l) => l.playerId === d.playerId)!;
    if (Number(d.total) > limit.amount) {
      violations.push({
        check: 'RG: no deposit past a deposit limit',
        detail: `${d.playerId} deposited ${d.total} in the day > limit ${limit.amount}`,
      });
    }
  }

  // Bets and deposits during a time-out.
  const timedOut = [...rg.timeOuts.keys()];
  const { rows: acceptedBets } = await db.query<{ txId: string }>(
    `SELECT provider_tx_id AS "txId" FROM wallet_provider_transactions
      WHERE player_id = ANY($1) AND kind = 'BET' AND status = 'OK'`,
    [timedOut],
  );
  for (const { txId } of acceptedBets) {
    const call = record.walletCalls.get(txId);
    const timeOut = call && rg.timeOuts.get(call.playerId);
    if (call && timeOut && call.sentAt > timeOut.answeredAt) {
      violations.push({
        check: 'RG: no bet or deposit during a time-out or a deposit block',
        detail: `bet ${txId} of ${call.playerId} sent ${call.sentAt - timeOut.answeredAt} ms after the time-out was answered, accepted`,
      });
    }
  }
  const { rows: acceptedDeposits } = await db.query<{ paymentId: string; status: string }>(
    `SELECT payment_id AS "paymentId", status FROM payments
      WHERE kind = 'DEPOSIT' AND player_id = ANY($1) AND status NOT IN ('DECLINED', 'REFUSED', 'REFUNDED')`,
    [timedOut],
  );
  for (const { paymentId, status } of acceptedDeposits) {
    const sent = record.deposits.get(paymentId);
    const timeOut = sent && rg.timeOuts.get(sent.playerId);
    if (sent && timeOut && sent.sentAt > timeOut.answeredAt) {
      violations.push({
        check: 'RG: no bet or deposit during a time-out or a deposit block',
        detail: `deposit ${paymentId} of ${sent.playerId} asked for after the time-out is ${status}`,
      });
    }
  }

  // Raises and their cooling-off.
  const raises = rg.limits.filter((l) => l.raise);
  const { rows: changes } = await db.query<{ changeId: string; status: string; early: boolean }>(
    `SELECT change_id AS "changeId", status,
            status = 'APPLIED' AND (settled_at IS NULL OR settled_at < effective_at) AS early
       FROM rg_limit_changes WHERE change_id = ANY($1)`,
    [raises.map((l) => l.raise!.changeId)],
  );
  const { rows: inForce } = await db.query<{ playerId: string; kind: string; amount: string }>(
    `SELECT player_id AS "playerId", kind, amount::TEXT FROM rg_limits WHERE player_id = ANY($1) AND period = 'DAY'`,
    [raises.map((l) => l.playerId)],
  );
  const rgEnds = new Map((await describeWorkflows(temporal, rgWorkflowIdsOf(rg))).map((w) => [w.workflowId, w.status]));
  for (const limit of raises) {
    const { changeId, cancelledByDecrease } = limit.raise!;
    const change = changes.find((c) => c.changeId === changeId);
    const workflow = rgEnds.get(rgLimitChangeWorkflowId(changeId));
    const wanted = cancelledByDecrease
      ? { status: 'CANCELLED', workflow: 'COMPLETED' }
      : { status: 'COOLING_OFF', workflow: 'RUNNING' };
    if (change?.early) {
      violations.push({ check: 'RG: no raise before its cooling-off', detail: `${changeId} applied before its time` });
    }
    if (change?.status !== wanted.status || workflow !== wanted.workflow) {
      violations.push({
        check: 'RG: each raise waits its cooling-off, or is cancelled by a decrease',
        detail: `${changeId}: ${change?.status ?? 'no row'}, workflow ${workflow ?? '?'}; expected ${wanted.status}, ${wanted.workflow}`,
      });
    }
    const amount = inForce.find((l) => l.playerId === limit.playerId && l.kind === limit.kind)?.amount;
    const set = limit.decreasedTo ?? limit.amount;
    if (Number(amount) !== set) {
      violations.push({
        check: 'RG: no raise before its cooling-off',
        detail: `${limit.playerId}'s ${limit.kind} limit is ${amount ?? 'gone'}, not the ${set} set`,
      });
    }
  }

  // Time-outs in force, their workflows waiting.
  const { rows: exclusions } = await db.query<{ exclusionId: string }>(
    `SELECT exclusion_id AS "exclusionId" FROM rg_exclusions
      WHERE exclusion_id = ANY($1) AND ended_at IS NULL AND ends_at > now()`,
    [[...rg.timeOuts.values()].map((t) => t.exclusionId)],
  );
  for (const [playerId, { exclusionId }] of rg.timeOuts) {
    const workflow = rgEnds.get(rgExclusionWorkflowId(exclusionId));
    const inForce = exclusions.some((e) => e.exclusionId === exclusionId);
    if (!inForce || workflow !== 'RUNNING') {
      violations.push({
        check: 'RG: each time-out in force, its workflow waiting',
        detail: `${playerId}'s time-out ${exclusionId}: ${inForce ? 'in force' : 'not in force'}, workflow ${workflow ?? '?'}`,
      });
    }
  }

  // The harm monitor counted each deposit that ended once, through its kills (dedupe by event id): credited ones
  // and failed ones (declined or refused), against the payments themselves.
  const { rows: deposits } = await db.query<{ playerId: string; payments: string; counted: string }>(
    `SELECT p.player_id AS "playerId", d.credited || ' credited, ' || d.failed || ' failed' AS payments,
            h.credited || ' credited, ' || h.failed || ' failed' AS counted
       FROM unnest($1::TEXT[]) AS p(player_id)
       CROSS JOIN LATERAL (SELECT count(*) FILTER (WHERE status = 'CREDITED') AS credited,
                                  count(*) FILTER (WHERE status IN ('DECLINED', 'REFUSED')) AS failed
                             FROM payments d WHERE d.player_id = p.player_id AND d.kind = 'DEPOSIT') d
       CROSS JOIN LATERAL (SELECT COALESCE(sum(deposit_count), 0) AS credited,
                                  COALESCE(sum(failed_deposits), 0) AS failed
                             FROM rg_harm_buckets h WHERE h.player_id = p.player_id) h`,
    [playerIds],
  );
  for (const d of deposits) {
    if (d.payments !== d.counted) {
      violations.push({
        check: 'RG: the harm monitor counts each deposit that ended once',
        detail: `${d.playerId}: ${d.payments}, counted ${d.counted}`,
      });
    }
  }

  // Strong indicators: one open intervention at level 3 each, its deposit block in force, no deposit past it. The
  // intervention acts after rg-monitor has read the contact, so its level 3 may still be under way: wait for it.
  const strong = [...rg.strongIndicators.keys()];
  type Acted = { playerId: string; open: string; level: number | null; blockedAt: Date | null };
  let acted: Acted[] = [];
  for (const deadline = Date.now() + 60_000; ;) {
    ({ rows: acted } = await db.query<Acted>(
      `SELECT p.player_id AS "playerId",
              (SELECT count(*) FROM rg_interventions i WHERE i.player_id = p.player_id AND i.status = 'OPEN')::TEXT
                AS open,
              (SELECT max(level) FROM rg_interventions i WHERE i.player_id = p.player_id AND i.status = 'OPEN') AS level,
              (SELECT min(applied_at) FROM rg_restrictions r
                WHERE r.player_id = p.player_id AND r.kind = 'DEPOSIT_BLOCK' AND r.source = 'INTERVENTION'
                  AND r.lifted_at IS NULL) AS "blockedAt"
         FROM unnest($1::TEXT[]) AS p(player_id)`,
      [strong],
    ));
    if (acted.every((a) => a.level === 3 && a.blockedAt) || Date.now() > deadline) break;
    await new Promise((r) => setTimeout(r, 1000));
  }
  for (const a of acted) {
    if (a.open !== '1' || a.level !== 3 || !a.blockedAt) {
      violations.push({
        check: 'RG: a strong indicator opens one intervention at level 3 with its restrictions',
        detail: `${a.playerId}: ${a.open} open intervention(s), level ${a.level ?? '-'}, deposit block ${a.blockedAt ? 'in force' : 'missing'}`,
      });
    }
  }
  const blockedAt = new Map(acted.flatMap((a) => (a.blockedAt ? [[a.playerId, a.blockedAt.getTime()] as const] : [])));
  const { rows: afterBlock } = await db.query<{ paymentId: string; status: string }>(
    `SELECT payment_id AS "paymentId", status FROM payments
      WHERE kind = 'DEPOSIT' AND player_id = ANY($1) AND status NOT IN ('DECLINED', 'REFUSED', 'REFUNDED')`,
    [[...blockedAt.keys()]],
  );
  for (const { paymentId, status } of afterBlock) {
    const sent = record.deposits.get(paymentId);
    // The block's time is its transaction's start; it is in force from its commit, a moment later.
    if (sent && sent.sentAt > blockedAt.get(sent.playerId)! + BLOCK_COMMIT_SLACK_MS) {
      violations.push({
        check: 'RG: no bet or deposit during a time-out or a deposit block',
        detail: `deposit ${paymentId} of ${sent.playerId} asked for after its deposit block is ${status}`,
      });
    }
  }

  // Interventions: each with its workflow, running while open.
  const { rows: interventions } = await db.query<{ workflowId: string; status: string; level: number }>(
    `SELECT workflow_id AS "workflowId", status, level FROM rg_interventions WHERE player_id = ANY($1)`,
    [playerIds],
  );
  const interventionEnds = await describeWorkflows(
    temporal,
    interventions.map((i) => i.workflowId),
  );
  for (const intervention of interventions) {
    const end = interventionEnds.find((w) => w.workflowId === intervention.workflowId)!;
    const expected = intervention.status === 'OPEN' ? 'RUNNING' : 'COMPLETED';
    if (end.status !== expected) {
      violations.push({
        check: 'RG: each intervention has its workflow, running while open',
        detail: `${intervention.workflowId} is ${intervention.status}, its workflow ${end.status}`,
      });
    }
  }

  const counts = {
    limits: rg.limits.length,
    raisesWaiting: raises.filter((l) => !l.raise!.cancelledByDecrease).length,
    raisesCancelled: raises.filter((l) => l.raise!.cancelledByDecrease).length,
    timeOuts: rg.timeOuts.size,
    strongIndicators: rg.strongIndicators.size,
    betsRefusedWager: refusals('WAGER_LIMIT_EXCEEDED'),
    betsRefusedLoss: refusals('LOSS_LIMIT_EXCEEDED'),
    betsRefusedTimedOut: refusals('PLAYER_TIMED_OUT'),
    depositsRefusedLimit: deposited.reduce((sum, d) => sum + Number(d.refused), 0),
    interventions: interventions.length,
  };
  const lines = [
    `RG: ${counts.limits} daily limits set (${counts.raisesWaiting} raises cooling off, ${counts.raisesCancelled} withdrawn), ` +
      `${counts.timeOuts} time-outs, ${counts.strongIndicators} strong indicators logged; bets refused: ${counts.betsRefusedWager} wager limit, ${counts.betsRefusedLoss} loss ` +
      `limit, ${counts.betsRefusedTimedOut} timed out; ${counts.depositsRefusedLimit} deposits refused at a limit; ` +
      `${counts.interventions} interventions opened` +
      (rg.errors.length ? `; RG requests not done: ${rg.errors.slice(0, 3).join(' | ')}` : ''),
  ];
  return { violations, lines, counts };
}
