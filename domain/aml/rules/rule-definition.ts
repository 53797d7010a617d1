import { parse } from '@marcbachmann/cel-js';
import { z } from 'zod';

// A rule version's definition is data: a CEL (Common Expression Language) condition over named facts, its
// parameters (every threshold lives here, never in code), the window its facts cover and how its alerts are
// suppressed. CEL (@marcbachmann/cel-js) was chosen over json-rules-engine, jexl and filtrex: it is a
// standardised, non-Turing-complete policy language (Google's, used by Kubernetes and Envoy), so a definition
// cannot loop or reach outside the facts it is given; it has list macros (`filter`, `exists`, `size`) that the
// structuring rule needs; the implementation has no dependencies, compiles a condition once and evaluates it
// synchronously in microseconds, which matters at the bet rate.

/** The monitored events a rule can be evaluated on (the kinds recorded in `aml_monitored_events`). */
export const MonitoredEventKind = {
  DEPOSIT_CREDITED: 'DEPOSIT_CREDITED',
  DEPOSIT_FAILED: 'DEPOSIT_FAILED',
  WITHDRAWAL_REQUESTED: 'WITHDRAWAL_REQUESTED',
  KYC_CHANGED: 'KYC_CHANGED',
} as const;
/** One monitored event kind. */
export type MonitoredEventKind = (typeof MonitoredEventKind)[keyof typeof MonitoredEventKind];
const monitoredEventKinds = Object.values(MonitoredEventKind) as [MonitoredEventKind, ...MonitoredEventKind[]];

/**
 * How often a rule may alert. EVENT: once per event that satisfies it (a large deposit is one alert per deposit).
 * WINDOW: once per player per fixed window of `hours` in event time (a structuring pattern keeps matching every
 * further deposit of the day; it is one alert). Windows are aligned on the epoch, so a replay finds the same key.
 */
export const suppressionSchema = z.discriminatedUnion('per', [
  z.object({ per: z.literal('EVENT') }).strict(),
  z
    .object({
      per: z.literal('WINDOW'),
      hours: z
        .number()
        .int()
        .min(1)
        .max(24 * 366),
    })
    .strict(),
]);
/** How a rule's alerts are suppressed. */
export type Suppression = z.infer<typeof suppressionSchema>;

/** The definition of one rule version, as stored in `aml_rule_versions.definition`. */
export const ruleDefinitionSchema = z
  .object({
    language: z.literal('cel'),
    /** The event kinds the rule is evaluated on. */
    on: z.array(z.enum(monitoredEventKinds)).min(1),
    /** A CEL expression that yields a boolean; see `FACT_NAMES` for what it may read. */
    condition: z.string().trim().min(1).max(4000),
    /** Named thresholds the condition reads as `params.<name>`: whole numbers (money in minor units) or codes. */
    params: z.record(
      z.string().regex(/^[a-zA-Z][a-zA-Z0-9]{0,40}$/, 'must be an identifier'),
      z.union([z.number().int().refine(Number.isSafeInteger), z.string().max(100), z.boolean()]),
    ),
    /** How far back the `window.*` facts look from the event, in hours. */
    windowHours: z
      .number()
      .int()
      .min(1)
      .max(24 * 90),
    suppress: suppressionSchema,
  })
  .strict();
/** The definition of one rule version. */
export type RuleDefinition = z.infer<typeof ruleDefinitionSchema>;

/** The facts a condition reads, besides `params`: what the monitor computes for the event (domain/aml/rules/facts.ts). */
export interface RuleFacts {
  event: {
    kind: MonitoredEventKind;
    amountMinor: number;
    currency: string;
    /** '' when the event names no instrument. */
    instrumentId: string;
    kycStatus: string;
  };
  /** Over the `windowHours` up to and including the event, in the event's currency where a sum is involved. */
  window: {
    depositsCount: number;
    depositAmounts: number[];
    depositsSumMinor: number;
    depositInstruments: string[];
    withdrawalsCount: number;
    withdrawalsSumMinor: number;
  };
  player: {
    failedDepositsInARow: number;
    lastDepositMinor: number;
    /** -1 when no deposit is known in the look-back. */
    minutesSinceLastDeposit: number;
    turnoverSinceLastDepositMinor: number;
    instrumentUsedForDeposit: boolean;
    kycStatus: string;
  };
  linked: { byDevice: number; byAddress: number; byInstrument: number };
  cdd: { thresholdMinor: number; currency: string; sameCurrency: boolean };
}

