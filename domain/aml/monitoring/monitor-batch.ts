import { DepositStatus, WithdrawalStatus } from '../../../contracts/payments';
import { withTransaction, type Db, type DbClient } from '../../../platform/db';
import { appendOutboxEvent, parseEvent } from '../../../platform/events';
import { newBusinessId } from '../../../platform/ids';
import { kycStatusChangedEvent } from '../../kyc/events';
import { depositStatusChangedEvent, withdrawalStatusChangedEvent } from '../../payments/events';
import { amlAlertRaisedEvent } from '../events';
import { computeFacts, loadFactsInputs, loadPlayerHistory, type MonitoredEvent } from '../rules/facts';
import { alertKeyOf, MonitoredEventKind, type RuleFacts } from '../rules/rule-definition';
import { loadLiveRules, type LiveRule } from '../rules/rules-repository';

/** The monitor's Kafka consumer group (also the group whose lag bench:aml and the dashboards read). */
export const AML_MONITOR_GROUP = 'aml-monitor';

/**
 * The topics the monitor consumes, and the one event type on each it reads. Not the wallet's: the bets' turnover,
 * all the rules read of them, is written by the bet path itself (sql/functions/wallet_apply_batch.sql, into
 * aml_turnover_buckets), in the bet's own transaction.
 */
export const MONITORED_EVENTS = [
  depositStatusChangedEvent,
  withdrawalStatusChangedEvent,
  kycStatusChangedEvent,
] as const;
export const MONITORED_TOPICS = MONITORED_EVENTS.map((e) => e.topic);

/** One consumed event, reduced to what monitoring keeps: a monitored event the rules read, if it is one. */
export interface ConsumedEvent {
  eventId: string;
  topic: string;
  occurredAt: Date;
  playerId: string | null;
  /** Recorded in the history and evaluated against the live rules. */
  monitored?: MonitoredEvent;
}

const FAILED_DEPOSIT: readonly string[] = [DepositStatus.DECLINED, DepositStatus.REFUSED];

/** Reads a Kafka message of a monitored topic; undefined for other event types on it. */
export function consumedEventOf(topic: string, value: Buffer | null): ConsumedEvent | undefined {
  const payment = (
    e: { eventId: string; occurredAt: string; payload: PaymentPayload },
    kind: MonitoredEventKind | undefined,
  ): ConsumedEvent => {
    const occurredAt = new Date(e.occurredAt);
    const p = e.payload;
    return {
      eventId: e.eventId,
      topic,
      occurredAt,
      playerId: p.playerId,
      ...(kind
        ? {
            monitored: {
              eventId: e.eventId,
              playerId: p.playerId,
              kind,
              occurredAt,
              paymentId: p.paymentId,
              amountMinor: p.amountMinor,
              currency: p.currency,
              instrumentId: p.instrumentId,
              country: p.country,
              kycStatus: null,
            },
          }
        : {}),
    };
  };
  if (topic === depositStatusChangedEvent.topic) {
    const e = parseEvent(depositStatusChangedEvent, value);
    if (!e) return undefined;
    const kind =
      e.payload.status === DepositStatus.CREDITED
        ? MonitoredEventKind.DEPOSIT_CREDITED
        : FAILED_DEPOSIT.includes(e.payload.status)
          ? MonitoredEventKind.DEPOSIT_FAILED
          : undefined;
    return payment(e, kind);
  }
  if (topic === withdrawalStatusChangedEvent.topic) {
    const e = parseEvent(withdrawalStatusChangedEvent, value);
    if (!e) return undefined;
    const requested = e.payload.status === WithdrawalStatus.REQUESTED && e.payload.previousStatus === null;
    return payment(e, requested ? MonitoredEventKind.WITHDRAWAL_REQUESTED : undefined);
  }
  if (topic === kycStatusChangedEvent.topic) {
    const e = parseEvent(kycStatusChangedEvent, value);
    if (!e) return undefined;
    const occurredAt = new Date(e.occurredAt);
    return {
      eventId: e.eventId,
      topic,
      occurredAt,
      playerId: e.payload.playerId,
      monitored: {
        eventId: e.eventId,
        playerId: e.payload.playerId,
        kind: MonitoredEventKind.KYC_CHANGED,
        occurredAt,
        paymentId: null,
        amountMinor: null,
        currency: null,
        instrumentId: null,
        country: null,
        kycStatus: e.payload.status,
      },
    };
  }
  return undefined;
}

