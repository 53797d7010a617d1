import { z } from 'zod';
import { AlertDisposition, AML_SEVERITIES, type AmlSeverity } from '../../contracts/aml';
import { MonitoredEventKind } from '../../domain/aml/rules/rule-definition';
import { count, dateTime, integer, minor, page } from '../openapi/common-schemas';

// What the AML monitoring routes answer (api/aml/monitoring-router.ts), registered by id for the OpenAPI document.

const severity = z.enum(AML_SEVERITIES as [AmlSeverity, ...AmlSeverity[]]);
const disposition = z.enum(AlertDisposition);

/** A rule definition: a CEL condition over the facts, its parameters, window and suppression. */
export const ruleDefinitionResponseSchema = z
  .object({
    language: z.literal('cel'),
    on: z.array(z.enum(MonitoredEventKind)),
    condition: z
      .string()
      .meta({ description: 'A CEL expression over `event`, `window`, `player`, `linked`, `cdd` and `params`.' }),
    params: z.record(z.string(), z.union([integer, z.string(), z.boolean()])),
    windowHours: integer,
    suppress: z.object({ per: z.enum(['EVENT', 'WINDOW']), hours: integer.optional() }),
  })
  .meta({ id: 'AmlRuleDefinition' });

/** One version of a rule. */
export const amlRuleVersionSchema = z
  .object({
    ruleId: z.string(),
    version: integer,
    definition: ruleDefinitionResponseSchema,
    description: z.string(),
    severity,
    score: integer,
    createdBy: z.string(),
    reason: z.string(),
    createdAt: dateTime,
    live: z.boolean(),
  })
  .meta({ id: 'AmlRuleVersion' });

/** A rule in the rule list. */
export const amlRuleSummarySchema = z
  .object({
    ruleId: z.string(),
    name: z.string(),
    liveVersion: integer.nullable(),
    versionsCount: count,
    severity: severity.nullable(),
    alertsRaised: count,
    truePositives: count,
    falsePositives: count,
    precision: z.number().nullable().meta({ description: 'TP / (TP + FP) over the alerts of closed cases.' }),
  })
  .meta({ id: 'AmlRuleSummary' });

/** Every rule. */
export const amlRuleListSchema = z.object({ items: z.array(amlRuleSummarySchema) }).meta({ id: 'AmlRuleList' });

const backtestResultSchema = z.object({
  eventsEvaluated: count,
  alerts: count,
  players: z.array(z.object({ playerId: z.string(), alerts: count })),
  perDay: z.array(z.object({ day: z.string().meta({ format: 'date' }), alerts: count })),
  errors: count,
});

/** A back-test and what it found. */
export const amlBacktestSchema = z
  .object({
    backtestId: z.string(),
    ruleId: z.string(),
    ruleVersion: integer.nullable().meta({ description: 'null: an unsaved definition was tested.' }),
    definition: ruleDefinitionResponseSchema,
    from: dateTime,
    to: dateTime,
    requestedBy: z.string(),
    requestedAt: dateTime,
    result: backtestResultSchema,
  })
  .meta({ id: 'AmlBacktest' });

/** One rule with every version, newest first, and its recent back-tests. */
export const amlRuleDetailSchema = amlRuleSummarySchema
  .extend({ versions: z.array(amlRuleVersionSchema), backtests: z.array(amlBacktestSchema) })
  .meta({ id: 'AmlRuleDetail' });

/** What making a version live answers. */
export const amlRuleLiveResultSchema = z
  .object({ ruleId: z.string(), liveVersion: integer, previousLiveVersion: integer.nullable() })
  .meta({ id: 'AmlRuleLiveResult' });

/** An alert in the alert queue. */
export const amlAlertSummarySchema = z
  .object({
    alertId: z.string(),
    ruleId: z.string(),
    ruleName: z.string(),
    ruleVersion: integer,
    playerId: z.string(),
    severity,
    score: integer,
    occurredAt: dateTime,
    raisedAt: dateTime,
    caseId: z.string().nullable().meta({ description: 'The case it is filed in; null until the router files it.' }),
    caseAssignee: z.string().nullable(),
    disposition: disposition.nullable(),
  })
  .meta({ id: 'AmlAlertSummary' });

/** The alert queue. */
export const amlAlertPageSchema = page(amlAlertSummarySchema).meta({ id: 'AmlAlertPage' });

const factsSchema = z.object({
  event: z.object({
    kind: z.enum(MonitoredEventKind),
    amountMinor: minor,
    currency: z.string(),
    instrumentId: z.string(),
    kycStatus: z.string(),
  }),
  window: z.object({
    depositsCount: count,
    depositAmounts: z.array(minor),
    depositsSumMinor: minor,
    depositInstruments: z.array(z.string()),
    withdrawalsCount: count,
    withdrawalsSumMinor: minor,
  }),
  player: z.object({
    failedDepositsInARow: count,
    lastDepositMinor: minor,
    minutesSinceLastDeposit: integer,
    turnoverSinceLastDepositMinor: minor,
    instrumentUsedForDeposit: z.boolean(),
    kycStatus: z.string(),
  }),
  linked: z.object({ byDevice: count, byAddress: count, byInstrument: count }),
  cdd: z.object({ thresholdMinor: minor, currency: z.string(), sameCurrency: z.boolean() }),
});

/** One alert with why it fired. */
export const amlAlertDetailSchema = amlAlertSummarySchema
  .extend({
    eventId: z.string(),
    ruleDescription: z.string(),
    explanation: z.object({
      condition: z.string(),
      params: z.record(z.string(), z.union([integer, z.string(), z.boolean()])),
      windowHours: integer,
      eventKind: z.string(),
      paymentId: z.string().nullable(),
      facts: factsSchema,
    }),
  })
  .meta({ id: 'AmlAlertDetail' });

/** A player's risk score with the contribution of each rule version. */
export const playerRiskScoreSchema = z
  .object({
    playerId: z.string(),
    score: integer,
    windowDays: integer,
    contributions: z.array(
      z.object({
        ruleId: z.string(),
        ruleName: z.string(),
        ruleVersion: integer,
        alerts: count,
        score: integer,
        firstAt: dateTime,
        lastAt: dateTime,
      }),
    ),
  })
  .meta({ id: 'PlayerRiskScore' });
