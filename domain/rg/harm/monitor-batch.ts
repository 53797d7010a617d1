import { DepositStatus, WithdrawalStatus } from '../../../contracts/payments';
import {
  HARM_THRESHOLDS,
  harmLevelOf,
  RgInteractionKind,
  type HarmMarker,
  rgInterventionWorkflowId,
  type HarmNotice,
  type RgInterventionInput,
} from '../../../contracts/rg';
import { withTransaction, type Db, type DbClient } from '../../../platform/db';
import { parseEvent } from '../../../platform/events';
import { newBusinessId } from '../../../platform/ids';
import { depositStatusChangedEvent, withdrawalStatusChangedEvent } from '../../payments/events';
import { walletTransactionPostedEvent } from '../../wallet/events';
import { openVulnerabilityCheckIfDue, type DueCheck } from '../vulnerability/vulnerability-checks';
import { rgInteractionLoggedEvent, rgLimitChangedReadModel } from './events';
import { HARM_MARKER_RULES, markersFrom, timeZoneOf, type HarmFacts, type HarmTriggers } from './markers';

/** The harm monitor's Kafka consumer group. */
export const RG_MONITOR_GROUP = 'rg-monitor';

/**
 * The topics the harm monitor consumes. Of the wallet's events it reads only that a player bet (a bet may bring a
 * marker of play); what they staked and won is in rg_play_hours, written by the bet path in the bet's transaction.
 */
export const RG_MONITORED_TOPICS = [
  walletTransactionPostedEvent.topic,
  depositStatusChangedEvent.topic,
  withdrawalStatusChangedEvent.topic,
  rgInteractionLoggedEvent.topic,
] as const;

/** One consumed event, reduced to what the harm monitor keeps. */
export interface HarmEvent {
  eventId: string;
  occurredAt: Date;
  playerId: string;
  /** The player bet: their play markers are due a look. Counts nothing, so it needs no dedupe. */
  bet?: true;
  depositCredited?: { amountMinor: number; currency: string };
  depositFailed?: boolean;
  withdrawalCancelled?: boolean;
  withdrawalPaid?: boolean;
  limitIncreased?: boolean;
  contact?: { strong: boolean };
}

const FAILED_DEPOSIT: readonly string[] = [DepositStatus.DECLINED, DepositStatus.REFUSED];

/** Reads a Kafka message of a monitored topic; undefined for what the harm monitor does not read. */
export function harmEventOf(topic: string, value: Buffer | null): HarmEvent | undefined {
  const base = (e: { eventId: string; occurredAt: string }, playerId: string) => ({
    eventId: e.eventId,
    occurredAt: new Date(e.occurredAt),
    playerId,
  });
  if (topic === walletTransactionPostedEvent.topic) {
    const e = parseEvent(walletTransactionPostedEvent, value);
    if (!e?.payload.playerId || e.payload.kind !== 'BET') return undefined;
    return { ...base(e, e.payload.playerId), bet: true };
  }
  if (topic === depositStatusChangedEvent.topic) {
    const e = parseEvent(depositStatusChangedEvent, value);
    if (!e) return undefined;
    const p = e.payload;
    if (p.status === DepositStatus.CREDITED) {
      return { ...base(e, p.playerId), depositCredited: { amountMinor: p.amountMinor, currency: p.currency } };
    }
    if (FAILED_DEPOSIT.includes(p.status)) return { ...base(e, p.playerId), depositFailed: true };
    return undefined;
  }
  if (topic === withdrawalStatusChangedEvent.topic) {
    const e = parseEvent(withdrawalStatusChangedEvent, value);
    if (!e) return undefined;
    const p = e.payload;
    // A withdrawal the player cancels is money taken back to play: a reversed withdrawal attempt.
    if (p.status === WithdrawalStatus.CANCELLED) return { ...base(e, p.playerId), withdrawalCancelled: true };
    if (p.status === WithdrawalStatus.PAID) return { ...base(e, p.playerId), withdrawalPaid: true };
    return undefined;
  }
  if (topic === rgInteractionLoggedEvent.topic) {
    // rg.events carries every RG part's events (restrictions, levels, exclusions); two of them are markers.
    const type = peekType(value);
    if (type === rgInteractionLoggedEvent.type) {
      const e = parseEvent(rgInteractionLoggedEvent, value);
      if (e?.payload.kind !== RgInteractionKind.CUSTOMER_CONTACT_ABOUT_GAMBLING) return undefined;
      return { ...base(e, e.payload.playerId), contact: { strong: e.payload.strongIndicator } };
    }
    if (type === rgLimitChangedReadModel.type) {
      const e = parseEvent(rgLimitChangedReadModel, value);
      if (e?.payload.direction === 'INCREASE') return { ...base(e, e.payload.playerId), limitIncreased: true };
    }
    return undefined;
  }
  return undefined;
}

