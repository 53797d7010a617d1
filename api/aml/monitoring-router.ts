import { Router } from 'express';
import { z } from 'zod';
import { AlertDisposition, AML_SEVERITIES, type AmlSeverity } from '../../contracts/aml';
import { findAmlAlert, listAmlAlerts } from '../../domain/aml/alerts';
import { findBacktest, listBacktests, runBacktest } from '../../domain/aml/backtest';
import { playerRiskScore } from '../../domain/aml/risk-score';
import { RuleDefinitionInvalidError } from '../../domain/aml/rules/rule-definition';
import {
  AmlRuleNotFoundError,
  createAmlRuleVersion,
  findAmlRule,
  listAmlRules,
  makeAmlRuleVersionLive,
} from '../../domain/aml/rules/rules-repository';
import type { Db } from '../../platform/db';
import { HttpProblemError, notFound, parseOrThrow } from '../../platform/http-errors';
import { auditContextOf, authorize, staffOf } from '../admin/access-control';
import type {
  amlAlertDetailSchema,
  amlAlertPageSchema,
  amlBacktestSchema,
  amlRuleDetailSchema,
  amlRuleListSchema,
  amlRuleLiveResultSchema,
  amlRuleVersionSchema,
  playerRiskScoreSchema,
} from './monitoring-response-schemas';

/** The problem codes of the monitoring routes, each with its one HTTP status. */
export const AmlMonitoringErrorCode = {
  /** The definition does not validate, its condition does not compile, or it does not yield true or false. */
  AML_RULE_DEFINITION_INVALID: 422,
  /** A new rule needs a name (its first version creates it). */
  AML_RULE_NAME_REQUIRED: 422,
} as const;

const severity = z.enum(AML_SEVERITIES as [AmlSeverity, ...AmlSeverity[]]);
const MAX_BACKTEST_DAYS = 92;

export const ruleIdParam = z.object({
  ruleId: z.string().regex(/^[a-z0-9][a-z0-9-]{1,62}$/, 'must be a rule id (lower case, digits and dashes)'),
});
/** A rule version number: a Postgres INT, so a larger one names no version (400, never a database error). */
const versionNumber = z.number().int().positive().max(2_147_483_647);
export const ruleVersionParam = ruleIdParam.extend({ version: z.coerce.number().pipe(versionNumber) });
export const alertIdParam = z.object({ alertId: z.string().regex(/^alt_[0-9A-Z]{26}$/, 'must be an alert id') });
export const backtestIdParam = z.object({
  backtestId: z.string().regex(/^bt_[0-9A-Z]{26}$/, 'must be a back-test id'),
});
export const playerIdParam = z.object({ playerId: z.string().min(1).max(100) });

export const newRuleVersionBody = z.object({
  name: z
    .string()
    .trim()
    .min(1)
    .max(200)
    .optional()
    .meta({ description: 'Required for the first version of a new rule.' }),
  definition: z
    .record(z.string(), z.unknown())
    .meta({ description: 'An `AmlRuleDefinition`; validated and compiled.' }),
  description: z.string().trim().min(1).max(2000),
  severity,
  score: z.number().int().min(0).max(1000),
  reason: z.string().trim().min(1, 'a new version needs a reason').max(2000),
});
export const makeLiveBody = z.object({
  reason: z.string().trim().min(1, 'making a version live needs a reason').max(2000),
});
export const backtestBody = z
  .object({
    from: z.iso.datetime({ offset: true }),
    to: z.iso.datetime({ offset: true }),
    version: versionNumber.optional(),
    definition: z.record(z.string(), z.unknown()).optional(),
  })
  .refine((b) => (b.version === undefined) !== (b.definition === undefined), {
    error: 'give either a version or a definition',
  })
  .refine((b) => Date.parse(b.to) > Date.parse(b.from), { error: '`to` must be after `from`' })
  .refine((b) => Date.parse(b.to) - Date.parse(b.from) <= MAX_BACKTEST_DAYS * 86_400_000, {
    error: `a back-test covers at most ${MAX_BACKTEST_DAYS} days`,
  });
export const alertQuery = z.object({
  severity: severity.optional(),
  ruleId: z.string().max(63).optional(),
  playerId: z.string().max(100).optional(),
  filed: z.enum(['true', 'false']).optional().meta({ description: 'true: filed in a case; false: not yet.' }),
  disposition: z.enum([...Object.values(AlertDisposition), 'NONE'] as const).optional(),
  assignee: z.enum(['all', 'mine', 'unassigned']).default('all'),
  sort: z.enum(['occurredAt', 'raisedAt', 'severity', 'score']).default('raisedAt'),
  order: z.enum(['asc', 'desc']).default('desc'),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  offset: z.coerce.number().int().min(0).default(0),
});

const problem = (code: keyof typeof AmlMonitoringErrorCode, detail: string) =>
  new HttpProblemError(AmlMonitoringErrorCode[code], 'AML rule refused', detail, { code });

