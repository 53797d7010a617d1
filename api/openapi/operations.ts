import type { z } from 'zod';
import { pspWebhookSchema } from '../../domain/payments/psp-webhook';
import { currencySchema } from '../../domain/wallet/money';
import { playerRegistrationSchema } from '../../domain/wallet/players';
import {
  balanceRequestSchema,
  betRequestSchema,
  rollbackRequestSchema,
  walletRefusalStatus,
  winRequestSchema,
  type WalletRefusalCode,
} from '../../domain/wallet/seamless-wallet';
import { exportQuery as auditExportQuery, listQuery as auditListQuery } from '../admin/audit-router';
import { loginBody } from '../admin/auth-router';
import { newStaffBody, staffChangeBody, staffIdParam } from '../admin/staff-router';
import { probeIdParam, startProbeBody } from '../ops/probes-router';
import { sloQuery } from '../ops/slo-router';
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
} from '../payments/back-office-payments-router';
import {
  cancelBody,
  idempotencyKeyHeader,
  paymentIdParam as playerPaymentIdParam,
  paymentRequestBody,
} from '../payments/player-payments-router';
import { pageQuery, statusBody } from '../players/back-office-players-router';
import { playerIdParam } from '../players/player-router';

// Every route of the API, described with the very zod schemas its handler validates with (imported from the
// routers and domain modules, never redefined here). api/openapi/openapi-document.test.ts walks the app's routes
// and fails when this list and the app disagree.

/** The document's tags, in the order the reference page shows them. */
export const Tag = {
  PlayerApi: 'Player API',
  SeamlessWallet: 'Seamless wallet (game providers)',
  PspWebhooks: 'PSP webhooks',
  Auth: 'Auth',
  BackOfficePayments: 'Back office: payments',
  BackOfficePlayers: 'Back office: players',
  BackOfficeStaffAndAudit: 'Back office: staff and audit',
  Ops: 'Ops',
} as const;
export type Tag = (typeof Tag)[keyof typeof Tag];

/** Who may call an operation, and how they prove it. */
export type Caller = 'anyone' | 'staff' | 'game provider' | 'PSP';

/** Request bodies, named in `components.schemas` by these ids; a schema shared by two routes has one id. */
export const namedSchemas: ReadonlyArray<readonly [z.ZodType, string]> = [
  [currencySchema, 'Currency'],
  [playerRegistrationSchema, 'PlayerRegistration'],
  [paymentRequestBody, 'PaymentRequest'],
  [cancelBody, 'WithdrawalCancellation'],
  [balanceRequestSchema, 'WalletBalanceRequest'],
  [betRequestSchema, 'WalletBetRequest'],
  [winRequestSchema, 'WalletWinRequest'],
  [rollbackRequestSchema, 'WalletRollbackRequest'],
  [pspWebhookSchema, 'PspWebhook'],
  [loginBody, 'StaffLogin'],
  [startProbeBody, 'StackProbeRequest'],
  [statusBody, 'PlayerStatusChange'],
  [staffWithdrawalBody, 'StaffWithdrawalRequest'],
  [decisionBody, 'WithdrawalApproval'],
  [rejectionBody, 'WithdrawalRejection'],
  [reconciliationBody, 'ReconciliationRequest'],
  [newStaffBody, 'NewStaffMember'],
  [staffChangeBody, 'StaffChange'],
];

/** One route of the API as the document describes it. */
export interface OperationSpec {
  method: 'get' | 'post' | 'put';
  /** The Express path, as the app mounts it (`:name` for a path parameter). */
  path: string;
  operationId: string;
  tag: Tag;
  summary: string;
  description?: string;
  caller: Caller;
  /** The schemas the handler validates `req.params`, `req.query` and `req.headers` with. */
  params?: z.ZodType;
  query?: z.ZodType;
  headers?: z.ZodType;
  /** The schema the handler validates the body with (one of `namedSchemas`). */
  body?: z.ZodType;
  /** The handler accepts no body at all (it validates `req.body ?? {}`). */
  bodyOptional?: boolean;
  /** The main success answer: a `components.schemas` id, or none for an empty body. */
  success: { status: number; description: string; schema?: string; contentType?: string };
  /** Business error statuses besides the ones every operation of its kind has (400 on input, 401/403 on auth). */
  errors?: number[];
}