/** The type of an rg.events message, read before its contract is chosen. */
function peekType(value: Buffer | null): string | undefined {
  if (!value) return undefined;
  try {
    return (JSON.parse(value.toString('utf8')) as { type?: string }).type;
  } catch {
    return undefined;
  }
}

/** What the batch asks Temporal to do; called inside the batch's transaction, so a failure rolls it back. */
export interface HarmMonitorEffects {
  /** Signal-with-start the player's open intervention with the player's score now. */
  notifyIntervention(workflowId: string, input: RgInterventionInput, notice: HarmNotice): Promise<void>;
  /** Start a vulnerability check's workflow. */
  startVulnerabilityCheck(check: DueCheck): Promise<void>;
}

/** What one batch did. */
export interface HarmBatchResult {
  fresh: number;
  skipped: number;
  markers: number;
  interventionsNotified: number;
  checksStarted: number;
}

/**
 * Handles one batch in one transaction: dedupes by event id the events that count something (payments, limit increases,
 * contacts; a bet counts nothing here, its play is in rg_play_hours), adds them to the per-player hourly buckets (one
 * upsert per player and hour), derives the markers that hold for each player the batch touched (each counts once a
 * day), scores the player over the last 30 days, tells the player's open intervention (opening one, numbered in
 * Postgres) when the score reaches level 1, and opens a financial vulnerability check when net deposits reach the
 * jurisdiction's threshold. Temporal is called before the commit: a failure rolls back and Kafka redelivers; a commit
 * that fails after a start is redelivered into the same intervention number (a signal, not a second start).
 */
export async function harmMonitorBatch(db: Db, events: readonly HarmEvent[], effects: HarmMonitorEffects) {
  const unique = [...new Map(events.map((e) => [e.eventId, e])).values()];
  const result: HarmBatchResult = { fresh: 0, skipped: 0, markers: 0, interventionsNotified: 0, checksStarted: 0 };
  if (unique.length === 0) return result;
  return withTransaction(db, async (tx) => {
    // A bet again only looks at markers again, which count once a day: it needs no dedupe row.
    const counting = unique.filter((e) => !e.bet);
    const inserted = counting.length
      ? await tx.query<{ event_id: string }>(
          `INSERT INTO rg_harm_seen_events (event_id) SELECT unnest($1::uuid[]) ON CONFLICT DO NOTHING
           RETURNING event_id`,
          [counting.map((e) => e.eventId)],
        )
      : { rows: [] };
    const freshIds = new Set(inserted.rows.map((r) => r.event_id));
    const fresh = unique.filter((e) => e.bet || freshIds.has(e.eventId));
    result.fresh = fresh.length;
    result.skipped = unique.length - fresh.length;
    if (fresh.length === 0) return result;
    const players = [...new Set(fresh.map((e) => e.playerId))].sort();
    const { rows: known } = await tx.query<{ player_id: string; jurisdiction: string }>(
      'SELECT player_id, jurisdiction FROM players WHERE player_id = ANY($1::text[])',
      [players],
    );
    const jurisdictionOf = new Map(known.map((r) => [r.player_id, r.jurisdiction]));
    const ours = fresh.filter((e) => jurisdictionOf.has(e.playerId));
    await addToBuckets(tx, ours);
    // In player order (players is sorted), as every write below goes: two batches that touch the same players (of
    // different topics) lock their rows in one order and cannot deadlock.
    const byPlayer = new Map<string, HarmEvent[]>(players.filter((p) => jurisdictionOf.has(p)).map((p) => [p, []]));
    for (const e of ours) byPlayer.get(e.playerId)!.push(e);
    // Set-based for the batch (a statement per step, not per player): most batches are bets of many players, and
    // a marker is rare; only a player with a new marker is scored and may be told to an intervention.
    const noticed = await observeMarkers(tx, byPlayer, jurisdictionOf);
    for (const [playerId, mine] of byPlayer) {
      const notice = noticed.get(playerId);
      if (notice) {
        result.markers += notice.newMarkers;
        if (harmLevelOf(notice.score).level > 0) {
          const { workflowId, n } = await openInterventionRow(tx, playerId, notice.score);
          await effects.notifyIntervention(workflowId, { playerId, n }, notice.notice);
          result.interventionsNotified++;
        }
      }
      if (mine.some((e) => e.depositCredited || e.withdrawalPaid)) {
        const due = await openVulnerabilityCheckIfDue(tx, playerId, jurisdictionOf.get(playerId)!);
        if (due) {
          await effects.startVulnerabilityCheck(due);
          result.checksStarted++;
        }
      }
    }
    return result;
  });
}

