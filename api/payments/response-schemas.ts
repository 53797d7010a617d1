import { z } from 'zod';
import { StaffRole } from '../../contracts/admin';
import {
  DEPOSIT_STATUSES,
  PaymentInstrumentKind,
  PaymentMethod,
  PspOutcomeClass,
  WITHDRAWAL_STATUSES,
  type DepositStatus,
  type WithdrawalStatus,
} from '../../contracts/payments';
import { currencySchema } from '../../contracts/wallet';
import { PlayerStatus } from '../../domain/wallet/players';
import { count, dateTime, integer, minor, nullableDateTime, page, staffName, url } from '../openapi/common-schemas';
import { DueDiligenceLevel, KycStatus } from '../../contracts/kyc';

// What the payments routes answer, registered by id for the OpenAPI document (api/payments/openapi.ts).

const paymentKind = z.enum(['DEPOSIT', 'WITHDRAWAL']);
const paymentMethod = z.enum(PaymentMethod);
const staffRole = z.enum(StaffRole);
const depositStatus = z.enum(DEPOSIT_STATUSES as readonly [DepositStatus, ...DepositStatus[]]);
const withdrawalStatus = z.enum(WITHDRAWAL_STATUSES as readonly [WithdrawalStatus, ...WithdrawalStatus[]]);

/** A payment's status: a deposit's or a withdrawal's, by `kind` (contracts/payments.ts). */
const paymentStatus = z.enum([...new Set([...DEPOSIT_STATUSES, ...WITHDRAWAL_STATUSES])]).meta({
  description: "A deposit's status (`DepositStatus`) or a withdrawal's (`WithdrawalStatus`), by `kind`.",
});

/**
 * Holds `status` to the statuses of the payment's `kind`. Written as JSON Schema's if/then in the schema's metadata:
 * a discriminated union on `kind` would say the same but turn every payment type of the admin UI into a union.
 */
const statusOfKind = {
  allOf: [
    {
      if: { properties: { kind: { const: 'DEPOSIT' } }, required: ['kind'] },
      then: { properties: { status: { enum: DEPOSIT_STATUSES } } },
    },
    {
      if: { properties: { kind: { const: 'WITHDRAWAL' } }, required: ['kind'] },
      then: { properties: { status: { enum: WITHDRAWAL_STATUSES } } },
    },
  ],
};

/** A saved card, bank account or e-wallet: the PSP's display data only, never its token, a full PAN or IBAN. */
export const paymentInstrumentSchema = z
  .object({
    instrumentId: z.string().regex(/^pi_[0-9A-HJKMNP-TV-Z]{26}$/),
    psp: z.string().meta({ description: 'The PSP that holds its token: payments to or from it go through this PSP.' }),
    kind: z.enum(PaymentInstrumentKind),
    label: z.string().meta({
      description: 'One line for screens, e.g. "Visa •••• 4242, 12/2030", "IBAN DE •••• 3000".',
      examples: ['Visa •••• 4242, 12/2030'],
    }),
    cardBrand: z.string().nullable(),
    cardLast4: z.string().nullable(),
    cardExpiryMonth: integer.nullable(),
    cardExpiryYear: integer.nullable(),
    holderName: z.string().nullable().meta({
      description: "The name on the card or account; '****' in the player 360 without the right to personal data.",
    }),
    ibanCountry: z.string().nullable(),
    ibanLast4: z.string().nullable(),
    ewalletAccount: z
      .string()
      .nullable()
      .meta({ description: 'The e-wallet account as its PSP displays it (masked).' }),
    firstDepositAt: nullableDateTime.meta({ description: 'When a deposit from it was first credited.' }),
    usedForDeposit: z.boolean().meta({ description: 'Whether it ever funded the account (closed-loop payouts).' }),
    canReceivePayouts: z.boolean(),
  })
  .meta({
    id: 'PaymentInstrument',
    description:
      "A player's card, bank account or e-wallet as its PSP tokenised it: display data only. A withdrawal's " +
      'destination, or the instrument a deposit was paid from.',
  });

const playerPaymentFields = {
  id: z.string(),
  kind: paymentKind,
  playerId: z.string(),
  amountMinor: minor,
  currency: currencySchema,
  method: paymentMethod,
  instrument: paymentInstrumentSchema.nullable().meta({
    description: "A deposit's instrument (null until its PSP tokenised it) or a withdrawal's payout destination.",
  }),
  status: paymentStatus,
  createdAt: dateTime,
  updatedAt: dateTime,
};

/** What a player sees of a payment. */
export const playerPaymentSchema = z.object(playerPaymentFields).meta({
  id: 'PlayerPayment',
  description: 'What a player sees of a payment: no routing, decisions or officers.',
  ...statusOfKind,
});

/** The withdrawal whose cancellation the saga accepted. */
export const withdrawalCancellingSchema = z
  .object({
    ...playerPaymentFields,
    status: z.literal('CANCELLING').meta({
      description: 'The saga accepted the cancellation; it voids the reservation and the withdrawal becomes CANCELLED.',
    }),
  })
  .meta({ id: 'WithdrawalCancelling', description: 'The withdrawal whose cancellation the saga accepted.' });