interface PaymentPayload {
  paymentId: string;
  playerId: string;
  amountMinor: number;
  currency: string;
  instrumentId: string | null;
  country: string;
}

/** What one rule version made of one event, as the evaluation log keeps it. */
export interface RuleOutcome {
  ruleId: string;
  version: number;
  fired: boolean;
  /** A condition that failed at run time (it counts as not fired, and says why). */
  error?: string;
}
/** A rule that fired, with the alert it raised (or found, when its suppression key already had one). */
export interface FiredRule {
  ruleId: string;
  version: number;
  alertKey: string;
  alertId: string;
  suppressed: boolean;
}

/** Evaluates one monitored event against rules: pure apart from the history and lookups given. */
export function evaluateRules(
  rules: readonly LiveRule[],
  event: MonitoredEvent,
  factsFor: (windowHours: number) => RuleFacts,
): { outcomes: RuleOutcome[]; fired: { rule: LiveRule; facts: RuleFacts }[] } {
  const outcomes: RuleOutcome[] = [];
  const fired: { rule: LiveRule; facts: RuleFacts }[] = [];
  for (const rule of rules) {
    if (!rule.compiled.definition.on.includes(event.kind)) continue;
    const facts = factsFor(rule.compiled.definition.windowHours);
    try {
      const hit = rule.compiled.evaluate(facts);
      outcomes.push({ ruleId: rule.ruleId, version: rule.version, fired: hit });
      if (hit) fired.push({ rule, facts });
    } catch (err) {
      outcomes.push({ ruleId: rule.ruleId, version: rule.version, fired: false, error: (err as Error).message });
    }
  }
  return { outcomes, fired };
}

/**
 * Handles one batch of consumed events in one transaction: skips those already evaluated (dedupe by event id),
 * records the monitored events, evaluates each against the live rule versions as of its event time, writes the
 * alerts with their `risk.alert.raised` events, and logs every event's evaluation. A crash before the commit leaves
 * nothing, and Kafka delivers the batch again.
 */
export async function monitorBatch(db: Db, events: readonly ConsumedEvent[]) {
  const unique = [...new Map(events.map((e) => [e.eventId, e])).values()];
  if (unique.length === 0) return { evaluated: 0, alerts: 0, skipped: 0 };
  return withTransaction(db, async (tx) => {
    const seen = await tx.query<{ event_id: string }>(
      'SELECT event_id FROM aml_evaluations WHERE event_id = ANY($1::uuid[])',
      [unique.map((e) => e.eventId)],
    );
    const seenIds = new Set(seen.rows.map((r) => r.event_id));
    const fresh = unique.filter((e) => !seenIds.has(e.eventId));
    await recordMonitoredEvents(tx, fresh);
    const rules = fresh.some((e) => e.monitored) ? await loadLiveRules(tx) : [];
    const log: { event: ConsumedEvent; outcomes: RuleOutcome[]; fired: FiredRule[] }[] = [];
    let alerts = 0;
    for (const event of fresh) {
      if (!event.monitored) {
        log.push({ event, outcomes: [], fired: [] });
        continue;
      }
      const monitored = event.monitored;
      const applicable = rules.filter((r) => r.compiled.definition.on.includes(monitored.kind));
      if (applicable.length === 0) {
        log.push({ event, outcomes: [], fired: [] });
        continue;
      }
      const history = await loadPlayerHistory(tx, monitored.playerId, monitored.occurredAt);
      const inputs = await loadFactsInputs(
        tx,
        monitored,
        history,
        applicable.some((r) => r.compiled.readsLinkedPlayers),
      );
      const { outcomes, fired } = evaluateRules(applicable, monitored, (hours) =>
        computeFacts(monitored, history, hours, inputs),
      );
      const firedRules: FiredRule[] = [];
      for (const { rule, facts } of fired) {
        const raised = await raiseAlert(tx, rule, monitored, facts);
        if (!raised.suppressed) alerts++;
        firedRules.push(raised);
      }
      log.push({ event, outcomes, fired: firedRules });
    }
    if (log.length > 0) {
      await tx.query(
        `INSERT INTO aml_evaluations (event_id, topic, player_id, occurred_at, evaluated, fired)
         SELECT * FROM unnest($1::uuid[], $2::text[], $3::text[], $4::timestamptz[], $5::jsonb[], $6::jsonb[])`,
        [
          log.map((l) => l.event.eventId),
          log.map((l) => l.event.topic),
          log.map((l) => l.event.playerId),
          log.map((l) => l.event.occurredAt),
          log.map((l) => JSON.stringify(l.outcomes)),
          log.map((l) => JSON.stringify(l.fired)),
        ],
      );
    }
    return { evaluated: fresh.length, alerts, skipped: unique.length - fresh.length };
  });
}