const HOUR_MS = 3_600_000;
const hourOf = (at: Date) => new Date(Math.floor(at.getTime() / HOUR_MS) * HOUR_MS);

async function addToBuckets(tx: DbClient, events: readonly HarmEvent[]) {
  type Bucket = { playerId: string; hour: Date; c: number[] };
  const buckets = new Map<string, Bucket>();
  for (const e of events) {
    if (e.bet) continue;
    const hour = hourOf(e.occurredAt);
    const key = `${e.playerId}|${hour.getTime()}`;
    const b = buckets.get(key) ?? { playerId: e.playerId, hour, c: [0, 0, 0, 0, 0] };
    if (e.depositCredited) {
      b.c[0]! += e.depositCredited.amountMinor;
      b.c[1]! += 1;
    }
    if (e.depositFailed) b.c[2]! += 1;
    if (e.withdrawalCancelled) b.c[3]! += 1;
    if (e.limitIncreased) b.c[4]! += 1;
    buckets.set(key, b);
  }
  if (buckets.size === 0) return;
  // Sorted, so two batches touching the same players lock their buckets in one order and cannot deadlock.
  const rows = [...buckets.entries()].sort(([a], [b]) => (a < b ? -1 : 1)).map(([, b]) => b);
  const column = (i: number) => rows.map((r) => r.c[i]);
  await tx.query(
    `INSERT INTO rg_harm_buckets AS b (player_id, hour, deposits_minor, deposit_count, failed_deposits,
                                       cancelled_withdrawals, limit_increases)
     SELECT * FROM unnest($1::text[], $2::timestamptz[], $3::bigint[], $4::int[], $5::int[], $6::int[], $7::int[])
     ON CONFLICT (player_id, hour) DO UPDATE SET
       deposits_minor = b.deposits_minor + EXCLUDED.deposits_minor,
       deposit_count = b.deposit_count + EXCLUDED.deposit_count,
       failed_deposits = b.failed_deposits + EXCLUDED.failed_deposits,
       cancelled_withdrawals = b.cancelled_withdrawals + EXCLUDED.cancelled_withdrawals,
       limit_increases = b.limit_increases + EXCLUDED.limit_increases`,
    [rows.map((r) => r.playerId), rows.map((r) => r.hour), ...[0, 1, 2, 3, 4].map(column)],
  );
}

/**
 * Reads each player's facts as of their `at`: play from rg_play_hours (the bet path's), payments and limits from
 * rg_harm_buckets; one query for the batch's players. A late-night bet is one in an hour whose local time, in the
 * player's jurisdiction, is in the marker's hours: hours are whole in every zone we have, so the hourly buckets
 * count late-night bets exactly.
 */
