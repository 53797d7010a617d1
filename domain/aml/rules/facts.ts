import type { Queryable } from '../../../platform/db';
import { policyFor } from '../../jurisdictions/registry';
import { linkedPlayerCounts } from '../../players/linked-players';
import { MonitoredEventKind, type RuleFacts } from './rule-definition';

/** How far back the player-level facts (last deposit, instruments ever used, failures in a row) look. */
export const FACTS_LOOKBACK_HOURS = 24 * 90;

/** One recorded monitored event (`aml_monitored_events`): what the rules read, live and in back-tests alike. */
export interface MonitoredEvent {
  eventId: string;
  playerId: string;
  kind: MonitoredEventKind;
  occurredAt: Date;
  paymentId: string | null;
  amountMinor: number | null;
  currency: string | null;
  instrumentId: string | null;
  country: string | null;
  kycStatus: string | null;
}

/** What the facts of an event need besides its history: looked up once per event. */
export interface FactsInputs {
  /** Turnover (bets) in the event's currency since the player's last credited deposit, up to the event. */
  turnoverSinceLastDepositMinor: number;
  linked: RuleFacts['linked'];
}

const HOUR_MS = 3_600_000;

/**
 * The facts a rule reads for `event`, from the player's recorded history up to and including the event time
 * (`history` ordered by time; later events are ignored, so a late-arriving event is judged as of when it
 * happened). Pure: the live monitor and the back-test both call it, so they cannot disagree.
 */
export function computeFacts(
  event: MonitoredEvent,
  history: readonly MonitoredEvent[],
  windowHours: number,
  inputs: FactsInputs,
): RuleFacts {
  const at = event.occurredAt.getTime();
  const upToEvent = history.filter((h) => h.occurredAt.getTime() <= at);
  const inWindow = upToEvent.filter((h) => h.occurredAt.getTime() > at - windowHours * HOUR_MS);
  const currency = event.currency ?? lastOf(upToEvent, (h) => h.currency !== null)?.currency ?? 'EUR';
  const credited = (h: MonitoredEvent) => h.kind === MonitoredEventKind.DEPOSIT_CREDITED;
  const sameCurrency = (h: MonitoredEvent) => h.currency === currency;
  const depositsInWindow = inWindow.filter(credited);
  const withdrawalsInWindow = inWindow.filter((h) => h.kind === MonitoredEventKind.WITHDRAWAL_REQUESTED);
  const lastDeposit = lastOf(upToEvent, credited);
  let failedInARow = 0;
  for (let i = upToEvent.length - 1; i >= 0; i--) {
    const h = upToEvent[i]!;
    if (credited(h)) break;
    if (h.kind === MonitoredEventKind.DEPOSIT_FAILED) failedInARow++;
  }
  const country = event.country ?? lastOf(upToEvent, (h) => h.country !== null)?.country ?? '*';
  const cdd = policyFor(country).cddThreshold.value;
  const kycStatus = lastOf(upToEvent, (h) => h.kind === MonitoredEventKind.KYC_CHANGED)?.kycStatus ?? 'UNKNOWN';
  const sum = (rows: MonitoredEvent[]) => rows.reduce((s, h) => s + (h.amountMinor ?? 0), 0);
  return {
    event: {
      kind: event.kind,
      amountMinor: event.amountMinor ?? 0,
      currency,
      instrumentId: event.instrumentId ?? '',
      kycStatus: event.kycStatus ?? '',
    },
    window: {
      depositsCount: depositsInWindow.length,
      depositAmounts: depositsInWindow.filter(sameCurrency).map((h) => h.amountMinor ?? 0),
      depositsSumMinor: sum(depositsInWindow.filter(sameCurrency)),
      depositInstruments: [
        ...new Set(depositsInWindow.flatMap((h) => (h.instrumentId === null ? [] : [h.instrumentId]))),
      ],
      withdrawalsCount: withdrawalsInWindow.length,
      withdrawalsSumMinor: sum(withdrawalsInWindow.filter(sameCurrency)),
    },
    player: {
      failedDepositsInARow: failedInARow,
      lastDepositMinor: lastDeposit?.amountMinor ?? 0,
      minutesSinceLastDeposit: lastDeposit ? Math.floor((at - lastDeposit.occurredAt.getTime()) / 60_000) : -1,
      turnoverSinceLastDepositMinor: inputs.turnoverSinceLastDepositMinor,
      instrumentUsedForDeposit:
        event.instrumentId !== null &&
        upToEvent.some((h) => credited(h) && h.instrumentId === event.instrumentId && h.eventId !== event.eventId),
      kycStatus,
    },
    linked: inputs.linked,
    cdd: { thresholdMinor: cdd.amountMinor, currency: cdd.currency, sameCurrency: cdd.currency === currency },
  };
}