/** A payment as the back office's read model has it. */
export const paymentSchema = z
  .object({
    paymentId: z.string(),
    kind: paymentKind,
    playerId: z.string(),
    brand: z.string(),
    amountMinor: minor,
    currency: currencySchema,
    method: paymentMethod,
    country: z.string(),
    status: paymentStatus,
    psp: z.string().nullable(),
    requestedBy: z.string().meta({ description: 'The player, or the staff member who raised it.' }),
    workflowId: z.string(),
    approvalsNeeded: integer,
    escalated: z.boolean(),
    failureReason: z.string().nullable(),
    instrument: paymentInstrumentSchema.nullable().meta({
      description:
        "A deposit's instrument (null until its PSP tokenised it) or a withdrawal's payout destination, with " +
        'whether it was used to deposit.',
    }),
    createdAt: dateTime,
    updatedAt: dateTime,
  })
  .meta({ id: 'Payment', ...statusOfKind });

/** The player's saved instruments, as the player API lists them. */
export const paymentInstrumentListSchema = z
  .object({ items: z.array(paymentInstrumentSchema) })
  .meta({ id: 'PaymentInstrumentList', description: "The player's saved instruments, newest first." });

/** One attempt at a PSP and how it ended. */
const attemptView = z.object({
  attemptId: z.string(),
  psp: z.string(),
  outcome: z.enum(PspOutcomeClass),
  code: z.string().optional(),
  pspReference: z.string().optional(),
});

/** A saga decision (who, in which role, what, when), with the officer's display name. */
const decisionView = z.object({
  staffId: z.string(),
  staffName: staffName('staffId'),
  role: staffRole,
  decision: z.enum(['APPROVE', 'REJECT']),
  reason: z.string().optional(),
  at: dateTime,
});

/** The withdrawal saga's state, from its `getStatus` query or an Update. */
export const withdrawalStateSchema = z
  .object({
    withdrawalId: z.string(),
    status: withdrawalStatus,
    requestedBy: z.string(),
    risk: z.object({ level: z.enum(['LOW', 'ELEVATED']), reasons: z.array(z.string()) }).optional(),
    approvalsNeeded: count,
    seniorRequired: z.boolean(),
    escalated: z.boolean(),
    decisions: z.array(decisionView),
    cancellable: z.boolean(),
    route: z.array(z.string()).meta({ description: 'The PSPs in the order the saga tries them.' }),
    attempts: z.array(attemptView),
    failure: z.string().optional(),
  })
  .meta({
    id: 'WithdrawalState',
    description: "The withdrawal saga's state after the Update: status, decisions (who, when, what), PSP attempts.",
  });

/** The deposit saga's state, from its `getStatus` query. */
export const depositStateSchema = z
  .object({
    depositId: z.string(),
    status: depositStatus,
    route: z.array(z.string()),
    attempts: z.array(attemptView),
    ledgerTransactionId: integer.nullable().optional(),
    failure: z.string().optional(),
  })
  .meta({ id: 'DepositState', description: "The deposit saga's state: status, route and PSP attempts." });

/** A payment with its whole story. */
export const paymentDetailSchema = z
  .intersection(
    paymentSchema,
    z.object({
      requestedByName: staffName('requestedBy'),
      assignee: z.string().nullable().meta({ description: 'The officer working a queued withdrawal; null: nobody.' }),
      assigneeName: staffName('assignee'),
      assignedAt: nullableDateTime,
      timeline: z
        .array(
          z.object({
            type: z.string(),
            actor: z.string().meta({ description: "A staff id, a player id, or 'system' (a saga step)." }),
            actorName: staffName('actor'),
            detail: z.looseObject({}).nullable(),
            at: dateTime,
          }),
        )
        .meta({ description: "The payment's steps, oldest first." }),
      attempts: z
        .array(
          z.object({
            attemptId: z.string(),
            seq: integer,
            psp: z.string(),
            operation: z.string(),
            status: z.string(),
            outcome: z.string().nullable(),
            code: z.string().nullable(),
            pspReference: z.string().nullable(),
            latencyMs: integer.nullable(),
            startedAt: nullableDateTime,
            finishedAt: nullableDateTime,
          }),
        )
        .meta({ description: 'Each PSP try, as the read model recorded it.' }),
      decisions: z
        .array(
          z.object({
            staffId: z.string(),
            staffName: staffName('staffId'),
            decision: z.enum(['APPROVE', 'REJECT']),
            role: staffRole,
            reason: z.string().nullable(),
            at: dateTime,
          }),
        )
        .meta({ description: "The officers' decisions, oldest first." }),
      ledger: z
        .array(z.object({ transactionId: integer, idempotencyKey: z.string(), kind: z.string(), createdAt: dateTime }))
        .meta({ description: "The ledger transactions that moved this payment's money." }),
      workflowState: z
        .union([withdrawalStateSchema, depositStateSchema])
        .optional()
        .meta({ description: "The saga's live state; absent when its workflow is gone from Temporal." }),
      temporalWebUrl: url,
    }),
  )
  .meta({
    id: 'PaymentDetail',
    description:
      'A payment with its whole story: timeline, PSP attempts, decisions, ledger transactions, the live saga ' +
      'state (`workflowState`, from its `getStatus` query) and `temporalWebUrl`.',
  });