async function loadFacts(
  tx: DbClient,
  asOf: ReadonlyMap<string, { at: Date; timeZone: string }>,
): Promise<Map<string, HarmFacts>> {
  const { baselineDays } = HARM_MARKER_RULES.SPEND_ABOVE_BASELINE.params;
  const chaseHours = HARM_MARKER_RULES.CHASING_LOSSES.params.hours!;
  const { fromHour, toHour } = HARM_MARKER_RULES.LATE_NIGHT_PLAY.params;
  const players = [...asOf.keys()];
  const { rows } = await tx.query<Record<string, string | null>>({
    name: 'rg_harm_facts',
    text: `SELECT q.player_id, p.*, m.* FROM unnest($1::text[], $2::timestamptz[], $3::text[]) AS q(player_id, at, tz)
     CROSS JOIN LATERAL (
     SELECT
       coalesce(sum(stakes_minor) FILTER (WHERE hour > q.at - interval '24 hours'), 0) AS stakes24h,
       coalesce(sum(stakes_minor) FILTER (WHERE hour <= q.at - interval '24 hours'), 0) AS baseline_sum,
       count(DISTINCT date_trunc('day', hour)) FILTER (WHERE bet_count > 0 AND hour <= q.at - interval '24 hours')
         AS baseline_days,
       coalesce(sum(bet_count) FILTER (WHERE hour > q.at - interval '24 hours'
                                         AND extract(hour FROM b.hour AT TIME ZONE q.tz) >= $6::int
                                         AND extract(hour FROM b.hour AT TIME ZONE q.tz) < $7::int), 0) AS late24h,
       coalesce(sum(stakes_minor - wins_minor) FILTER (WHERE hour >= date_trunc('hour', q.at) - make_interval(hours => $5::int)), 0) AS recent_loss,
       array_agg(extract(epoch FROM hour)::bigint ORDER BY hour DESC) FILTER (WHERE bet_count > 0
                                        AND hour > q.at - interval '24 hours') AS play_hours
     FROM rg_play_hours b
     WHERE b.player_id = q.player_id AND b.hour > q.at - make_interval(days => 1 + $4::int) AND b.hour <= q.at) p
     CROSS JOIN LATERAL (
     SELECT
       coalesce(sum(deposit_count) FILTER (WHERE hour > q.at - interval '24 hours'), 0) AS deposits24h,
       coalesce(sum(failed_deposits) FILTER (WHERE hour > q.at - interval '24 hours'), 0) AS failed24h,
       coalesce(sum(cancelled_withdrawals), 0) AS cancelled30d,
       coalesce(sum(limit_increases), 0) AS increases30d
     FROM rg_harm_buckets b
     WHERE b.player_id = q.player_id AND b.hour > q.at - interval '30 days' AND b.hour <= q.at) m`,
    values: [
      players,
      players.map((p) => asOf.get(p)!.at),
      players.map((p) => asOf.get(p)!.timeZone),
      baselineDays,
      chaseHours,
      fromHour,
      toHour,
    ],
  });
  return new Map(
    rows.map((r) => {
      const { at } = asOf.get(r.player_id!)!;
      const baselineDaysSeen = Number(r.baseline_days);
      const playHours = (r.play_hours as unknown as string[] | null)?.map(Number) ?? [];
      let consecutive = 0;
      const current = hourOf(at).getTime() / 1000;
      for (const h of playHours) {
        if (h !== current - consecutive * 3600) break;
        consecutive++;
      }
      const facts: HarmFacts = {
        stakes24hMinor: Number(r.stakes24h),
        baselineDailyStakesMinor: baselineDaysSeen > 0 ? Math.round(Number(r.baseline_sum) / baselineDaysSeen) : 0,
        baselineActiveDays: baselineDaysSeen,
        lateNightBets24h: Number(r.late24h),
        consecutivePlayHours: consecutive,
        deposits24h: Number(r.deposits24h),
        failedDeposits24h: Number(r.failed24h),
        cancelledWithdrawals30d: Number(r.cancelled30d),
        limitIncreases30d: Number(r.increases30d),
        recentLossMinor: Number(r.recent_loss),
      };
      return [r.player_id!, facts];
    }),
  );
}

/** What happened in a player's events of the batch, which decides which markers are looked at. */
function triggersOf(events: readonly HarmEvent[]): HarmTriggers {
  const triggers: HarmTriggers = {
    bet: events.some((e) => e.bet),
    depositFailed: events.some((e) => e.depositFailed),
    withdrawalCancelled: events.some((e) => e.withdrawalCancelled),
    limitIncreased: events.some((e) => e.limitIncreased),
  };
  const deposit = events.filter((e) => e.depositCredited).at(-1);
  if (deposit?.depositCredited) triggers.depositCredited = deposit.depositCredited;
  const contacts = events.filter((e) => e.contact);
  if (contacts.length > 0) triggers.contact = { strong: contacts.some((e) => e.contact!.strong) };
  return triggers;
}

/** A player's new markers in a batch, and their score after them. */
interface MarkerNotice {
  newMarkers: number;
  score: number;
  notice: HarmNotice;
}

/**
 * Records the markers that hold after each player's events of this batch (each marker once per player and day, in
 * one statement) and answers, for each player with a new marker, their score: the weights of the markers seen in
 * the last 30 days. Players without a new marker are absent from the answer.
 */
