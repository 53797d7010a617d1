import { buildOpenApiDocument, errorCodesOf } from './openapi-document';
import { operations } from './operations';

// Every error `code` of the whole API with its one HTTP status. An integrator codes against this: a code that moves
// to another status, or a second status for the same code anywhere in the document, breaks their client, so it
// must be a deliberate change of this table.
const apiErrorCodes: Record<string, number> = {
  VALIDATION_FAILED: 400,
  MALFORMED_REQUEST: 400,
  CARD_NUMBER_OR_IBAN_REFUSED: 400,
  REASON_REQUIRED: 400,
  // rg-harm: the officers' acts on an intervention, a restriction lifted twice.
  RG_INTERVENTION_AT_TOP_LEVEL: 409,
  RG_INTERVENTION_NEEDS_INTERACTION: 422,
  RG_INTERVENTION_NOT_AN_OFFICER: 403,
  RG_INTERVENTION_NOT_OPEN: 409,
  RG_INTERVENTION_NOT_YOURS: 409,
  RG_RESTRICTION_NOT_IN_FORCE: 409,
  NO_SESSION: 401,
  SESSION_EXPIRED: 401,
  INVALID_CREDENTIALS: 401,
  TOTP_REQUIRED: 401,
  TOTP_INVALID: 401,
  STEP_UP_REQUIRED: 401,
  MISSING_HEADERS: 401,
  UNKNOWN_PROVIDER: 401,
  MALFORMED_TIMESTAMP: 401,
  STALE_TIMESTAMP: 401,
  BAD_SIGNATURE: 401,
  UNKNOWN_PSP: 401,
  INVALID_TOKEN: 401,
  FORBIDDEN: 403,
  CSRF: 403,
  NOT_AUTHORISED: 403,
  ORIGIN_NOT_ALLOWED: 403,
  MAKER_CANNOT_APPROVE: 403,
  SENIOR_APPROVAL_REQUIRED: 403,
  KYC_NOT_AUTHORISED: 403,
  KYC_NOT_IN_REVIEW: 409,
  KYC_ALREADY_CLEARED: 409,
  KYC_REASON_REQUIRED: 400,
  PLAYER_NOT_REGISTERED: 403,
  PLAYER_BLOCKED: 403,
  PLAYER_CLOSED: 403,
  PLAYER_SELF_EXCLUDED: 403,
  KYC_NOT_VERIFIED: 403,
  KYC_REJECTED: 403,
  KYC_RESTRICTED: 403,
  STAKE_LIMIT_EXCEEDED: 403,
  WAGER_LIMIT_EXCEEDED: 403,
  LOSS_LIMIT_EXCEEDED: 403,
  PROVIDER_NOT_IN_BRAND: 403,
  GAME_NOT_OFFERED: 403,
  GAME_SESSION_TOKEN_INVALID: 403,
  GAME_SESSION_EXPIRED: 403,
  GAME_SESSION_ENDED: 403,
  NOT_FOUND: 404,
  UNKNOWN_PLAYER: 404,
  UNKNOWN_STAFF: 404,
  UNKNOWN_TRANSACTION: 404,
  UNKNOWN_INSTRUMENT: 404,
  ROUND_NOT_FOUND: 404,
  IDEMPOTENCY_KEY_REUSED: 409,
  USERNAME_TAKEN: 409,
  SUBJECT_ALREADY_REGISTERED: 409,
  ALREADY_DECIDED: 409,
  // Responsible gambling: exclusions and national schemes (rg-exclusions)
  RG_ALREADY_EXCLUDED: 409,
  RG_SELF_EXCLUSION_TOO_SHORT: 422,
  RG_NOT_A_SELF_EXCLUSION: 409,
  RG_EXCLUSION_MINIMUM_NOT_REACHED: 409,
  RG_RETURN_ALREADY_REQUESTED: 409,
  NATIONALLY_EXCLUDED: 403,
  NATIONAL_SCHEME_UNAVAILABLE: 503,
  // AML cases (aml-cases)
  AML_CASE_CLOSED: 409,
  AML_CASE_INVALID_TRANSITION: 409,
  AML_CASE_NOT_AUTHORISED: 403,
  AML_CASE_REASON_REQUIRED: 400,
  AML_CASE_SENIOR_REQUIRED: 403,
  AML_SAR_ALREADY_APPROVED: 409,
  AML_SAR_APPROVAL_REQUIRED: 422,
  AML_SAR_DRAFTER_CANNOT_APPROVE: 403,
  AML_SAR_NOT_APPROVED: 409,
  AML_SAR_NOT_AWAITING_DECISION: 409,
  NOT_AWAITING_DECISION: 409,
  CANCELLATION_NOT_ALLOWED: 409,
  DUE_DILIGENCE_ALREADY_CLEARED: 409,
  NOT_RETRYABLE: 409,
  DUPLICATE_TRANSACTION_ID: 409,
  ROUND_FINISHED: 409,
  ROUND_ROLLED_BACK: 409,
  ROUND_ALREADY_SETTLED: 409,
  TRANSACTION_ROLLED_BACK: 409,
  PAYLOAD_TOO_LARGE: 413,
  HEADERS_TOO_LARGE: 431,
  UNSUPPORTED_MEDIA_TYPE: 415,
  CURRENCY_MISMATCH: 422,
  INSTRUMENT_METHOD_MISMATCH: 422,
  INSTRUMENT_CANNOT_RECEIVE_PAYOUTS: 422,
  INSTRUMENT_NOT_USED_FOR_DEPOSIT: 422,
  NO_PAYOUT_INSTRUMENT: 422,
  INSUFFICIENT_FUNDS: 422,
  ROUND_MISMATCH: 422,
  NOT_A_BET_OF_THIS_PLAYER: 422,
  CANNOT_LOCK_OUT_SELF: 422,
  UNDECRYPTABLE_PAYLOAD: 422,
  LIST_FORMAT_INVALID: 422,
  AML_RULE_DEFINITION_INVALID: 422,
  AML_RULE_NAME_REQUIRED: 422,
  TOO_MANY_ATTEMPTS: 429,
  RATE_LIMITED: 429,
  INTERNAL_ERROR: 500,
  DATABASE_UNAVAILABLE: 503,
  TEMPORAL_UNAVAILABLE: 503,
  KAFKA_UNAVAILABLE: 503,
  ENGINE_TIMEOUT: 503,
  IDENTITY_PROVIDER_UNAVAILABLE: 503,
  // aml-context: working the withdrawal queue (claim and assignment).
  WITHDRAWAL_NOT_AWAITING_DECISION: 409,
  WITHDRAWAL_CLAIMED_BY_ANOTHER: 409,
  ASSIGNEE_CANNOT_DECIDE_WITHDRAWALS: 422,
  // rg-limits: the bet gate's new refusals, and the limits API.
  PLAYER_TIMED_OUT: 403,
  SESSION_TIME_LIMIT_REACHED: 403,
  RG_LIMIT_PERIOD_NOT_OF_KIND: 400,
  RG_LIMIT_CHANGE_NOT_CONFIRMABLE_YET: 409,
  RG_LIMIT_CHANGE_NOT_PENDING: 409,
  RG_LIMIT_NOT_A_DECREASE: 422,
};