/** The refusal codes an operation answers, each with its one HTTP status, for its description. */
const refusals = (...codes: WalletRefusalCode[]) =>
  ' Refusal codes (problem+json `code`, with the current `balance`): ' +
  codes.map((code) => `\`${code}\` (${walletRefusalStatus[code]})`).join(', ') +
  '.';
const statusesOf = (...codes: WalletRefusalCode[]) =>
  [...new Set(codes.map((code) => walletRefusalStatus[code] as number))].filter((s) => s !== 400).sort();

const signedWalletCall = (
  path: string,
  operationId: string,
  summary: string,
  description: string,
  body: z.ZodType,
  errors: number[],
): OperationSpec => ({
  method: 'post',
  path: `/wallet/v1${path}`,
  operationId,
  tag: Tag.SeamlessWallet,
  summary,
  description,
  caller: 'game provider',
  body,
  success: {
    status: 200,
    description: 'The outcome; a repeat of the same transaction id and body gets the first answer byte for byte.',
    schema: path === '/balance' ? 'WalletBalanceResult' : 'WalletTransactionResult',
  },
  errors,
});

/** Every route of the API. */
export const operations: readonly OperationSpec[] = [
  // Player API: the brand's own front end.
  {
    method: 'post',
    path: '/player/v1/players',
    operationId: 'registerPlayer',
    tag: Tag.PlayerApi,
    summary: 'Register a player',
    description: 'Opens the cash, bonus and withdrawal-pending accounts in the currency given; 18 or older.',
    caller: 'anyone',
    body: playerRegistrationSchema,
    success: { status: 201, description: 'Registered; `Location` names the player.', schema: 'Player' },
  },
  {
    method: 'get',
    path: '/player/v1/players/:playerId',
    operationId: 'getPlayer',
    tag: Tag.PlayerApi,
    summary: 'Read a player with their wallet',
    caller: 'anyone',
    params: playerIdParam,
    success: { status: 200, description: 'The player and their balances.', schema: 'PlayerWithWallet' },
    errors: [404],
  },
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
    success: { status: 202, description: 'Accepted (200 for a repeat of the same key).', schema: 'PlayerPayment' },
    errors: [404, 409, 422],
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
    success: { status: 202, description: 'Accepted (200 for a repeat of the same key).', schema: 'PlayerPayment' },
    errors: [404, 409, 422],
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
    errors: [404],
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
    errors: [404],
  },
  {
    method: 'post',
    path: '/player/v1/withdrawals/:paymentId/cancel',
    operationId: 'cancelWithdrawal',
    tag: Tag.PlayerApi,
    summary: 'Cancel a withdrawal',
    description: "Where the player's jurisdiction allows reverse withdrawals (never in GB); the reservation is voided.",
    caller: 'anyone',
    params: playerPaymentIdParam('wd'),
    body: cancelBody,
    success: { status: 202, description: 'The cancellation was accepted.', schema: 'PlayerPayment' },
    errors: [404, 409],
  },

  // Seamless wallet: game providers, signed requests.
  signedWalletCall(
    '/balance',
    'walletBalance',
    "Read a player's balance",
    "The playable balance (cash plus bonus) in the currency of the request, which must be the wallet's.",
    balanceRequestSchema,
    [404],
  ),
  signedWalletCall(
    '/bet',
    'walletBet',
    'Debit a stake',
    'Spends cash before bonus money. Refused (and refused for good: a repeat answers the same code) by the bet ' +
      'gate (player status; responsible-gambling limits and stake caps), on a round already finished, for ' +
      'insufficient funds, and after a rollback of the same id.' +
      refusals(
        'PLAYER_BLOCKED',
        'PLAYER_SELF_EXCLUDED',
        'PLAYER_CLOSED',
        'STAKE_LIMIT_EXCEEDED',
        'WAGER_LIMIT_EXCEEDED',
        'LOSS_LIMIT_EXCEEDED',
        'ROUND_FINISHED',
        'INSUFFICIENT_FUNDS',
        'TRANSACTION_ROLLED_BACK',
        'DUPLICATE_TRANSACTION_ID',
        'UNKNOWN_PLAYER',
        'CURRENCY_MISMATCH',
      ),
    betRequestSchema,
    statusesOf(
      'PLAYER_BLOCKED',
      'PLAYER_SELF_EXCLUDED',
      'PLAYER_CLOSED',
      'STAKE_LIMIT_EXCEEDED',
      'WAGER_LIMIT_EXCEEDED',
      'LOSS_LIMIT_EXCEEDED',
      'ROUND_FINISHED',
      'INSUFFICIENT_FUNDS',
      'TRANSACTION_ROLLED_BACK',
      'DUPLICATE_TRANSACTION_ID',
      'UNKNOWN_PLAYER',
      'CURRENCY_MISMATCH',
    ),
  ),
  signedWalletCall(
    '/win',
    'walletWin',
    'Credit a payout',
    'A `ROUND` win (the default `winKind`) is paid only against a live bet (not rolled back) of the same player ' +
      "and round, before the round is finished, in the stake's cash/bonus proportion; `roundFinished` closes the " +
      'round. `FREE_ROUND`, `JACKPOT` and `PROMO` wins need no bet and are paid in cash from the provider prize ' +
      "account. Never refused for the player's status." +
      refusals(
        'ROUND_NOT_FOUND',
        'ROUND_ROLLED_BACK',
        'ROUND_FINISHED',
        'TRANSACTION_ROLLED_BACK',
        'DUPLICATE_TRANSACTION_ID',
        'UNKNOWN_PLAYER',
        'CURRENCY_MISMATCH',
      ),
    winRequestSchema,
    statusesOf(
      'ROUND_NOT_FOUND',
      'ROUND_ROLLED_BACK',
      'ROUND_FINISHED',
      'TRANSACTION_ROLLED_BACK',
      'DUPLICATE_TRANSACTION_ID',
      'UNKNOWN_PLAYER',
      'CURRENCY_MISMATCH',
    ),
  ),
  signedWalletCall(
    '/rollback',
    'walletRollback',
    'Reverse a bet',
    'Names the bet and its round. A rollback of an unseen bet answers 404 `UNKNOWN_TRANSACTION` and leaves a ' +
      'tombstone that refuses the late bet; a bet of a round that already has a win cannot be rolled back.' +
      refusals(
        'UNKNOWN_TRANSACTION',
        'NOT_A_BET_OF_THIS_PLAYER',
        'ROUND_MISMATCH',
        'ROUND_ALREADY_SETTLED',
        'TRANSACTION_ROLLED_BACK',
        'DUPLICATE_TRANSACTION_ID',
        'UNKNOWN_PLAYER',
        'CURRENCY_MISMATCH',
      ),
    rollbackRequestSchema,
    statusesOf(
      'UNKNOWN_TRANSACTION',
      'NOT_A_BET_OF_THIS_PLAYER',
      'ROUND_MISMATCH',
      'ROUND_ALREADY_SETTLED',
      'TRANSACTION_ROLLED_BACK',
      'DUPLICATE_TRANSACTION_ID',
      'UNKNOWN_PLAYER',
      'CURRENCY_MISMATCH',
    ),
  ),

  // PSP webhooks.
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
    errors: [404],
  },

  // Staff authentication.
  {
    method: 'post',
    path: '/api/auth/login',
    operationId: 'logIn',
    tag: Tag.Auth,
    summary: 'Sign in',
    description:
      'Checks the password and, for approvers or whoever enrolled, a TOTP code (each code accepted once). Sets the ' +
      '`bo_session` cookie. Five failures for a username, or twenty from one address, in 15 minutes answer 429.',
    caller: 'anyone',
    body: loginBody,
    success: { status: 200, description: 'Signed in; `Set-Cookie` carries `bo_session`.', schema: 'StaffSession' },
    errors: [401, 429],
  },
  {
    method: 'get',
    path: '/api/auth/session',
    operationId: 'getSession',
    tag: Tag.Auth,
    summary: 'Read the current session',
    caller: 'staff',
    success: { status: 200, description: 'The same body as sign-in.', schema: 'StaffSession' },
  },
  {
    method: 'post',
    path: '/api/auth/logout',
    operationId: 'logOut',
    tag: Tag.Auth,
    summary: 'Sign out',
    caller: 'staff',
    success: { status: 204, description: 'Signed out; the cookie is cleared.' },
  },

  // Ops.
  {
    method: 'get',
    path: '/health',
    operationId: 'getHealth',
    tag: Tag.Ops,
    summary: 'Health of each dependency',
    description: 'Answers 503 with the same body when a dependency is down.',
    caller: 'anyone',
    success: { status: 200, description: 'Every dependency is up.', schema: 'Health' },
  },
  {
    method: 'post',
    path: '/api/ops/probes',
    operationId: 'runStackProbe',
    tag: Tag.Ops,
    summary: 'Run a stack probe',
    description: 'Starts the `ops:probe:<id>` workflow, which proves Temporal, Postgres, the outbox relay and Kafka.',
    caller: 'staff',
    body: startProbeBody,
    bodyOptional: true,
    success: { status: 202, description: 'Started; `Location` names the probe.', schema: 'StackProbeStarted' },
  },
  {
    method: 'get',
    path: '/api/ops/probes/:probeId',
    operationId: 'getStackProbe',
    tag: Tag.Ops,
    summary: 'Follow a stack probe',
    caller: 'staff',
    params: probeIdParam,
    success: { status: 200, description: "The probe's state.", schema: 'StackProbeStatus' },
    errors: [404],
  },
  {
    method: 'get',
    path: '/api/ops/slo',
    operationId: 'getServiceLevels',
    tag: Tag.Ops,
    summary: 'Service levels, live',
    description:
      'Each SLO (deposit end-to-end, bet acceptance, payout time, approval wait, outbox lag, Kafka consumer lag) with ' +
      'its target, its current value and state, and a series per interval of the window. Payments and the outbox ' +
      'come from Postgres; bet acceptance and the consumer-lag history are sampled by the API replica that answers.',
    caller: 'staff',
    query: sloQuery,
    success: { status: 200, description: 'The report.', schema: 'SloReport' },
  },

  // Back office: players.
  {
    method: 'get',
    path: '/api/players/:playerId/overview',
    operationId: 'getPlayerOverview',
    tag: Tag.BackOfficePlayers,
    summary: 'Player 360',
    caller: 'staff',
    params: playerIdParam,
    success: { status: 200, description: 'Profile, balances and workflows.', schema: 'PlayerOverview' },
    errors: [404],
  },
  {
    method: 'get',
    path: '/api/players/:playerId/ledger',
    operationId: 'getPlayerLedger',
    tag: Tag.BackOfficePlayers,
    summary: "A player's ledger",
    caller: 'staff',
    params: playerIdParam,
    query: pageQuery,
    success: { status: 200, description: 'One page of postings.', schema: 'PlayerLedgerPage' },
    errors: [404],
  },
  {
    method: 'put',
    path: '/api/players/:playerId/status',
    operationId: 'setPlayerStatus',
    tag: Tag.BackOfficePlayers,
    summary: "Change a player's status",
    description: 'Block, unblock, self-exclude or close; audited with the status before and after.',
    caller: 'staff',
    params: playerIdParam,
    body: statusBody,
    success: { status: 200, description: 'The player after the change.', schema: 'Player' },
    errors: [404],
  },

  // Back office: payments.
  {
    method: 'get',
    path: '/api/payments',
    operationId: 'listPayments',
    tag: Tag.BackOfficePayments,
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
    tag: Tag.BackOfficePayments,
    summary: 'The withdrawal approval queue',
    caller: 'staff',
    query: queueQuery,
    success: { status: 200, description: 'Oldest first.', schema: 'WithdrawalQueue' },
  },
  {
    method: 'get',
    path: '/api/payments/:paymentId',
    operationId: 'getPayment',
    tag: Tag.BackOfficePayments,
    summary: 'A payment with its whole story',
    caller: 'staff',
    params: paymentIdParam,
    success: { status: 200, description: 'The payment.', schema: 'PaymentDetail' },
    errors: [404],
  },
  {
    method: 'post',
    path: '/api/payments/withdrawals',
    operationId: 'raiseWithdrawal',
    tag: Tag.BackOfficePayments,
    summary: 'Raise a withdrawal for a player',
    description: 'The staff member is its maker (and may not decide it). Idempotent by `clientKey`.',
    caller: 'staff',
    body: staffWithdrawalBody,
    success: { status: 202, description: 'Accepted (200 for a repeat of the same key).', schema: 'Payment' },
    errors: [404, 409, 422],
  },
  {
    method: 'post',
    path: '/api/payments/withdrawals/:paymentId/approve',
    operationId: 'approveWithdrawal',
    tag: Tag.BackOfficePayments,
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
    errors: [404, 409],
  },
  {
    method: 'post',
    path: '/api/payments/withdrawals/:paymentId/reject',
    operationId: 'rejectWithdrawal',
    tag: Tag.BackOfficePayments,
    summary: 'Reject a withdrawal',
    caller: 'staff',
    params: withdrawalIdParam,
    body: rejectionBody,
    success: { status: 200, description: "The saga's state after the decision.", schema: 'WithdrawalState' },
    errors: [404, 409],
  },
  {
    method: 'post',
    path: '/api/payments/withdrawals/:paymentId/retry-payout',
    operationId: 'retryPayout',
    tag: Tag.BackOfficePayments,
    summary: 'Retry a payout that needs attention',
    caller: 'staff',
    params: withdrawalIdParam,
    success: { status: 200, description: "The saga's state after the retry.", schema: 'WithdrawalState' },
    errors: [404, 409],
  },
  {
    method: 'post',
    path: '/api/payments/reconciliations',
    operationId: 'runReconciliation',
    tag: Tag.BackOfficePayments,
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
    tag: Tag.BackOfficePayments,
    summary: 'Reconciliation mismatches',
    caller: 'staff',
    query: mismatchesQuery,
    success: { status: 200, description: 'The latest 500, newest first.', schema: 'ReconciliationMismatches' },
  },

  // Back office: staff and audit.
  {
    method: 'get',
    path: '/api/audit',
    operationId: 'listAuditEntries',
    tag: Tag.BackOfficeStaffAndAudit,
    summary: 'Read the audit log',
    description: 'An `action` ending in `*` is a prefix.',
    caller: 'staff',
    query: auditListQuery,
    success: { status: 200, description: 'One page of entries.', schema: 'AuditPage' },
  },
  {
    method: 'get',
    path: '/api/audit/export.csv',
    operationId: 'exportAuditLog',
    tag: Tag.BackOfficeStaffAndAudit,
    summary: 'Export the audit log as CSV',
    description: 'With the hash chain, so the export can be checked offline; the export itself is audited.',
    caller: 'staff',
    query: auditExportQuery,
    success: {
      status: 200,
      description: 'The entries (at most 100,000); `X-Total-Count` says how many matched.',
      contentType: 'text/csv',
    },
  },
  {
    method: 'get',
    path: '/api/staff',
    operationId: 'listStaff',
    tag: Tag.BackOfficeStaffAndAudit,
    summary: 'List staff',
    caller: 'staff',
    success: { status: 200, description: 'Every staff member.', schema: 'StaffList' },
  },
  {
    method: 'post',
    path: '/api/staff',
    operationId: 'createStaffMember',
    tag: Tag.BackOfficeStaffAndAudit,
    summary: 'Create a staff member',
    caller: 'staff',
    body: newStaffBody,
    success: {
      status: 201,
      description: 'Created; a TOTP provisioning URI when the roles need TOTP.',
      schema: 'StaffChangeResult',
    },
    errors: [409, 422],
  },
  {
    method: 'put',
    path: '/api/staff/:staffId',
    operationId: 'updateStaffMember',
    tag: Tag.BackOfficeStaffAndAudit,
    summary: 'Change roles, or disable',
    description: "Disabling ends the staff member's sessions.",
    caller: 'staff',
    params: staffIdParam,
    body: staffChangeBody,
    success: { status: 200, description: 'The staff member after the change.', schema: 'StaffChangeResult' },
    errors: [404, 422],
  },
];