async function observeMarkers(
  tx: DbClient,
  byPlayer: ReadonlyMap<string, readonly HarmEvent[]>,
  jurisdictionOf: ReadonlyMap<string, string>,
): Promise<Map<string, MarkerNotice>> {
  const last = new Map(
    [...byPlayer].map(([playerId, events]) => [
      playerId,
      events.reduce((a, e) => (e.occurredAt > a.occurredAt ? e : a), events[0]!),
    ]),
  );
  const facts = await loadFacts(
    tx,
    new Map(
      [...last].map(([playerId, e]) => [
        playerId,
        { at: e.occurredAt, timeZone: timeZoneOf(jurisdictionOf.get(playerId)!) },
      ]),
    ),
  );
  const observed = [...byPlayer].flatMap(([playerId, events]) =>
    markersFrom(facts.get(playerId)!, triggersOf(events)).map((m) => ({ playerId, m, at: last.get(playerId)! })),
  );
  const notices = new Map<string, MarkerNotice>();
  if (observed.length === 0) return notices;
  // A strong contact replaces the day's ordinary one (its weight is larger); anything else counts once a day.
  const { rows: added } = await tx.query<{ player_id: string; marker: HarmMarker; strong: boolean }>(
    `INSERT INTO rg_harm_markers AS h (marker_id, player_id, marker, weight, strong, explanation, observed_at, day_key,
                                       event_id)
     SELECT x.id, x.player_id, x.marker, x.weight, x.strong, x.explanation, x.at, (x.at AT TIME ZONE 'UTC')::date,
            x.event_id
       FROM unnest($1::text[], $2::text[], $3::text[], $4::int[], $5::boolean[], $6::jsonb[], $7::timestamptz[],
                   $8::uuid[]) AS x(id, player_id, marker, weight, strong, explanation, at, event_id)
     ON CONFLICT (player_id, marker, day_key) DO UPDATE
       SET weight = EXCLUDED.weight, strong = true, explanation = EXCLUDED.explanation,
           observed_at = EXCLUDED.observed_at, event_id = EXCLUDED.event_id
       WHERE EXCLUDED.strong AND NOT h.strong
     RETURNING h.player_id, h.marker, h.strong`,
    [
      observed.map(() => newBusinessId('hm')),
      observed.map((o) => o.playerId),
      observed.map((o) => o.m.marker),
      observed.map((o) => o.m.weight),
      observed.map((o) => o.m.strong),
      observed.map((o) => JSON.stringify({ text: o.m.explanation, facts: o.m.facts })),
      observed.map((o) => o.at.occurredAt),
      observed.map((o) => o.at.eventId),
    ],
  );
  if (added.length === 0) return notices;
  const scored = [...new Set(added.map((a) => a.player_id))];
  const { rows: scores } = await tx.query<{ player_id: string; score: string; markers: HarmMarker[] | null }>(
    `SELECT q.player_id, coalesce(sum(m.weight), 0) AS score, array_agg(DISTINCT m.marker) FILTER (WHERE m.marker IS NOT NULL) AS markers
       FROM unnest($1::text[], $2::timestamptz[]) AS q(player_id, at)
       LEFT JOIN rg_harm_markers m
         ON m.player_id = q.player_id AND m.observed_at > q.at - make_interval(days => $3::int)
      GROUP BY q.player_id`,
    [scored, scored.map((p) => last.get(p)!.occurredAt), HARM_THRESHOLDS.windowDays],
  );
  for (const row of scores) {
    const mine = added.filter((a) => a.player_id === row.player_id);
    const score = Number(row.score);
    notices.set(row.player_id, {
      newMarkers: mine.length,
      score,
      notice: {
        score,
        markers: row.markers ?? [],
        strong: mine.some((a) => a.strong) || harmLevelOf(score).strong,
        observedAt: last.get(row.player_id)!.occurredAt.toISOString(),
      },
    });
  }
  return notices;
}

/**
 * The player's open intervention, or a new one numbered next (n is allocated here, under a per-player lock, so
 * two batches cannot number the same intervention twice; the partial unique index keeps one open per player).
 */
async function openInterventionRow(tx: DbClient, playerId: string, score: number) {
  await tx.query(`SELECT pg_advisory_xact_lock(hashtext('rg-intervention'), hashtext($1))`, [playerId]);
  const { rows: open } = await tx.query<{ workflow_id: string; n: number }>(
    `UPDATE rg_interventions SET score = $2 WHERE player_id = $1 AND status = 'OPEN' RETURNING workflow_id, n`,
    [playerId, score],
  );
  if (open[0]) return { workflowId: open[0].workflow_id, n: open[0].n };
  const { rows } = await tx.query<{ n: number }>(
    'SELECT coalesce(max(n), 0) + 1 AS n FROM rg_interventions WHERE player_id = $1',
    [playerId],
  );
  const n = rows[0]!.n;
  const workflowId = rgInterventionWorkflowId(playerId, n);
  await tx.query('INSERT INTO rg_interventions (workflow_id, player_id, n, score) VALUES ($1, $2, $3, $4)', [
    workflowId,
    playerId,
    n,
    score,
  ]);
  return { workflowId, n };
}
