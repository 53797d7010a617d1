import { z } from 'zod';
import { RgLimitChangeStatus, RgLimitDirection, RgLimitKind, RgLimitPeriod } from '../../contracts/rg';
import { currencySchema } from '../../contracts/wallet';
import { dateTime, integer, nullableDateTime } from '../openapi/common-schemas';

// The answers of the limits routes (api/rg/limits-router.ts), registered in the OpenAPI document by their ids.

const amount = integer.meta({ description: 'Minor units of `currency`; minutes for SESSION_TIME.' });
const nullableAmount = amount.nullable().meta({ description: 'Minor units, or minutes; null is no limit.' });

export const rgLimitInForceSchema = z
  .object({
    kind: z.enum(RgLimitKind),
    period: z.enum(RgLimitPeriod),
    amount,
    setAt: dateTime,
    usedInWindow: integer.nullable().meta({
      description:
        'What the rolling window holds: deposits (pending ones too), net losses or stakes; null for SESSION_TIME.',
    }),
    remaining: integer.nullable().meta({ description: 'What is left in the window; null for SESSION_TIME.' }),
  })
  .meta({ id: 'RgLimitInForce', description: 'A limit in force and what is left of its window.' });

export const rgPendingLimitChangeSchema = z
  .object({
    changeId: z.string(),
    kind: z.enum(RgLimitKind),
    period: z.enum(RgLimitPeriod),
    fromAmount: nullableAmount,
    toAmount: nullableAmount,
    status: z.enum(RgLimitChangeStatus),
    requestedAt: dateTime,
    effectiveAt: dateTime.meta({ description: 'When the cooling-off ends.' }),
    needsConfirmation: z.boolean().meta({ description: 'Whether the player must confirm after the cooling-off.' }),
    confirmBy: nullableDateTime.meta({ description: 'Until when the player may confirm, once awaited.' }),
  })
  .meta({ id: 'RgPendingLimitChange', description: 'An increase or removal waiting out its cooling-off.' });

export const playerRgLimitsSchema = z
  .object({
    currency: currencySchema,
    limits: z.array(rgLimitInForceSchema),
    pending: z.array(rgPendingLimitChangeSchema),
  })
  .meta({ id: 'PlayerRgLimits', description: 'The player’s limits, what is left of each window, pending increases.' });

export const rgLimitChangeOutcomeSchema = z
  .object({
    outcome: z.enum(['APPLIED', 'UNCHANGED', 'PENDING']),
    amount: nullableAmount.optional().meta({ description: 'The limit now (APPLIED, UNCHANGED).' }),
    pendingChange: rgPendingLimitChangeSchema.nullable(),
  })
  .meta({ id: 'RgLimitChangeOutcome', description: 'Applied at once, nothing to change, or pending.' });

export const rgLimitChangeStateSchema = z
  .object({
    changeId: z.string(),
    playerId: z.string(),
    kind: z.enum(RgLimitKind),
    period: z.enum(RgLimitPeriod),
    toAmount: nullableAmount,
    status: z.enum(RgLimitChangeStatus),
    effectiveAt: dateTime,
    needsConfirmation: z.boolean(),
    confirmBy: nullableDateTime,
    confirmedAt: nullableDateTime,
  })
  .meta({ id: 'RgLimitChangeState', description: 'A limit change after the player’s confirmation.' });

const historyEntrySchema = z
  .object({
    kind: z.enum(RgLimitKind),
    period: z.enum(RgLimitPeriod),
    fromAmount: nullableAmount,
    toAmount: nullableAmount,
    direction: z.enum(RgLimitDirection),
    changeId: z.string().nullable().meta({ description: 'The increase it applied, if it was one.' }),
    requestedBy: z.string().meta({ description: 'The player id, or the staff id of whoever acted for them.' }),
    reason: z.string(),
    appliedAt: dateTime,
  })
  .meta({ id: 'RgLimitHistoryEntry', description: 'One change of a limit that applied.' });

export const backOfficeRgLimitsSchema = z
  .object({
    playerId: z.string(),
    currency: currencySchema,
    limits: z.array(rgLimitInForceSchema),
    pending: z.array(rgPendingLimitChangeSchema.extend({ workflowId: z.string() })),
    history: z.array(historyEntrySchema),
    changesNotApplied: z.array(
      rgPendingLimitChangeSchema.extend({
        workflowId: z.string(),
        requestedBy: z.string(),
        reason: z.string(),
        settledAt: nullableDateTime,
        settleReason: z.string().nullable(),
      }),
    ),
  })
  .meta({ id: 'BackOfficeRgLimits', description: 'A player’s limits, pending changes and full history.' });

export const rgLimitDecreaseSchema = z
  .object({
    playerId: z.string(),
    kind: z.enum(RgLimitKind),
    period: z.enum(RgLimitPeriod),
    fromAmount: nullableAmount,
    toAmount: amount,
  })
  .meta({ id: 'RgLimitDecrease', description: 'The limit before and after the decrease.' });