type Operation = { operationId: string; 'x-error-codes': Record<string, number>; responses: Record<string, any> }; // eslint-disable-line @typescript-eslint/no-explicit-any

const documentOperations = (): Operation[] =>
  Object.values(buildOpenApiDocument().paths).flatMap((item) => Object.values(item) as Operation[]);

type ProblemPart = { properties?: { code?: { enum?: string[] } } };

/** The codes an error answer allows: its schema is `allOf` the problem schema and `{ code: { enum } }`. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
const problemCodes = (response: any): string[] =>
  ((response.content?.['application/problem+json']?.schema?.allOf ?? []) as ProblemPart[]).flatMap(
    (part) => part.properties?.code?.enum ?? [],
  );

/** Every (code, status) pair the document states anywhere, with where. */
function documentedPairs(ops: Operation[]) {
  return ops.flatMap((op) => [
    ...Object.entries(op['x-error-codes']).map(([code, status]) => ({ where: op.operationId, code, status })),
    ...Object.entries(op.responses).flatMap(([status, response]) =>
      problemCodes(response).map((code) => ({ where: `${op.operationId} ${status}`, code, status: Number(status) })),
    ),
  ]);
}

/** The statuses each code is documented with, across the operations. */
function statusesByCode(ops: Operation[]): Map<string, Set<number>> {
  const statuses = new Map<string, Set<number>>();
  for (const { code, status } of documentedPairs(ops))
    statuses.set(code, (statuses.get(code) ?? new Set()).add(status));
  return statuses;
}

/** The codes documented with more than one status. */
const codesWithTwoStatuses = (ops: Operation[]) =>
  [...statusesByCode(ops)].filter(([, statuses]) => statuses.size > 1).map(([code]) => code);

describe('error codes', () => {
  it('gives each code one HTTP status across the whole API, the one in the table', () => {
    expect(codesWithTwoStatuses(documentOperations())).toEqual([]);
    const documented = Object.fromEntries(
      [...statusesByCode(documentOperations())].map(([code, statuses]) => [code, [...statuses][0]]),
    );
    expect(documented).toEqual(apiErrorCodes);
  });

  it('lists each code under the status it is answered with, and every error status has its codes', () => {
    for (const op of documentOperations()) {
      const byResponses = Object.fromEntries(
        Object.entries(op.responses)
          .filter(([, response]) => response.content?.['application/problem+json'])
          .flatMap(([status, response]) => problemCodes(response).map((code) => [code, Number(status)])),
      );
      expect({ op: op.operationId, codes: byResponses }).toEqual({ op: op.operationId, codes: op['x-error-codes'] });
    }
  });

  it('fails to build an operation that gives one code two statuses', () => {
    const [op] = operations;
    const clash = { ...op!, errors: { NOT_FOUND: 404, INTERNAL_ERROR: 503 } };
    expect(() => errorCodesOf(clash)).toThrow(/INTERNAL_ERROR is answered with both 503 and 500/);
  });

  it('catches a code documented with two statuses by two operations', () => {
    const ops = documentOperations();
    const [a, b] = ops;
    const planted = [
      { ...a!, 'x-error-codes': { ...a!['x-error-codes'], UNKNOWN_PLAYER: 404 } },
      { ...b!, 'x-error-codes': { ...b!['x-error-codes'], UNKNOWN_PLAYER: 422 } },
    ];
    expect(codesWithTwoStatuses(planted)).toEqual(['UNKNOWN_PLAYER']);
  });
});
