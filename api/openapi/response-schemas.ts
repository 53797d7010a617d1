import type { JsonSchema } from './zod-json-schema';
import { walletRefusalStatus } from '../../domain/wallet/seamless-wallet';

// Responses are built from TypeScript types, not zod schemas, so they are described here by hand: the fields
// clients rely on, with open objects (additionalProperties) where the API may add fields without a new version.

const string = { type: 'string' } as const;
const dateTime = { type: 'string', format: 'date-time' } as const;
const integer = { type: 'integer' } as const;
const minor = { type: 'integer', description: 'An amount in minor units (cents) of `currency`.' } as const;
const count = { type: 'integer', minimum: 0 } as const;
const nullableString = { type: ['string', 'null'] } as const;
const ref = (id: string) => ({ $ref: `#/components/schemas/${id}` });

const object = (properties: Record<string, unknown>, description?: string): JsonSchema => ({
  type: 'object',
  ...(description ? { description } : {}),
  properties,
  required: Object.keys(properties),
});

/** A page of a list: its items, the total that match, and the page asked for. */
const page = (items: unknown, description: string): JsonSchema => ({
  type: 'object',
  description,
  properties: { items: { type: 'array', items }, total: integer, limit: integer, offset: integer },
  required: ['items'],
});

/** RFC 9457 problem details: the body of every error answer (`application/problem+json`). */
export const problemSchema: JsonSchema = {
  type: 'object',
  description:
    'RFC 9457 problem details. `code` names the business reason where there is one; `errors` lists every invalid ' +
    'field of a 400; other fields (such as `balance` on INSUFFICIENT_FUNDS or `retryAfterSeconds` on ' +
    'TOO_MANY_ATTEMPTS) extend it.',
  properties: {
    type: { type: 'string', format: 'uri-reference', default: 'about:blank' },
    title: string,
    status: { type: 'integer', minimum: 400, maximum: 599 },
    detail: string,
    instance: { type: 'string', description: 'The request URL.' },
    requestId: { type: 'string', description: 'Also in the `X-Request-Id` header; quote it to support.' },
    code: { type: 'string', examples: ['NO_SESSION', 'FORBIDDEN', 'INSUFFICIENT_FUNDS'] },
    errors: {
      type: 'array',
      items: object({
        field: { type: 'string', description: 'Where the value was: `body.amountMinor`, `query.limit`, ...' },
        message: string,
      }),
    },
  },
  required: ['type', 'title', 'status'],
  additionalProperties: true,
};

const walletBalance = object({
  playerId: string,
  currency: ref('Currency'),
  cashMinor: minor,
  bonusMinor: minor,
  withdrawalPendingMinor: minor,
  playableMinor: { ...minor, description: 'What the player can stake: cash plus bonus.' },
});

const player = object({
  playerId: { type: 'string', pattern: '^pl_[0-9A-HJKMNP-TV-Z]{26}$' },
  brand: string,
  jurisdiction: string,
  currency: ref('Currency'),
  dateOfBirth: { type: 'string', format: 'date' },
  status: { type: 'string', enum: ['ACTIVE', 'BLOCKED', 'SELF_EXCLUDED', 'CLOSED'] },
  createdAt: dateTime,
});

const payment = object({
  paymentId: string,
  kind: { type: 'string', enum: ['DEPOSIT', 'WITHDRAWAL'] },
  playerId: string,
  brand: string,
  amountMinor: minor,
  currency: ref('Currency'),
  method: { type: 'string', enum: ['CARD', 'BANK_TRANSFER', 'EWALLET'] },
  country: string,
  status: string,
  psp: nullableString,
  requestedBy: { type: 'string', description: 'The player, or the staff member who raised it.' },
  workflowId: string,
  approvalsNeeded: integer,
  escalated: { type: 'boolean' },
  failureReason: nullableString,
  createdAt: dateTime,
  updatedAt: dateTime,
});

const staffMember = object({
  staffId: string,
  username: string,
  displayName: string,
  roles: { type: 'array', items: string },
  totpEnabled: { type: 'boolean' },
  disabled: { type: 'boolean' },
  createdAt: dateTime,
  updatedAt: dateTime,
});

const walletTransactionBalance = object({ cashMinor: minor, bonusMinor: minor, playableMinor: minor });

