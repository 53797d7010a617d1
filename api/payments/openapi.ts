import { answeredWith, codesOf, NOT_FOUND, Tag, type DomainOpenApi } from '../openapi/operation-spec';
import {
  string,
  dateTime,
  integer,
  minor,
  count,
  nullableString,
  ref,
  object,
  page,
  staffName,
} from '../openapi/schema-helpers';
import { StaffRole } from '../../contracts/admin';
import { DEPOSIT_STATUSES, PaymentMethod, PspOutcomeClass, WITHDRAWAL_STATUSES } from '../../contracts/payments';
import { pspWebhookSchema } from '../../domain/payments/psp-webhook';
import { PlayerStatus } from '../../domain/wallet/players';
import type { JsonSchema } from '../openapi/zod-json-schema';
import {
  decisionBody,
  listQuery as paymentListQuery,
  mismatchesQuery,
  paymentIdParam,
  queueQuery,
  reconciliationBody,
  rejectionBody,
  staffWithdrawalBody,
  withdrawalIdParam,
} from './back-office-payments-router';
import {
  cancelBody,
  idempotencyKeyHeader,
  paymentIdParam as playerPaymentIdParam,
  paymentRequestBody,
} from './player-payments-router';
import { decisionStatus, paymentRuleStatus } from './payment-sagas';
import { rejectionDetail } from './psp-webhook-router';

const backOfficeTag = 'Back office: payments';

/** What a request for a payment is refused with at once (the saga refuses the rest, visible in its status). */
const paymentRefusals = codesOf(paymentRuleStatus, 'IDEMPOTENCY_KEY_REUSED', 'UNKNOWN_PLAYER', 'CURRENCY_MISMATCH');
/** What an officer's decision on a withdrawal can be refused with, whether the route or the saga says no. */
const decisionRefusals = {
  ...NOT_FOUND,
  FORBIDDEN: 403,
  ...codesOf(
    decisionStatus,
    'NOT_AWAITING_DECISION',
    'MAKER_CANNOT_APPROVE',
    'ALREADY_DECIDED',
    'SENIOR_APPROVAL_REQUIRED',
  ),
};

/** A payment's status: a deposit's or a withdrawal's, by `kind` (contracts/payments.ts). */
const paymentStatus = {
  type: 'string',
  enum: [...new Set<string>([...DEPOSIT_STATUSES, ...WITHDRAWAL_STATUSES])],
  description: "A deposit's status (`DepositStatus`) or a withdrawal's (`WithdrawalStatus`), by `kind`.",
};
/** Holds `status` to the statuses of the payment's `kind`. */
const statusOfKind = [
  {
    if: { properties: { kind: { const: 'DEPOSIT' } }, required: ['kind'] },
    then: { properties: { status: { enum: DEPOSIT_STATUSES } } },
  },
  {
    if: { properties: { kind: { const: 'WITHDRAWAL' } }, required: ['kind'] },
    then: { properties: { status: { enum: WITHDRAWAL_STATUSES } } },
  },
];
const withStatusOfKind = (schema: JsonSchema): JsonSchema => ({ ...schema, allOf: statusOfKind });

/** What a player sees of a payment, with `status` as given. */
const playerPayment = (status: unknown, description: string) =>
  object(
    {
      id: string,
      kind: { type: 'string', enum: ['DEPOSIT', 'WITHDRAWAL'] },
      playerId: string,
      amountMinor: minor,
      currency: ref('Currency'),
      method: { type: 'string', enum: Object.values(PaymentMethod) },
      status,
      createdAt: dateTime,
      updatedAt: dateTime,
    },
    description,
  );

const payment = object({
  paymentId: string,
  kind: { type: 'string', enum: ['DEPOSIT', 'WITHDRAWAL'] },
  playerId: string,
  brand: string,
  amountMinor: minor,
  currency: ref('Currency'),
  method: { type: 'string', enum: Object.values(PaymentMethod) },
  country: string,
  status: paymentStatus,
  psp: nullableString,
  requestedBy: { type: 'string', description: 'The player, or the staff member who raised it.' },
  workflowId: string,
  approvalsNeeded: integer,
  escalated: { type: 'boolean' },
  failureReason: nullableString,
  createdAt: dateTime,
  updatedAt: dateTime,
});

