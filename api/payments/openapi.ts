import { answeredWith, codesOf, NOT_FOUND, Tag, type DomainOpenApi } from '../openapi/operation-spec';
import { playerIdParam } from '../players/player-router';
import { pspWebhookSchema } from '../../domain/payments/psp-webhook';
import {
  assignmentRefusalStatus,
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
import { deviceHeader } from '../players/player-devices';
import { assignBody } from '../queue-query';
import { decisionStatus, paymentRuleStatus } from './payment-sagas';
import { rejectionDetail } from './psp-webhook-router';
import {
  paymentDetailSchema,
  paymentInstrumentListSchema,
  paymentPageSchema,
  paymentSchema,
  playerPaymentSchema,
  pspWebhookReceiptSchema,
  reconciliationMismatchesSchema,
  reconciliationResultSchema,
  withdrawalCancellingSchema,
  withdrawalAssignmentSchema,
  withdrawalQueueSchema,
  withdrawalStateSchema,
} from './response-schemas';

const backOfficeTag = 'Back office: payments';

/** What a request for a payment is refused with at once (the saga refuses the rest, visible in its status). */
const paymentRefusals = codesOf(
  paymentRuleStatus,
  'IDEMPOTENCY_KEY_REUSED',
  'UNKNOWN_PLAYER',
  'CURRENCY_MISMATCH',
  'KYC_NOT_VERIFIED',
  'KYC_REJECTED',
  'KYC_RESTRICTED',
);
/**
 * A deposit from a saved instrument: the player's own, of the kind its method pays from. A request that names
 * another player (`playerId` is the token's player's only) is a 404, as an unknown one.
 */
const depositRefusals = {
  ...NOT_FOUND,
  ...paymentRefusals,
  ...codesOf(paymentRuleStatus, 'UNKNOWN_INSTRUMENT', 'INSTRUMENT_METHOD_MISMATCH'),
};
/** A withdrawal's destination, checked at request time: a refusal records nothing and starts no saga. */
const withdrawalRefusals = {
  ...depositRefusals,
  ...codesOf(
    paymentRuleStatus,
    'INSTRUMENT_CANNOT_RECEIVE_PAYOUTS',
    'INSTRUMENT_NOT_USED_FOR_DEPOSIT',
    'NO_PAYOUT_INSTRUMENT',
  ),
};
const closedLoopDescription =
  "The payout destination is decided at request time, under the player's jurisdiction's closed-loop policy " +
  '(`closedLoopPayouts` in the jurisdiction rules). The method must fit the instrument (422 ' +
  '`INSTRUMENT_METHOD_MISMATCH`: a card is never paid by a bank rail) and the instrument must take payouts (422 ' +
  '`INSTRUMENT_CANNOT_RECEIVE_PAYOUTS`). Under closed loop, a player with a deposit instrument that can receive ' +
  'funds is paid back to one of those (422 `INSTRUMENT_NOT_USED_FOR_DEPOSIT` for any other); only a player with ' +
  'none may be paid to another instrument of their own. Elsewhere any of their instruments that take payouts may ' +
  'be paid, and officers see whether it was used to deposit. Without `instrumentId`, the most recent deposit ' +
  'instrument that fits `method` is chosen (422 `NO_PAYOUT_INSTRUMENT` with `payoutMethods` when none fits). ' +
  "An unknown instrument, or another player's, is a 404 `UNKNOWN_INSTRUMENT`. A refusal records nothing and " +
  "starts no saga. The payout goes through the PSP that holds the instrument's token only. KYC is checked at request " +
  'time too (403, nothing recorded): a withdrawal needs verified KYC everywhere (`KYC_NOT_VERIFIED`), a rejected ' +
  'verification (`KYC_REJECTED`) or overdue source-of-funds evidence (`KYC_RESTRICTED`) stops every payment, and a ' +
  'deposit before verification is refused where the jurisdiction requires verification first (GB).';
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
    // The assignment body every queue shares (api/queue-query.ts), named once here.
    [assignBody, 'QueueAssignment'],
  ],
  operations: [
    {
      method: 'post',
      path: '/player/v1/deposits',
      operationId: 'requestDeposit',
      tag: Tag.PlayerApi,
      summary: 'Request a deposit',
      description:
        'Starts the deposit saga. Idempotent by `Idempotency-Key`: a repeat answers 200 with the first deposit; the ' +
        'same key with another body is a 409. Without `instrumentId` the player enters a new instrument at the PSP, ' +
        'which tokenises it (we keep its token and display data only); with one, the deposit goes through the PSP ' +
        'that holds its token. Refused with 403 (nothing recorded) before identity verification where the ' +
        "player's jurisdiction requires it first (`KYC_NOT_VERIFIED`, GB), after a refused verification " +
        '(`KYC_REJECTED`), and while source-of-funds evidence is overdue (`KYC_RESTRICTED`).',
      caller: 'player',
      headers: idempotencyKeyHeader.extend(deviceHeader.shape),
      body: paymentRequestBody,
      success: { status: 202, description: 'Accepted.', schema: playerPaymentSchema },
      otherAnswers: [
        { status: 200, description: 'A repeat of the same key: the first request.', schema: playerPaymentSchema },
      ],
      errors: depositRefusals,
    },
    {
      method: 'post',
      path: '/player/v1/withdrawals',
      operationId: 'requestWithdrawal',
      tag: Tag.PlayerApi,
      summary: 'Request a withdrawal',
      description:
        'Starts the withdrawal saga (checks, reservation, risk decision, payout). Idempotent by `Idempotency-Key` ' +
        'like deposits. ' +
        closedLoopDescription,
      caller: 'player',
      headers: idempotencyKeyHeader.extend(deviceHeader.shape),
      body: paymentRequestBody,
      success: { status: 202, description: 'Accepted.', schema: playerPaymentSchema },
      otherAnswers: [
        { status: 200, description: 'A repeat of the same key: the first request.', schema: playerPaymentSchema },
      ],
      errors: withdrawalRefusals,
    },
    {
      method: 'get',
      path: '/player/v1/players/:playerId/payment-instruments',
      operationId: 'listPaymentInstruments',
      tag: Tag.PlayerApi,
      summary: "The player's saved payment instruments",
      description:
        'Cards, bank accounts and e-wallets the PSPs tokenised for the player: display data only (never a token, ' +
        'a full card number or IBAN), with whether each was used to deposit and can receive payouts.',
      caller: 'player',
      params: playerIdParam,
      success: { status: 200, description: 'Newest first.', schema: paymentInstrumentListSchema },
      errors: NOT_FOUND,
    },
    {
      method: 'get',
      path: '/player/v1/deposits/:paymentId',
      operationId: 'getDeposit',
      tag: Tag.PlayerApi,
      summary: 'Read a deposit',
      caller: 'player',
      params: playerPaymentIdParam('dep'),
      success: { status: 200, description: 'The deposit.', schema: playerPaymentSchema },
      errors: NOT_FOUND,
    },
    {
      method: 'get',
      path: '/player/v1/withdrawals/:paymentId',
      operationId: 'getWithdrawal',
      tag: Tag.PlayerApi,
      summary: 'Read a withdrawal',
      caller: 'player',
      params: playerPaymentIdParam('wd'),
      success: { status: 200, description: 'The withdrawal.', schema: playerPaymentSchema },
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
      caller: 'player',
      params: playerPaymentIdParam('wd'),
      body: cancelBody,
      success: { status: 202, description: 'The cancellation was accepted.', schema: withdrawalCancellingSchema },
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
      success: { status: 200, description: 'Received.', schema: pspWebhookReceiptSchema },
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
      success: { status: 200, description: 'One page of payments.', schema: paymentPageSchema },
    },
    {
      method: 'get',
      path: '/api/payments/withdrawals/queue',
      operationId: 'getWithdrawalQueue',
      tag: backOfficeTag,
      summary: 'The withdrawal approval queue',
      caller: 'staff',
      description:
        'Oldest first by default (the order the SLA runs in). `assignee=mine` is "my withdrawals" (claimed by or ' +
        'assigned to the caller), `unassigned` those nobody works yet; filters and sorting apply on the server, ' +
        'the summary is of the whole queue.',
      query: queueQuery,
      success: { status: 200, description: 'One page of the queue.', schema: withdrawalQueueSchema },
    },
    {
      method: 'post',
      path: '/api/payments/withdrawals/:paymentId/claim',
      operationId: 'claimWithdrawal',
      tag: backOfficeTag,
      summary: 'Claim a withdrawal of the queue',
      description:
        'The caller works it from now on (shown in the queue and on its page). Refused while another officer has ' +
        'it: taking it over is an assignment. Claiming is not deciding: four eyes and maker ≠ checker still apply. ' +
        'Audited.',
      caller: 'staff',
      params: withdrawalIdParam,
      success: { status: 200, description: 'Who works it now.', schema: withdrawalAssignmentSchema },
      errors: { ...NOT_FOUND, ...assignmentRefusalStatus },
    },
    {
      method: 'put',
      path: '/api/payments/withdrawals/:paymentId/assignee',
      operationId: 'assignWithdrawal',
      tag: backOfficeTag,
      summary: 'Assign a withdrawal to an officer',
      description:
        'To any active officer who may decide withdrawals, or back to nobody (`assignee: null`). Audited with ' +
        'the previous assignee.',
      caller: 'staff',
      params: withdrawalIdParam,
      body: assignBody,
      success: { status: 200, description: 'Who works it now.', schema: withdrawalAssignmentSchema },
      errors: { ...NOT_FOUND, ...assignmentRefusalStatus },
    },
    {
      method: 'get',
      path: '/api/payments/:paymentId',
      operationId: 'getPayment',
      tag: backOfficeTag,
      summary: 'A payment with its whole story',
      caller: 'staff',
      params: paymentIdParam,
      success: { status: 200, description: 'The payment.', schema: paymentDetailSchema },
      errors: NOT_FOUND,
    },
    {
      method: 'post',
      path: '/api/payments/withdrawals',
      operationId: 'raiseWithdrawal',
      tag: backOfficeTag,
      summary: 'Raise a withdrawal for a player',
      description:
        'The staff member is its maker (and may not decide it). Idempotent by `clientKey`. ' + closedLoopDescription,
      caller: 'staff',
      body: staffWithdrawalBody,
      success: { status: 202, description: 'Accepted.', schema: paymentSchema },
      otherAnswers: [
        { status: 200, description: 'A repeat of the same key: the first request.', schema: paymentSchema },
      ],
      errors: withdrawalRefusals,
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
      success: { status: 200, description: "The saga's state after the decision.", schema: withdrawalStateSchema },
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
      success: { status: 200, description: "The saga's state after the decision.", schema: withdrawalStateSchema },
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
      success: { status: 200, description: "The saga's state after the retry.", schema: withdrawalStateSchema },
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
      success: { status: 200, description: 'The mismatches found.', schema: reconciliationResultSchema },
    },
    {
      method: 'get',
      path: '/api/payments/reconciliations/mismatches',
      operationId: 'listReconciliationMismatches',
      tag: backOfficeTag,
      summary: 'Reconciliation mismatches',
      caller: 'staff',
      query: mismatchesQuery,
      success: { status: 200, description: 'The latest 500, newest first.', schema: reconciliationMismatchesSchema },
    },
  ],
};