/** Thrown when a definition does not parse, or its condition does not compile or does not yield a boolean. */
export class RuleDefinitionInvalidError extends Error {
  constructor(readonly detail: string) {
    super(`invalid rule definition: ${detail}`);
    this.name = 'RuleDefinitionInvalidError';
  }
}

/** A definition compiled once: evaluating it is synchronous and cheap. */
export interface CompiledRule {
  definition: RuleDefinition;
  /** Whether the condition reads `linked.*` (the linked-players lookup is only made for such rules). */
  readsLinkedPlayers: boolean;
  evaluate: (facts: RuleFacts) => boolean;
}

/** CEL is strictly typed: whole numbers must be `int` (bigint) for `a * 100 < b * pct` to type check. */
function toCel(value: unknown): unknown {
  if (typeof value === 'number') return Number.isInteger(value) ? BigInt(value) : value;
  if (Array.isArray(value)) return value.map(toCel);
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, toCel(v)]));
  }
  return value;
}

/** A neutral set of facts: a definition must evaluate against it to be accepted (unknown names fail here). */
export const SAMPLE_FACTS: RuleFacts = {
  event: { kind: 'DEPOSIT_CREDITED', amountMinor: 0, currency: 'EUR', instrumentId: '', kycStatus: '' },
  window: {
    depositsCount: 0,
    depositAmounts: [1],
    depositsSumMinor: 0,
    depositInstruments: ['x'],
    withdrawalsCount: 0,
    withdrawalsSumMinor: 0,
  },
  player: {
    failedDepositsInARow: 0,
    lastDepositMinor: 0,
    minutesSinceLastDeposit: -1,
    turnoverSinceLastDepositMinor: 0,
    instrumentUsedForDeposit: false,
    kycStatus: '',
  },
  linked: { byDevice: 0, byAddress: 0, byInstrument: 0 },
  cdd: { thresholdMinor: 200_000, currency: 'EUR', sameCurrency: true },
};

/** Validates and compiles a definition; throws RuleDefinitionInvalidError with a reason an analyst can act on. */
export function compileRule(input: unknown): CompiledRule {
  const parsed = ruleDefinitionSchema.safeParse(input);
  if (!parsed.success) {
    throw new RuleDefinitionInvalidError(
      parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; '),
    );
  }
  const definition = parsed.data;
  let expression: ReturnType<typeof parse>;
  try {
    expression = parse(definition.condition);
  } catch (err) {
    throw new RuleDefinitionInvalidError(`condition: ${(err as Error).message.split('\n')[0]}`);
  }
  const params = toCel(definition.params);
  const evaluate = (facts: RuleFacts): boolean => {
    const result: unknown = expression({ ...(toCel(facts) as object), params });
    if (typeof result !== 'boolean') throw new RuleDefinitionInvalidError('the condition must yield true or false');
    return result;
  };
  try {
    evaluate(SAMPLE_FACTS);
  } catch (err) {
    throw new RuleDefinitionInvalidError(`condition: ${(err as Error).message.split('\n')[0]}`);
  }
  return { definition, readsLinkedPlayers: /\blinked\./.test(definition.condition), evaluate };
}

/**
 * The key that makes an alert the same alert (`aml_alerts.alert_key`, unique): a redelivered event, a replay, or a
 * further event inside a WINDOW rule's window finds the alert already there and raises nothing new.
 */
export function alertKeyOf(
  rule: { ruleId: string; version: number; suppress: Suppression },
  event: { eventId: string; playerId: string; occurredAt: Date },
): string {
  if (rule.suppress.per === 'EVENT') return `${rule.ruleId}:v${rule.version}:event:${event.eventId}`;
  const windowMs = rule.suppress.hours * 3_600_000;
  const windowStart = new Date(Math.floor(event.occurredAt.getTime() / windowMs) * windowMs);
  return `${rule.ruleId}:v${rule.version}:${event.playerId}:${windowStart.toISOString()}`;
}