function lastOf(rows: readonly MonitoredEvent[], match: (h: MonitoredEvent) => boolean): MonitoredEvent | undefined {
  for (let i = rows.length - 1; i >= 0; i--) if (match(rows[i]!)) return rows[i];
  return undefined;
}

interface MonitoredEventRow {
  event_id: string;
  player_id: string;
  kind: MonitoredEventKind;
  occurred_at: Date;
  payment_id: string | null;
  amount_minor: string | null;
  currency: string | null;
  instrument_id: string | null;
  country: string | null;
  kyc_status: string | null;
}

export const MONITORED_EVENT_COLUMNS =
  'event_id, player_id, kind, occurred_at, payment_id, amount_minor, currency, instrument_id, country, kyc_status';

export function monitoredEventOf(row: MonitoredEventRow): MonitoredEvent {
  return {
    eventId: row.event_id,
    playerId: row.player_id,
    kind: row.kind,
    occurredAt: row.occurred_at,
    paymentId: row.payment_id,
    amountMinor: row.amount_minor === null ? null : Number(row.amount_minor),
    currency: row.currency,
    instrumentId: row.instrument_id,
    country: row.country,
    kycStatus: row.kyc_status,
  };
}

/** The player's recorded history in the look-back up to `at`, oldest first. */
export async function loadPlayerHistory(db: Queryable, playerId: string, at: Date): Promise<MonitoredEvent[]> {
  const { rows } = await db.query<MonitoredEventRow>(
    `SELECT ${MONITORED_EVENT_COLUMNS} FROM aml_monitored_events
      WHERE player_id = $1 AND occurred_at <= $2 AND occurred_at > $2 - make_interval(hours => $3)
      ORDER BY occurred_at, recorded_at, event_id`,
    [playerId, at, FACTS_LOOKBACK_HOURS],
  );
  return rows.map(monitoredEventOf);
}

/**
 * The lookups besides the history: turnover since the last deposit (minute buckets, so bets in the deposit's own
 * minute count even when placed just before it: it errs on the side of fewer alerts by at most one minute of play)
 * and, when a rule reads them, the linked players.
 */
export async function loadFactsInputs(
  db: Queryable,
  event: MonitoredEvent,
  history: readonly MonitoredEvent[],
  needLinked: boolean,
): Promise<FactsInputs> {
  const at = event.occurredAt.getTime();
  const lastDeposit = lastOf(
    history.filter((h) => h.occurredAt.getTime() <= at),
    (h) => h.kind === MonitoredEventKind.DEPOSIT_CREDITED,
  );
  let turnover = 0;
  if (lastDeposit) {
    const { rows } = await db.query<{ turnover: string }>(
      `SELECT COALESCE(sum(bets_minor), 0) AS turnover FROM aml_turnover_buckets
        WHERE player_id = $1 AND currency = $2 AND minute >= date_trunc('minute', $3::timestamptz) AND minute <= $4`,
      [event.playerId, lastDeposit.currency, lastDeposit.occurredAt, event.occurredAt],
    );
    turnover = Number(rows[0]!.turnover);
  }
  const linked = needLinked
    ? await linkedPlayerCounts(db, event.playerId)
    : { byDevice: 0, byAddress: 0, byInstrument: 0 };
  return { turnoverSinceLastDepositMinor: turnover, linked };
}