/** Records monitored events in the history (also used by back-tests and bench:aml's replay). */
export async function recordMonitoredEvents(tx: DbClient, events: readonly { monitored?: MonitoredEvent }[]) {
  const rows = events.flatMap((e) => (e.monitored ? [e.monitored] : []));
  if (rows.length === 0) return;
  await tx.query(
    `INSERT INTO aml_monitored_events
       (event_id, player_id, kind, occurred_at, payment_id, amount_minor, currency, instrument_id, country, kyc_status)
     SELECT * FROM unnest($1::uuid[], $2::text[], $3::text[], $4::timestamptz[], $5::text[], $6::bigint[],
                          $7::text[], $8::text[], $9::text[], $10::text[])
     ON CONFLICT (event_id) DO NOTHING`,
    [
      rows.map((r) => r.eventId),
      rows.map((r) => r.playerId),
      rows.map((r) => r.kind),
      rows.map((r) => r.occurredAt),
      rows.map((r) => r.paymentId),
      rows.map((r) => r.amountMinor),
      rows.map((r) => r.currency),
      rows.map((r) => r.instrumentId),
      rows.map((r) => r.country),
      rows.map((r) => r.kycStatus),
    ],
  );
}

async function raiseAlert(tx: DbClient, rule: LiveRule, event: MonitoredEvent, facts: RuleFacts): Promise<FiredRule> {
  const { definition } = rule.compiled;
  const alertKey = alertKeyOf({ ruleId: rule.ruleId, version: rule.version, suppress: definition.suppress }, event);
  const alertId = newBusinessId('alt');
  const explanation = {
    condition: definition.condition,
    params: definition.params,
    windowHours: definition.windowHours,
    eventKind: event.kind,
    paymentId: event.paymentId,
    facts,
  };
  const inserted = await tx.query<{ alert_id: string }>(
    `INSERT INTO aml_alerts (alert_id, alert_key, rule_id, rule_version, player_id, severity, score, event_id,
                             occurred_at, explanation)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)
     ON CONFLICT (alert_key) DO NOTHING RETURNING alert_id`,
    [
      alertId,
      alertKey,
      rule.ruleId,
      rule.version,
      event.playerId,
      rule.severity,
      rule.score,
      event.eventId,
      event.occurredAt,
      JSON.stringify(explanation),
    ],
  );
  if (inserted.rowCount) {
    await appendOutboxEvent(tx, amlAlertRaisedEvent, event.playerId, {
      alertId,
      playerId: event.playerId,
      ruleId: rule.ruleId,
      ruleVersion: rule.version,
      severity: rule.severity,
      score: rule.score,
      occurredAt: event.occurredAt.toISOString(),
    });
    return { ruleId: rule.ruleId, version: rule.version, alertKey, alertId, suppressed: false };
  }
  const existing = await tx.query<{ alert_id: string }>('SELECT alert_id FROM aml_alerts WHERE alert_key = $1', [
    alertKey,
  ]);
  return {
    ruleId: rule.ruleId,
    version: rule.version,
    alertKey,
    alertId: existing.rows[0]!.alert_id,
    suppressed: true,
  };
}