/** One attempt at a PSP and how it ended. */
const attemptView = {
  type: 'object',
  properties: {
    attemptId: string,
    psp: string,
    outcome: { type: 'string', enum: Object.values(PspOutcomeClass) },
    code: string,
    pspReference: string,
  },
  required: ['attemptId', 'psp', 'outcome'],
} as const;

/** A saga decision (who, in which role, what, when), with the officer's display name. */
const decisionView = {
  type: 'object',
  properties: {
    staffId: string,
    staffName: staffName('staffId'),
    role: { type: 'string', enum: Object.values(StaffRole) },
    decision: { type: 'string', enum: ['APPROVE', 'REJECT'] },
    reason: string,
    at: dateTime,
  },
  required: ['staffId', 'staffName', 'role', 'decision', 'at'],
} as const;

/** Payments: the player's cashier, PSP webhooks, and the back office's payments, withdrawal queue, decisions and reconciliation. */
export const paymentsOpenApi: DomainOpenApi = {
  tags: [
    {
      name: backOfficeTag,
      description: 'Payments read model, the withdrawal approval queue and decisions, reconciliation.',
    },
  ],
  requestSchemas: [
    [paymentRequestBody, 'PaymentRequest'],
    [cancelBody, 'WithdrawalCancellation'],
    [pspWebhookSchema, 'PspWebhook'],
    [staffWithdrawalBody, 'StaffWithdrawalRequest'],
    [decisionBody, 'WithdrawalApproval'],
    [rejectionBody, 'WithdrawalRejection'],
    [reconciliationBody, 'ReconciliationRequest'],
  ],
  responseSchemas: {
    PlayerPayment: withStatusOfKind(
      playerPayment(paymentStatus, 'What a player sees of a payment: no routing, decisions or officers.'),
    ),
    WithdrawalCancelling: playerPayment(
      {
        const: 'CANCELLING',
        description:
          'The saga accepted the cancellation; it voids the reservation and the withdrawal becomes CANCELLED.',
      },
      'The withdrawal whose cancellation the saga accepted.',
    ),
    Payment: withStatusOfKind(payment),
    PaymentDetail: {
      allOf: [ref('Payment')],
      description:
        'A payment with its whole story: timeline, PSP attempts, decisions, ledger transactions, the live saga ' +
        'state (`workflowState`, from its `getStatus` query) and `temporalWebUrl`.',
      type: 'object',
      properties: {
        requestedByName: staffName('requestedBy'),
        timeline: {
          type: 'array',
          description: "The payment's steps, oldest first.",
          items: object({
            type: string,
            actor: { type: 'string', description: "A staff id, a player id, or 'system' (a saga step)." },
            actorName: staffName('actor'),
            detail: { type: ['object', 'null'], additionalProperties: true },
            at: dateTime,
          }),
        },
        attempts: {
          type: 'array',
          description: 'Each PSP try, as the read model recorded it.',
          items: object({
            attemptId: string,
            seq: integer,
            psp: string,
            operation: string,
            status: string,
            outcome: nullableString,
            code: nullableString,
            pspReference: nullableString,
            latencyMs: { type: ['integer', 'null'] },
            startedAt: { type: ['string', 'null'], format: 'date-time' },
            finishedAt: { type: ['string', 'null'], format: 'date-time' },
          }),
        },
        decisions: {
          type: 'array',
          description: "The officers' decisions, oldest first.",
          items: object({
            staffId: string,
            staffName: staffName('staffId'),
            decision: { type: 'string', enum: ['APPROVE', 'REJECT'] },
            role: { type: 'string', enum: Object.values(StaffRole) },
            reason: nullableString,
            at: dateTime,
          }),
        },
        ledger: {
          type: 'array',
          description: "The ledger transactions that moved this payment's money.",
          items: object({ transactionId: integer, idempotencyKey: string, kind: string, createdAt: dateTime }),
        },
        workflowState: {
          anyOf: [ref('WithdrawalState'), ref('DepositState')],
          description: "The saga's live state; absent when its workflow is gone from Temporal.",
        },
        temporalWebUrl: { type: 'string', format: 'uri' },
      },
      required: ['requestedByName', 'timeline', 'attempts', 'decisions', 'ledger', 'temporalWebUrl'],
    },
    WithdrawalState: {
      type: 'object',
      description: "The withdrawal saga's state after the Update: status, decisions (who, when, what), PSP attempts.",
      properties: {
        withdrawalId: string,
        status: { type: 'string', enum: WITHDRAWAL_STATUSES },
        requestedBy: string,
        risk: object({
          level: { type: 'string', enum: ['LOW', 'ELEVATED'] },
          reasons: { type: 'array', items: string },
        }),
        approvalsNeeded: count,
        seniorRequired: { type: 'boolean' },
        escalated: { type: 'boolean' },
        decisions: { type: 'array', items: decisionView },
        cancellable: { type: 'boolean' },
        route: { type: 'array', items: string, description: 'The PSPs in the order the saga tries them.' },
        attempts: { type: 'array', items: attemptView },
        failure: string,
      },
      required: [
        'withdrawalId',
        'status',
        'requestedBy',
        'approvalsNeeded',
        'seniorRequired',
        'escalated',
        'decisions',
        'cancellable',
        'route',
        'attempts',
      ],
    },
    DepositState: {
      type: 'object',
      description: "The deposit saga's state: status, route and PSP attempts.",
      properties: {
        depositId: string,
        status: { type: 'string', enum: DEPOSIT_STATUSES },
        route: { type: 'array', items: string },
        attempts: { type: 'array', items: attemptView },
        ledgerTransactionId: { type: ['integer', 'null'] },
        failure: string,
      },
      required: ['depositId', 'status', 'route', 'attempts'],
    },
    PaymentPage: page(ref('Payment'), 'Payments from the read model.'),
    WithdrawalQueue: {
      type: 'object',
      description:
        'Withdrawals awaiting a decision, oldest first, each with its SLA due time, who decided already, whether ' +
        "the next approval must be senior, and the player's risk context.",
      properties: {
        items: {
          type: 'array',
          items: {
            allOf: [ref('Payment')],
            type: 'object',
            properties: {
              requestedByName: staffName('requestedBy'),
              decidedBy: {
                type: 'array',
                items: string,
                description: 'The staff ids of the decisions so far, in order.',
              },
              decidedByNames: {
                type: 'array',
                items: string,
                description: 'The display names of `decidedBy`, in the same order.',
              },
              slaDueAt: { ...dateTime, description: 'When the decision is due; past it, the withdrawal escalates.' },
              seniorRequiredForNext: { type: 'boolean', description: 'Whether the next approval must be senior.' },
              fourEyes: { type: 'boolean', description: 'Whether two officers must approve it.' },
              risk: object(
                {
                  kycStatus: { type: 'string', description: 'NOT_STARTED for everyone until the KYC domain lands.' },
                  amlFlags: { type: 'array', items: string, description: 'Empty until the AML domain lands.' },
                  rgStatus: { type: 'string', enum: Object.values(PlayerStatus), description: "The player's status." },
                  netDepositsMinor: minor,
                  depositsCount: count,
                  withdrawalsCount: count,
                  bonusBalanceMinor: minor,
                  riskLevel: nullableString,
                  riskReasons: { type: ['array', 'null'], items: string },
                },
                'The player facts an officer weighs next to the withdrawal.',
              ),
            },
            required: [
              'requestedByName',
              'decidedBy',
              'decidedByNames',
              'slaDueAt',
              'seniorRequiredForNext',
              'fourEyes',
              'risk',
            ],
          },
        },
        total: { type: 'integer', description: 'Withdrawals the search matches.' },
        limit: { type: 'integer' },
        offset: { type: 'integer' },
        summary: object({ awaiting: count, awaitingSecondApproval: count, fourEyes: count, pastSla: count }),
      },
      required: ['items', 'total', 'limit', 'offset', 'summary'],
    },
    ReconciliationResult: {
      type: 'object',
      description: "The reconciliation workflow's result (mismatches found per kind) with its workflow id.",
      properties: { workflowId: string, temporalWebUrl: { type: 'string', format: 'uri' } },
      required: ['workflowId'],
    },
    ReconciliationMismatches: {
      type: 'object',
      properties: {
        items: {
          type: 'array',
          items: object({
            mismatchId: integer,
            runId: string,
            psp: string,
            kind: { type: 'string', enum: ['MISSING_IN_LEDGER', 'MISSING_AT_PSP', 'DUPLICATE', 'AMOUNT_DIFFERS'] },
            reference: nullableString,
            paymentId: nullableString,
            pspAmountMinor: { ...minor, type: ['integer', 'null'] },
            ledgerAmountMinor: { ...minor, type: ['integer', 'null'] },
            currency: nullableString,
            detail: string,
            status: { type: 'string', enum: ['OPEN', 'RESOLVED'] },
            foundAt: dateTime,
          }),
        },
      },
      required: ['items'],
    },
    PspWebhookReceipt: object({
      received: { const: true },
      duplicate: { type: 'boolean', description: 'True when this event id was received before.' },
    }),
  },
  operations: [
    {
      method: 'post',
      path: '/player/v1/deposits',
      operationId: 'requestDeposit',
      tag: Tag.PlayerApi,
      summary: 'Request a deposit',
      description:
        'Starts the deposit saga. Idempotent by `Idempotency-Key`: a repeat answers 200 with the first deposit; the ' +
        'same key with another body is a 409.',
      caller: 'anyone',
      headers: idempotencyKeyHeader,
      body: paymentRequestBody,
      success: { status: 202, description: 'Accepted.', schema: 'PlayerPayment' },
      otherAnswers: [
        { status: 200, description: 'A repeat of the same key: the first request.', schema: 'PlayerPayment' },
      ],
      errors: paymentRefusals,
    },
    {
      method: 'post',
      path: '/player/v1/withdrawals',
      operationId: 'requestWithdrawal',
      tag: Tag.PlayerApi,
      summary: 'Request a withdrawal',
      description:
        'Starts the withdrawal saga (checks, reservation, risk decision, payout). Idempotent by `Idempotency-Key` ' +
        'like deposits.',
      caller: 'anyone',
      headers: idempotencyKeyHeader,
      body: paymentRequestBody,
      success: { status: 202, description: 'Accepted.', schema: 'PlayerPayment' },
      otherAnswers: [
        { status: 200, description: 'A repeat of the same key: the first request.', schema: 'PlayerPayment' },
      ],
      errors: paymentRefusals,
    },
    {
      method: 'get',
      path: '/player/v1/deposits/:paymentId',
      operationId: 'getDeposit',
      tag: Tag.PlayerApi,
      summary: 'Read a deposit',
      caller: 'anyone',
      params: playerPaymentIdParam('dep'),
      success: { status: 200, description: 'The deposit.', schema: 'PlayerPayment' },
      errors: NOT_FOUND,
    },
    {
      method: 'get',
      path: '/player/v1/withdrawals/:paymentId',
      operationId: 'getWithdrawal',
      tag: Tag.PlayerApi,
      summary: 'Read a withdrawal',
      caller: 'anyone',
      params: playerPaymentIdParam('wd'),
      success: { status: 200, description: 'The withdrawal.', schema: 'PlayerPayment' },
      errors: NOT_FOUND,
    },
    {
      method: 'post',
      path: '/player/v1/withdrawals/:paymentId/cancel',
      operationId: 'cancelWithdrawal',
      tag: Tag.PlayerApi,
      summary: 'Cancel a withdrawal',
      description:
        "Where the player's jurisdiction allows reverse withdrawals (never in GB); the reservation is voided.",
      caller: 'anyone',
      params: playerPaymentIdParam('wd'),
      body: cancelBody,
      success: { status: 202, description: 'The cancellation was accepted.', schema: 'WithdrawalCancelling' },
      errors: { ...NOT_FOUND, ...codesOf(decisionStatus, 'CANCELLATION_NOT_ALLOWED', 'NOT_AUTHORISED') },
    },
    {
      method: 'post',
      path: '/psp/v1/webhooks/:psp',
      operationId: 'receivePspWebhook',
      tag: Tag.PspWebhooks,
      summary: "Receive a PSP's result for one of our orders",
      description:
        'Stored once by the event id and relayed to the payment saga as a Signal. A duplicate is acknowledged and ' +
        'changes nothing; an unknown reference answers 404 so that the PSP retries later.',
      caller: 'PSP',
      body: pspWebhookSchema,
      success: { status: 200, description: 'Received.', schema: 'PspWebhookReceipt' },
      errors: { ...NOT_FOUND, ...answeredWith(401, Object.keys(rejectionDetail)) },
    },
    {
      method: 'get',
      path: '/api/payments',
      operationId: 'listPayments',
      tag: backOfficeTag,
      summary: 'List payments',
      description: '`status` takes a comma-separated list.',
      caller: 'staff',
      query: paymentListQuery,
      success: { status: 200, description: 'One page of payments.', schema: 'PaymentPage' },
    },
    {
      method: 'get',
      path: '/api/payments/withdrawals/queue',
      operationId: 'getWithdrawalQueue',
      tag: backOfficeTag,
      summary: 'The withdrawal approval queue',
      caller: 'staff',
      query: queueQuery,
      success: { status: 200, description: 'Oldest first.', schema: 'WithdrawalQueue' },
    },
    {
      method: 'get',
      path: '/api/payments/:paymentId',
      operationId: 'getPayment',
      tag: backOfficeTag,
      summary: 'A payment with its whole story',
      caller: 'staff',
      params: paymentIdParam,
      success: { status: 200, description: 'The payment.', schema: 'PaymentDetail' },
      errors: NOT_FOUND,
    },
    {
      method: 'post',
      path: '/api/payments/withdrawals',
      operationId: 'raiseWithdrawal',
      tag: backOfficeTag,
      summary: 'Raise a withdrawal for a player',
      description: 'The staff member is its maker (and may not decide it). Idempotent by `clientKey`.',
      caller: 'staff',
      body: staffWithdrawalBody,
      success: { status: 202, description: 'Accepted.', schema: 'Payment' },
      otherAnswers: [{ status: 200, description: 'A repeat of the same key: the first request.', schema: 'Payment' }],
      errors: paymentRefusals,
    },
    {
      method: 'post',
      path: '/api/payments/withdrawals/:paymentId/approve',
      operationId: 'approveWithdrawal',
      tag: backOfficeTag,
      summary: 'Approve a withdrawal',
      description:
        'Never by its maker or twice by one officer; the second approval of a four-eyes withdrawal, or one escalated ' +
        'past its SLA, must be senior. From the four-eyes threshold up, `totp` must carry a fresh code (401 ' +
        '`STEP_UP_REQUIRED` otherwise).',
      caller: 'staff',
      params: withdrawalIdParam,
      body: decisionBody,
      bodyOptional: true,
      success: { status: 200, description: "The saga's state after the decision.", schema: 'WithdrawalState' },
      errors: { ...decisionRefusals, ...codesOf(decisionStatus, 'NOT_AUTHORISED'), STEP_UP_REQUIRED: 401 },
    },
    {
      method: 'post',
      path: '/api/payments/withdrawals/:paymentId/reject',
      operationId: 'rejectWithdrawal',
      tag: backOfficeTag,
      summary: 'Reject a withdrawal',
      caller: 'staff',
      params: withdrawalIdParam,
      body: rejectionBody,
      success: { status: 200, description: "The saga's state after the decision.", schema: 'WithdrawalState' },
      errors: { ...decisionRefusals, ...codesOf(decisionStatus, 'NOT_AUTHORISED', 'REASON_REQUIRED') },
    },
    {
      method: 'post',
      path: '/api/payments/withdrawals/:paymentId/retry-payout',
      operationId: 'retryPayout',
      tag: backOfficeTag,
      summary: 'Retry a payout that needs attention',
      caller: 'staff',
      params: withdrawalIdParam,
      success: { status: 200, description: "The saga's state after the retry.", schema: 'WithdrawalState' },
      errors: { ...NOT_FOUND, ...codesOf(decisionStatus, 'NOT_RETRYABLE', 'NOT_AUTHORISED') },
    },
    {
      method: 'post',
      path: '/api/payments/reconciliations',
      operationId: 'runReconciliation',
      tag: backOfficeTag,
      summary: 'Run a reconciliation now',
      description: "Compares the PSPs' settlement reports for the period with the ledger; answers when it is done.",
      caller: 'staff',
      body: reconciliationBody,
      success: { status: 200, description: 'The mismatches found.', schema: 'ReconciliationResult' },
    },
    {
      method: 'get',
      path: '/api/payments/reconciliations/mismatches',
      operationId: 'listReconciliationMismatches',
      tag: backOfficeTag,
      summary: 'Reconciliation mismatches',
      caller: 'staff',
      query: mismatchesQuery,
      success: { status: 200, description: 'The latest 500, newest first.', schema: 'ReconciliationMismatches' },
    },
  ],
};
