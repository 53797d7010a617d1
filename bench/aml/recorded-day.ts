import { createHash } from 'node:crypto';
import type { ConsumedEvent } from '../../domain/aml/monitoring/monitor-batch';
import { MonitoredEventKind } from '../../domain/aml/rules/rule-definition';
import type { Queryable } from '../../platform/db';

// A deterministic "recorded day" of monitored events for bench:aml: a few thousand players depositing, betting and
// withdrawing as ordinary players do, and a few planted laundering patterns the starter rules should catch.

/** The patterns planted in the day, with how many players carry each. */
export interface PlantedPatterns {
  structuring: number;
  rapidInOut: number;
  manyInstruments: number;
  failedInARow: number;
  largeDeposit: number;
}

/** A small seeded PRNG (mulberry32): the same seed gives the same day on every machine. */
function prng(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A UUID derived from a name: the same event gets the same id in every run of one day (replays dedupe). */
function uuidOf(name: string): string {
  const h = createHash('sha256').update(name).digest('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-8${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

/** A bet of the day: what the wallet's bet path adds to the player's turnover bucket of its minute. */
export interface RecordedBet {
  playerId: string;
  at: Date;
  amountMinor: number;
}

/**
 * The bets' turnover, written as the bet path writes it (sql/functions/wallet_apply_batch.sql): one bucket per
 * player, currency and minute. The monitor reads it as of each event's time, so it can all be written up front.
 */
export async function recordTurnover(db: Queryable, bets: readonly RecordedBet[]) {
  const buckets = new Map<string, { playerId: string; minute: Date; sum: number; count: number }>();
  for (const bet of bets) {
    const minute = new Date(Math.floor(bet.at.getTime() / 60_000) * 60_000);
    const key = `${bet.playerId}|${minute.getTime()}`;
    const bucket = buckets.get(key) ?? { playerId: bet.playerId, minute, sum: 0, count: 0 };
    bucket.sum += bet.amountMinor;
    bucket.count += 1;
    buckets.set(key, bucket);
  }
  const rows = [...buckets.values()];
  await db.query(
    `INSERT INTO aml_turnover_buckets (player_id, currency, minute, bets_minor, bet_count)
     SELECT p, 'EUR', m, s, c FROM unnest($1::text[], $2::timestamptz[], $3::bigint[], $4::int[]) AS x(p, m, s, c)`,
    [rows.map((r) => r.playerId), rows.map((r) => r.minute), rows.map((r) => r.sum), rows.map((r) => r.count)],
  );
}

/**
 * The events of one day for `playerIds`, in event-time order, and the bets the players place (in EUR). `runId`
 * makes the ids of this run's events its own.
 * Ordinary players: one to three deposits of EUR 10-300 from one card, 20-60 bets of EUR 0.20-5, sometimes a
 * withdrawal to that card after playing. Planted: deposits just under the CDD threshold, deposit then withdrawal
 * with almost no play, deposits from four cards, six declined deposits in a row, one deposit of EUR 8,000.
 */
export function recordedDay(
  runId: string,
  day: Date,
  playerIds: readonly string[],
  planted: PlantedPatterns,
): { events: ConsumedEvent[]; bets: RecordedBet[]; expected: Record<string, number> } {
  const random = prng(20_260_115);
  const events: ConsumedEvent[] = [];
  const bets: RecordedBet[] = [];
  let n = 0;
  const at = (minute: number) => new Date(day.getTime() + Math.min(minute, 1439) * 60_000);
  const payment = (
    playerId: string,
    kind: MonitoredEventKind,
    minute: number,
    amountMinor: number,
    instrumentId: string,
  ) => {
    const eventId = uuidOf(`${runId}:${n++}`);
    const occurredAt = at(minute);
    events.push({
      eventId,
      topic: kind === MonitoredEventKind.WITHDRAWAL_REQUESTED ? 'payments.withdrawals' : 'payments.deposits',
      occurredAt,
      playerId,
      monitored: {
        eventId,
        playerId,
        kind,
        occurredAt,
        paymentId: `dep_${eventId}`,
        amountMinor,
        currency: 'EUR',
        instrumentId,
        country: 'GB',
        kycStatus: null,
      },
    });
  };
  const bet = (playerId: string, minute: number, amountMinor: number) => {
    bets.push({ playerId, at: at(minute), amountMinor });
  };
  let i = 0;
  const take = (count: number) => playerIds.slice(i, (i += count));
  for (const p of take(planted.structuring)) {
    [195_000, 190_000, 198_000].forEach((amount, k) =>
      payment(p, MonitoredEventKind.DEPOSIT_CREDITED, 60 + k * 90, amount, `pi_${p}_card`),
    );
  }
  for (const p of take(planted.rapidInOut)) {
    payment(p, MonitoredEventKind.DEPOSIT_CREDITED, 300, 150_000, `pi_${p}_card`);
    bet(p, 305, 500);
    payment(p, MonitoredEventKind.WITHDRAWAL_REQUESTED, 330, 149_000, `pi_${p}_card`);
  }
  for (const p of take(planted.manyInstruments)) {
    for (let k = 0; k < 4; k++)
      payment(p, MonitoredEventKind.DEPOSIT_CREDITED, 400 + k * 30, 5_000, `pi_${p}_card${k}`);
  }
  for (const p of take(planted.failedInARow)) {
    for (let k = 0; k < 6; k++)
      payment(p, MonitoredEventKind.DEPOSIT_FAILED, 500 + k * 2, 10_000, `pi_${p}_stolen${k}`);
  }
  for (const p of take(planted.largeDeposit))
    payment(p, MonitoredEventKind.DEPOSIT_CREDITED, 600, 800_000, `pi_${p}_card`);
  for (const p of playerIds.slice(i)) {
    const deposits = 1 + Math.floor(random() * 3);
    let minute = Math.floor(random() * 1200);
    let played = 0;
    let deposited = 0;
    for (let d = 0; d < deposits; d++) {
      const amount = 1_000 + Math.floor(random() * 30) * 1_000;
      deposited += amount;
      payment(p, MonitoredEventKind.DEPOSIT_CREDITED, minute, amount, `pi_${p}_card`);
      const bets = 20 + Math.floor(random() * 40);
      for (let b = 0; b < bets; b++) {
        const stake = 20 + Math.floor(random() * 480);
        played += stake;
        bet(p, minute + 1 + Math.floor(b / 4), stake);
      }
      minute += 15 + Math.floor(random() * 60);
    }
    // Some withdraw what is left, to the card they deposited from, after playing through it.
    if (random() < 0.2 && played >= deposited / 2) {
      payment(
        p,
        MonitoredEventKind.WITHDRAWAL_REQUESTED,
        minute + 5,
        Math.max(1_000, deposited - played),
        `pi_${p}_card`,
      );
    }
  }
  events.sort((a, b) => a.occurredAt.getTime() - b.occurredAt.getTime());
  return {
    events,
    bets,
    expected: {
      'structuring-below-cdd': planted.structuring,
      'rapid-deposit-withdrawal': planted.rapidInOut,
      'many-payment-instruments': planted.manyInstruments,
      'failed-deposits-in-a-row': planted.failedInARow,
      'large-deposit': planted.largeDeposit,
    },
  };
}