/** One page of payments. */
export const paymentPageSchema = page(paymentSchema).meta({
  id: 'PaymentPage',
  description: 'Payments from the read model.',
});

/** The player facts an officer weighs next to a withdrawal. */
const queueRisk = z
  .object({
    kycStatus: z
      .enum(KycStatus)
      .meta({ description: "The player's identity verification (NOT_STARTED without a record)." }),
    kycRequiredLevel: z.enum(DueDiligenceLevel).meta({ description: 'The due diligence level the player needs.' }),
    kycRestriction: z.string().nullable().meta({
      description: "Why the player's money movements are restricted (overdue source-of-funds evidence), or null.",
    }),
    amlFlags: z.array(z.string()).meta({ description: 'Empty until the AML domain lands.' }),
    rgStatus: z.enum(PlayerStatus).meta({ description: "The player's status." }),
    netDepositsMinor: minor,
    depositsCount: count,
    withdrawalsCount: count,
    bonusBalanceMinor: minor,
    riskLevel: z.string().nullable(),
    riskReasons: z.array(z.string()).nullable(),
  })
  .meta({ description: 'The player facts an officer weighs next to the withdrawal.' });

/** The withdrawal approval queue. */
export const withdrawalQueueSchema = z
  .object({
    items: z.array(
      z.intersection(
        paymentSchema,
        z.object({
          requestedByName: staffName('requestedBy'),
          decidedBy: z.array(z.string()).meta({ description: 'The staff ids of the decisions so far, in order.' }),
          decidedByNames: z
            .array(z.string())
            .meta({ description: 'The display names of `decidedBy`, in the same order.' }),
          slaDueAt: dateTime.meta({ description: 'When the decision is due; past it, the withdrawal escalates.' }),
          assignee: z
            .string()
            .nullable()
            .meta({ description: 'The officer working it (claimed or assigned); null: nobody.' }),
          assigneeName: staffName('assignee'),
          assignedAt: nullableDateTime,
          playerTags: z.array(z.string()).meta({ description: "The player's tags (player notes), for badges." }),
          seniorRequiredForNext: z.boolean().meta({ description: 'Whether the next approval must be senior.' }),
          fourEyes: z.boolean().meta({ description: 'Whether two officers must approve it.' }),
          risk: queueRisk,
        }),
      ),
    ),
    total: integer.meta({ description: 'Withdrawals the search matches.' }),
    limit: integer,
    offset: integer,
    summary: z.object({ awaiting: count, awaitingSecondApproval: count, fourEyes: count, pastSla: count }),
  })
  .meta({
    id: 'WithdrawalQueue',
    description:
      'Withdrawals awaiting a decision, oldest first, each with its SLA due time, who decided already, whether ' +
      "the next approval must be senior, and the player's risk context.",
  });

/** What a reconciliation run answers. */
export const reconciliationResultSchema = z.object({ workflowId: z.string(), temporalWebUrl: url.optional() }).meta({
  id: 'ReconciliationResult',
  description: "The reconciliation workflow's result (mismatches found per kind) with its workflow id.",
});

/** The latest reconciliation mismatches. */
export const reconciliationMismatchesSchema = z
  .object({
    items: z.array(
      z.object({
        mismatchId: integer,
        runId: z.string(),
        psp: z.string(),
        kind: z.enum(['MISSING_IN_LEDGER', 'MISSING_AT_PSP', 'DUPLICATE', 'AMOUNT_DIFFERS']),
        reference: z.string().nullable(),
        paymentId: z.string().nullable(),
        pspAmountMinor: minor.nullable(),
        ledgerAmountMinor: minor.nullable(),
        currency: z.string().nullable(),
        detail: z.string(),
        status: z.enum(['OPEN', 'RESOLVED']),
        foundAt: dateTime,
      }),
    ),
  })
  .meta({ id: 'ReconciliationMismatches' });

/** How a PSP's webhook is acknowledged. */
export const pspWebhookReceiptSchema = z
  .object({
    received: z.literal(true),
    duplicate: z.boolean().meta({ description: 'True when this event id was received before.' }),
  })
  .meta({ id: 'PspWebhookReceipt' });

/** Who works a withdrawal of the approval queue, after a claim or an assignment. */
export const withdrawalAssignmentSchema = z
  .object({
    paymentId: z.string(),
    assignee: z.string().nullable().meta({ description: 'The officer working it; null: back in the queue.' }),
    assigneeName: staffName('assignee'),
    assignedAt: nullableDateTime,
  })
  .meta({ id: 'WithdrawalAssignment', description: 'Who works a withdrawal of the approval queue.' });