/** The response bodies the document names, for `components.schemas`. */
export const responseSchemas: Record<string, JsonSchema> = {
  Problem: problemSchema,
  Player: player,
  WalletBalance: walletBalance,
  PlayerWithWallet: { allOf: [ref('Player'), object({ wallet: { anyOf: [ref('WalletBalance'), { type: 'null' }] } })] },
  PlayerPayment: object(
    {
      id: string,
      kind: { type: 'string', enum: ['DEPOSIT', 'WITHDRAWAL'] },
      playerId: string,
      amountMinor: minor,
      currency: ref('Currency'),
      method: { type: 'string', enum: ['CARD', 'BANK_TRANSFER', 'EWALLET'] },
      status: string,
      createdAt: dateTime,
      updatedAt: dateTime,
    },
    'What a player sees of a payment: no routing, decisions or officers.',
  ),
  Payment: payment,
  PaymentDetail: {
    allOf: [ref('Payment')],
    description:
      'A payment with its whole story: timeline, PSP attempts, decisions, ledger transactions, the live saga ' +
      'state (`workflowState`, from its `getStatus` query) and `temporalWebUrl`.',
    type: 'object',
    properties: { workflowState: { type: 'object' }, temporalWebUrl: { type: 'string', format: 'uri' } },
  },
  WithdrawalState: {
    type: 'object',
    description: "The withdrawal saga's state after the Update: status, decisions (who, when, what), PSP attempts.",
    properties: { status: string, decisions: { type: 'array', items: { type: 'object' } } },
    required: ['status'],
  },
  WalletTransactionResult: object(
    {
      status: { const: 'OK' },
      kind: { type: 'string', enum: ['BET', 'WIN', 'ROLLBACK'] },
      transactionId: { type: 'string', description: "The provider's transaction id." },
      walletTransactionId: { type: ['integer', 'null'] },
      playerId: string,
      currency: ref('Currency'),
      roundId: string,
      split: object({ cashMinor: minor, bonusMinor: minor }, 'How much of the amount was cash and how much bonus.'),
      balance: walletTransactionBalance,
      processedAt: dateTime,
    },
    'The first answer for this transaction id; every repeat of the same request gets the same bytes.',
  ),
  WalletRefusal: {
    allOf: [ref('Problem')],
    description:
      'How the seamless wallet refuses a call: problem+json with a `code` (each code has one HTTP status, listed ' +
      "on each operation) and the player's balance as it is now, also on a repeat of a refused call.",
    type: 'object',
    properties: {
      code: { type: 'string', enum: Object.keys(walletRefusalStatus) },
      transactionId: string,
      playerId: string,
      currency: ref('Currency'),
      balance: walletTransactionBalance,
    },
    required: ['code'],
  },
  WalletBalanceResult: {
    type: 'object',
    description: "The player's playable balance in the wallet's currency.",
    properties: {
      status: { const: 'OK' },
      playerId: string,
      currency: ref('Currency'),
      balance: walletTransactionBalance,
    },
    required: ['status', 'playerId', 'currency', 'balance'],
  },
  StaffSession: object(
    {
      staff: object({
        staffId: string,
        username: string,
        displayName: string,
        roles: { type: 'array', items: string },
        totpEnabled: { type: 'boolean' },
      }),
      csrfToken: { type: 'string', description: 'Send it as `X-CSRF-Token` on every request but GET and HEAD.' },
      rules: { type: 'array', items: { type: 'object' }, description: 'The CASL rules of the staff member.' },
      idleTimeoutSeconds: integer,
      expiresAt: dateTime,
    },
    'Who is signed in, what they may do, and the CSRF token for writes.',
  ),
  StaffMember: staffMember,
  StaffList: {
    type: 'object',
    properties: { items: { type: 'array', items: ref('StaffMember') } },
    required: ['items'],
  },
  StaffChangeResult: {
    type: 'object',
    properties: {
      staff: ref('StaffMember'),
      totpProvisioningUri: { type: 'string', description: 'An otpauth:// URI, when the roles need TOTP.' },
    },
    required: ['staff'],
  },
  PaymentPage: page(ref('Payment'), 'Payments from the read model.'),
  WithdrawalQueue: {
    type: 'object',
    description:
      'Withdrawals awaiting a decision, oldest first, each with its SLA due time, who decided already, whether ' +
      "the next approval must be senior, and the player's risk context.",
    properties: {
      items: { type: 'array', items: { allOf: [ref('Payment')], type: 'object' } },
      total: { type: 'integer', description: 'Withdrawals the search matches.' },
      limit: { type: 'integer' },
      offset: { type: 'integer' },
      summary: object({ awaiting: count, awaitingSecondApproval: count, fourEyes: count, pastSla: count }),
    },
    required: ['items', 'total', 'limit', 'offset', 'summary'],
  },
  PlayerOverview: object(
    {
      player: ref('Player'),
      balances: object({ cashMinor: minor, bonusMinor: minor, pendingMinor: minor, currency: ref('Currency') }),
      workflows: {
        type: 'array',
        items: object({
          workflowId: string,
          type: string,
          status: string,
          startTime: dateTime,
          temporalWebUrl: { type: 'string', format: 'uri' },
        }),
      },
    },
    "The player 360: profile (date of birth masked without the right to personal data), balances, and the player's " +
      'latest workflows from Temporal visibility.',
  ),
  PlayerLedgerPage: page({ type: 'object' }, "The player's ledger postings, newest first."),
  AuditPage: page({ type: 'object' }, 'Audit entries, newest first, with their hash chain.'),
  StackProbeStarted: object({ probeId: string, workflowId: string, temporalWebUrl: { type: 'string', format: 'uri' } }),
  StackProbeStatus: {
    type: 'object',
    description: "The probe workflow's `getStatus` state, its Temporal status and, once completed, its result.",
    properties: {
      workflowId: string,
      workflowStatus: string,
      result: { type: 'object' },
      temporalWebUrl: { type: 'string', format: 'uri' },
    },
    required: ['workflowId', 'workflowStatus'],
  },
  SloReport: {
    type: 'object',
    description:
      'The service levels for a window (domain/ops/slo-contract.ts). Durations are in seconds, lags in messages; ' +
      '`state` is OK, AT_RISK (from 80 % of the target), BREACHED or NO_DATA.',
    properties: {
      window: { type: 'string', enum: ['15m', '1h', '6h', '24h'] },
      stepSeconds: integer,
      from: dateTime,
      generatedAt: dateTime,
      indicators: {
        type: 'array',
        items: {
          type: 'object',
          properties: {
            id: string,
            name: string,
            description: string,
            unit: { type: 'string', enum: ['seconds', 'messages'] },
            source: { type: 'string', enum: ['postgres', 'api-process', 'kafka'] },
            target: object({ statistic: string, threshold: { type: 'number' }, text: string }),
            current: object({
              value: { type: ['number', 'null'] },
              label: string,
              count: { type: ['integer', 'null'] },
              state: { type: 'string', enum: ['OK', 'AT_RISK', 'BREACHED', 'NO_DATA'] },
            }),
            details: { type: 'array', items: object({ label: string, value: { type: 'number' }, unit: string }) },
            lines: { type: 'array', items: object({ key: string, label: string }) },
            series: {
              type: 'array',
              items: object({
                at: dateTime,
                count: { type: ['integer', 'null'] },
                values: {
                  type: 'object',
                  description: 'The value of each line (by its key) in the interval; null where nothing was measured.',
                  additionalProperties: { type: ['number', 'null'] },
                },
              }),
            },
            note: nullableString,
          },
          required: ['id', 'name', 'unit', 'source', 'target', 'current', 'lines', 'series'],
        },
      },
    },
    required: ['window', 'stepSeconds', 'from', 'generatedAt', 'indicators'],
  },
  ReconciliationResult: {
    type: 'object',
    description: "The reconciliation workflow's result (mismatches found per kind) with its workflow id.",
    properties: { workflowId: string, temporalWebUrl: { type: 'string', format: 'uri' } },
    required: ['workflowId'],
  },
  ReconciliationMismatches: {
    type: 'object',
    properties: { items: { type: 'array', items: { type: 'object' } } },
    required: ['items'],
  },
  PspWebhookReceipt: object({
    received: { const: true },
    duplicate: { type: 'boolean', description: 'True when this event id was received before.' },
  }),
  Health: {
    type: 'object',
    properties: {
      status: { type: 'string', enum: ['ok', 'degraded'] },
      checks: {
        type: 'object',
        additionalProperties: object({ status: string, latencyMs: integer }),
      },
    },
    required: ['status', 'checks'],
  },
};