/** Maps the domain's refusals to problems. */
async function answering<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (err) {
    if (err instanceof RuleDefinitionInvalidError) throw problem('AML_RULE_DEFINITION_INVALID', err.detail);
    if (err instanceof AmlRuleNotFoundError) throw notFound(err.message);
    throw err;
  }
}

/**
 * AML monitoring in the back office: the rules with their versions, precision and back-tests (analysts propose a
 * version and back-test it, the MLRO makes it live), the alert queue with each alert's explanation, and a player's
 * risk score. Every change is audited in the transaction that makes it.
 */
export function createAmlMonitoringRouter(deps: { db: Db }): Router {
  const router = Router();

  router.get('/rules', authorize('read', 'AmlRule'), async (_req, res) => {
    res.json({ items: await listAmlRules(deps.db) } satisfies z.input<typeof amlRuleListSchema>);
  });

  router.get('/rules/:ruleId', authorize('read', 'AmlRule'), async (req, res) => {
    const { ruleId } = parseOrThrow(ruleIdParam, req.params, 'path');
    const rule = await answering(() => findAmlRule(deps.db, ruleId));
    res.json({ ...rule, backtests: await listBacktests(deps.db, ruleId) } satisfies z.input<
      typeof amlRuleDetailSchema
    >);
  });

  router.post('/rules/:ruleId/versions', authorize('create', 'AmlRule'), async (req, res) => {
    const { ruleId } = parseOrThrow(ruleIdParam, req.params, 'path');
    const body = parseOrThrow(newRuleVersionBody, req.body ?? {});
    const version = await answering(async () => {
      try {
        return await createAmlRuleVersion(deps.db, { ruleId, ...body }, auditContextOf(res));
      } catch (err) {
        if (err instanceof AmlRuleNotFoundError && !body.name) {
          throw problem('AML_RULE_NAME_REQUIRED', `there is no rule ${ruleId}: name it to create it`);
        }
        throw err;
      }
    });
    res.status(201).json(version satisfies z.input<typeof amlRuleVersionSchema>);
  });

  router.post('/rules/:ruleId/versions/:version/live', authorize('update', 'AmlRule'), async (req, res) => {
    const { ruleId, version } = parseOrThrow(ruleVersionParam, req.params, 'path');
    const { reason } = parseOrThrow(makeLiveBody, req.body ?? {});
    const { previousLiveVersion } = await answering(() =>
      makeAmlRuleVersionLive(deps.db, { ruleId, version, reason }, auditContextOf(res)),
    );
    res.json({ ruleId, liveVersion: version, previousLiveVersion } satisfies z.input<typeof amlRuleLiveResultSchema>);
  });

  router.post('/rules/:ruleId/backtests', authorize('run', 'AmlRule'), async (req, res) => {
    const { ruleId } = parseOrThrow(ruleIdParam, req.params, 'path');
    const body = parseOrThrow(backtestBody, req.body ?? {});
    await answering(() => findAmlRule(deps.db, ruleId));
    const backtest = await answering(() =>
      runBacktest(
        deps.db,
        {
          ruleId,
          ...(body.version !== undefined ? { version: body.version } : { definition: body.definition }),
          from: new Date(body.from),
          to: new Date(body.to),
        },
        auditContextOf(res),
      ),
    );
    res.status(201).json(backtest satisfies z.input<typeof amlBacktestSchema>);
  });

  router.get('/backtests/:backtestId', authorize('read', 'AmlRule'), async (req, res) => {
    const { backtestId } = parseOrThrow(backtestIdParam, req.params, 'path');
    const backtest = await findBacktest(deps.db, backtestId);
    if (!backtest) throw notFound(`No back-test ${backtestId}`);
    res.json(backtest satisfies z.input<typeof amlBacktestSchema>);
  });

  router.get('/alerts', authorize('read', 'AmlAlert'), async (req, res) => {
    const q = parseOrThrow(alertQuery, req.query, 'query');
    const page = await listAmlAlerts(deps.db, {
      ...q,
      filed: q.filed === undefined ? undefined : q.filed === 'true',
      staffId: staffOf(res).staffId,
    });
    res.json({ ...page, limit: q.limit, offset: q.offset } satisfies z.input<typeof amlAlertPageSchema>);
  });

  router.get('/alerts/:alertId', authorize('read', 'AmlAlert'), async (req, res) => {
    const { alertId } = parseOrThrow(alertIdParam, req.params, 'path');
    const alert = await findAmlAlert(deps.db, alertId);
    if (!alert) throw notFound(`No alert ${alertId}`);
    res.json(alert satisfies z.input<typeof amlAlertDetailSchema>);
  });

  router.get('/players/:playerId/risk-score', authorize('read', 'AmlAlert'), async (req, res) => {
    const { playerId } = parseOrThrow(playerIdParam, req.params, 'path');
    res.json((await playerRiskScore(deps.db, playerId)) satisfies z.input<typeof playerRiskScoreSchema>);
  });

  return router;
}
