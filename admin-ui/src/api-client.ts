import type { RawRuleOf } from '@casl/ability';
import type { AppAbility } from '../../domain/admin/abilities';
import type { StaffRole } from '../../contracts/admin';
import type { AttemptView, DecisionView, WithdrawalState } from '../../contracts/payments';
import type { StackProbeResult, StackProbeState, SloReport, SloWindow } from '../../contracts/ops';
import type { JurisdictionPolicy } from '../../contracts/jurisdictions';

// The one module that talks to the API: every screen gets its data through the functions below, never with fetch.
// The session lives in an HttpOnly cookie (sent by the browser, same origin); the CSRF token the session endpoint
// hands out is kept here and sent as `X-CSRF-Token` on every request that changes something.

/* ------------------------------------------------------------------------------------------------ errors */

/** Problem codes the API answers with, turned into sentences an officer can act on. */
const PROBLEM_MESSAGES: Record<string, string> = {
  INVALID_CREDENTIALS: 'Wrong username or password.',
  TOTP_REQUIRED: 'Enter the 6-digit code from your authenticator app.',
  TOTP_INVALID: 'That authenticator code is not valid. Codes change every 30 seconds: enter the current one.',
  NO_SESSION: 'You are signed out. Sign in to continue.',
  SESSION_EXPIRED: 'Your session expired. Sign in again to continue.',
  CSRF: 'The request was refused because its security token is missing or stale. Reload the page and try again.',
  FORBIDDEN: 'Your roles do not allow this action.',
  NOT_AUTHORISED: 'Your roles do not allow this action.',
  STEP_UP_REQUIRED: 'This amount needs a current authenticator code to confirm the decision.',
  MAKER_CANNOT_APPROVE: 'You raised this withdrawal, so you cannot decide on it.',
  ALREADY_DECIDED: 'You have already decided on this withdrawal; another officer must take the next decision.',
  SENIOR_APPROVAL_REQUIRED: 'Only senior compliance may take this decision.',
  NOT_AWAITING_DECISION: 'This withdrawal is no longer awaiting a decision.',
  NOT_RETRYABLE: 'This payout cannot be retried in its current state.',
};

/** Thrown when the API answers with an error (an RFC 9457 problem) or cannot be reached at all. */
export class ApiProblemError extends Error {
  constructor(
    readonly title: string,
    readonly detail: string,
    readonly status?: number,
    readonly code?: string,
    /** Seconds to wait before trying again, from `Retry-After` (throttled logins). */
    readonly retryAfterSeconds?: number,
  ) {
    super(readableMessage(title, detail, code, retryAfterSeconds));
    this.name = 'ApiProblemError';
  }
}

function readableMessage(title: string, detail: string, code?: string, retryAfterSeconds?: number): string {
  if (code === 'TOO_MANY_ATTEMPTS') {
    const wait = retryAfterSeconds
      ? ` Try again in ${formatWait(retryAfterSeconds)}.`
      : ' Wait a moment and try again.';
    return `Too many sign-in attempts.${wait}`;
  }
  // The API says which step-up check failed (no code, a wrong one, one already used); that is worth showing.
  if (code === 'STEP_UP_REQUIRED' && detail) return `${PROBLEM_MESSAGES[code]} (${detail})`;
  const known = code ? PROBLEM_MESSAGES[code] : undefined;
  if (known) return known;
  return detail && detail !== title ? `${title}: ${detail}` : title;
}

function formatWait(seconds: number): string {
  if (seconds < 90) return `${seconds} second${seconds === 1 ? '' : 's'}`;
  return `${Math.ceil(seconds / 60)} minutes`;
}

/** The one line the UI shows for any failure. */
export function describeError(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}

/** The problem code of an API error, if it carries one. */
export function problemCode(err: unknown): string | undefined {
  return err instanceof ApiProblemError ? err.code : undefined;
}

async function problemFrom(response: Response): Promise<ApiProblemError> {
  const retryAfter = Number.parseInt(response.headers.get('retry-after') ?? '', 10);
  const retryAfterSeconds = Number.isFinite(retryAfter) ? retryAfter : undefined;
  const fallback = new ApiProblemError(
    response.statusText || 'Request failed',
    `HTTP ${response.status}`,
    response.status,
    undefined,
    retryAfterSeconds,
  );
  const type = response.headers.get('content-type') ?? '';
  if (!type.includes('json')) return fallback;
  try {
    const body = (await response.json()) as { title?: unknown; detail?: unknown; code?: unknown };
    if (typeof body.title !== 'string') return fallback;
    const detail = typeof body.detail === 'string' ? body.detail : `HTTP ${response.status}`;
    const code = typeof body.code === 'string' ? body.code : undefined;
    return new ApiProblemError(body.title, detail, response.status, code, retryAfterSeconds);
  } catch {
    return fallback;
  }
}

/* ----------------------------------------------------------------------------------------------- transport */

let csrfToken: string | undefined;
let onSessionLost: ((reason: ApiProblemError) => void) | undefined;

/** Registers what happens when the API says the session is gone (expired, signed out elsewhere). */
export function setSessionLostHandler(handler: ((reason: ApiProblemError) => void) | undefined): void {
  onSessionLost = handler;
}

/** 401 codes that mean "sign in again"; the others (a wrong step-up code) are answers to one request. */
const SESSION_LOST_CODES = new Set(['NO_SESSION', 'SESSION_EXPIRED']);

type QueryValue = string | number | boolean | readonly string[] | undefined | null;

/** A query string from the set values only; arrays become comma-separated lists, as the API reads them. */
export function toQueryString(params: Record<string, QueryValue>): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value === undefined || value === null || value === '') continue;
    if (Array.isArray(value)) {
      if (value.length > 0) search.set(key, value.join(','));
    } else {
      search.set(key, String(value));
    }
  }
  const text = search.toString();
  return text ? `?${text}` : '';
}

interface RequestOptions {
  method?: 'GET' | 'POST' | 'PUT' | 'DELETE';
  body?: unknown;
  signal?: AbortSignal;
  /** Statuses whose body is a result, not a problem (`/health` answers 503 with a report). */
  accept?: readonly number[];
  /** Login and session reads answer 401 as part of their contract: they never count as a lost session. */
  sessionProbe?: boolean;
}

/** Sends one request and parses the JSON answer (undefined for 204). */
async function request<T>(path: string, options: RequestOptions = {}): Promise<T> {
  const method = options.method ?? 'GET';
  const headers: Record<string, string> = { Accept: 'application/json, application/problem+json' };
  if (options.body !== undefined) headers['Content-Type'] = 'application/json';
  if (method !== 'GET' && csrfToken) headers['X-CSRF-Token'] = csrfToken;
  let response: Response;
  try {
    response = await fetch(path, {
      method,
      headers,
      credentials: 'same-origin',
      body: options.body === undefined ? undefined : JSON.stringify(options.body),
      signal: options.signal,
    });
  } catch (err) {
    if (err instanceof DOMException && err.name === 'AbortError') throw err;
    throw new ApiProblemError('API unreachable', describeError(err));
  }
  const accepted = options.accept ? options.accept.includes(response.status) : response.ok;
  if (!accepted) {
    const problem = await problemFrom(response);
    if (response.status === 401 && !options.sessionProbe && (!problem.code || SESSION_LOST_CODES.has(problem.code))) {
      csrfToken = undefined;
      onSessionLost?.(problem);
    }
    throw problem;
  }
  if (response.status === 204) return undefined as T;
  return (await response.json()) as T;
}

/* ----------------------------------------------------------------------------------------------- session */

/** A member of staff, as the session and the staff list show them. */
export interface StaffMember {
  staffId: string;
  username: string;
  displayName: string;
  roles: StaffRole[];
  totpEnabled: boolean;
  disabled?: boolean;
  createdAt?: string;
  lastLoginAt?: string | null;
}

/** The signed-in staff member, the CASL rules the API enforces for them, and the CSRF token for writes. */
export interface Session {
  staff: StaffMember;
  csrfToken: string;
  rules: RawRuleOf<AppAbility>[];
  idleTimeoutSeconds: number;
}

/** What the login form sends; `totp` once the API has answered TOTP_REQUIRED. */
export interface Credentials {
  username: string;
  password: string;
  totp?: string;
}

/** The current session, or null when nobody is signed in (or the session expired). */
export async function getSession(): Promise<Session | null> {
  try {
    const session = await request<Session>('/api/auth/session', { sessionProbe: true });
    csrfToken = session.csrfToken;
    return session;
  } catch (err) {
    if (err instanceof ApiProblemError && err.status === 401) {
      csrfToken = undefined;
      return null;
    }
    throw err;
  }
}

/** Signs in; the API sets the session cookie. Throws with code TOTP_REQUIRED when a code is needed. */
export async function login(credentials: Credentials): Promise<Session> {
  const session = await request<Session>('/api/auth/login', {
    method: 'POST',
    body: credentials,
    sessionProbe: true,
  });
  csrfToken = session.csrfToken;
  return session;
}

/** Ends the session on the server; the cookie stops working at once. */
export async function logout(): Promise<void> {
  try {
    await request<void>('/api/auth/logout', { method: 'POST', sessionProbe: true });
  } finally {
    csrfToken = undefined;
  }
}

/* ---------------------------------------------------------------------------------------------- payments */

export type PaymentKind = 'DEPOSIT' | 'WITHDRAWAL';

/** A deposit or withdrawal as the back office lists it. */
export interface Payment {
  paymentId: string;
  kind: PaymentKind;
  playerId: string;
  brand: string;
  amountMinor: number;
  currency: string;
  method: string;
  country: string;
  status: string;
  psp: string | null;
  requestedBy: string;
  workflowId: string;
  approvalsNeeded: number;
  escalated: boolean;
  failureReason: string | null;
  createdAt: string;
  updatedAt: string;
}

/** One page of a server-paged list. */
export interface Page<T> {
  items: T[];
  total: number;
  limit?: number;
  offset?: number;
}

/** Filters, order and page of `GET /api/payments`. */
export interface PaymentFilter {
  kind?: PaymentKind;
  status?: string[];
  playerId?: string;
  psp?: string;
  createdFrom?: string;
  createdTo?: string;
  order?: 'oldest' | 'newest';
  limit: number;
  offset: number;
}

/** A page of payments from the read model. */
export function listPayments(filter: PaymentFilter, signal?: AbortSignal): Promise<Page<Payment>> {
  return request<Page<Payment>>(`/api/payments${toQueryString({ ...filter })}`, { signal });
}

/** The risk context of a withdrawal awaiting a decision. */
export interface WithdrawalRiskContext {
  /** NOT_STARTED for everyone until the KYC issue lands. */
  kycStatus: string;
  /** Empty until the AML issue lands. */
  amlFlags: string[];
  /** The player's status (ACTIVE, BLOCKED, SELF_EXCLUDED, CLOSED). */
  rgStatus: string;
  netDepositsMinor: number;
  depositsCount: number;
  withdrawalsCount: number;
  bonusBalanceMinor: number;
  riskLevel?: string | null;
  riskReasons?: string[] | null;
}

/** A withdrawal in the approval queue: the payment, its SLA, who decided already and the risk context. */
export interface QueuedWithdrawal extends Payment {
  slaDueAt: string;
  decidedBy: string[];
  /** The display names of `decidedBy`, in the same order. */
  decidedByNames: string[];
  /** The display name of the staff member who raised it; null when the player did. */
  requestedByName: string | null;
  seniorRequiredForNext: boolean;
  fourEyes: boolean;
  risk: WithdrawalRiskContext;
}

/** The whole approval queue at a glance, whatever the page or search. */
export interface WithdrawalQueueSummary {
  awaiting: number;
  awaitingSecondApproval: number;
  fourEyes: number;
  pastSla: number;
}

/** Which page of the queue, and an optional search on withdrawal and player ids. */
export interface WithdrawalQueueParams {
  limit: number;
  offset: number;
  q?: string;
}

/** One page of withdrawals awaiting a first or second approval, oldest first, paged and searched by the API. */
export function getWithdrawalQueue(
  params: WithdrawalQueueParams,
  signal?: AbortSignal,
): Promise<Page<QueuedWithdrawal> & { summary: WithdrawalQueueSummary }> {
  return request<Page<QueuedWithdrawal> & { summary: WithdrawalQueueSummary }>(
    `/api/payments/withdrawals/queue${toQueryString({ ...params })}`,
    { signal },
  );
}

/** One step of a payment's story. */
export interface TimelineEvent {
  type: string;
  /** A staff id, a player id, or 'system' (a saga step). */
  actor: string;
  /** The display name when `actor` is a staff member. */
  actorName: string | null;
  detail: Record<string, unknown> | null;
  at: string;
}

/** One PSP try, as the read model recorded it. */
export interface PaymentAttempt {
  attemptId: string;
  seq: number;
  psp: string;
  operation: string;
  status: string;
  outcome: string | null;
  code: string | null;
  pspReference: string | null;
  latencyMs: number | null;
  startedAt: string | null;
  finishedAt: string | null;
}

/** One officer's decision, as recorded. */
export interface PaymentDecision {
  staffId: string;
  staffName: string | null;
  decision: 'APPROVE' | 'REJECT';
  role: string;
  reason: string | null;
  at: string;
}

/** One ledger transaction that moved this payment's money. */
export interface PaymentLedgerTransaction {
  transactionId: number;
  idempotencyKey: string;
  kind: string;
  createdAt: string;
}

/** What the saga's `getStatus` query answers (a withdrawal's state; deposits carry a subset). */
export type SagaState = Partial<WithdrawalState> & {
  status: string;
  route?: string[];
  attempts?: AttemptView[];
  decisions?: (DecisionView & { staffName: string | null })[];
};

/** One payment with its whole story and the saga's live state. */
export interface PaymentDetail extends Payment {
  /** The display name of the staff member who raised it; null when the player did. */
  requestedByName: string | null;
  timeline: TimelineEvent[];
  attempts: PaymentAttempt[];
  decisions: PaymentDecision[];
  ledger: PaymentLedgerTransaction[];
  workflowState?: SagaState | null;
  temporalWebUrl: string;
}

export function getPayment(paymentId: string, signal?: AbortSignal): Promise<PaymentDetail> {
  return request<PaymentDetail>(`/api/payments/${encodeURIComponent(paymentId)}`, { signal });
}

/** Approves a withdrawal; `totp` is the step-up code the API requires for four-eyes amounts. */
export function approveWithdrawal(paymentId: string, decision: { reason?: string; totp?: string }): Promise<SagaState> {
  return request<SagaState>(`/api/payments/withdrawals/${encodeURIComponent(paymentId)}/approve`, {
    method: 'POST',
    body: decision,
  });
}

/** Rejects a withdrawal; the reason is required and goes into the audit log. */
export function rejectWithdrawal(paymentId: string, decision: { reason: string }): Promise<SagaState> {
  return request<SagaState>(`/api/payments/withdrawals/${encodeURIComponent(paymentId)}/reject`, {
    method: 'POST',
    body: decision,
  });
}

/** Walks the payout route again for a withdrawal that waits in NEEDS_ATTENTION. */
export function retryPayout(paymentId: string): Promise<SagaState> {
  return request<SagaState>(`/api/payments/withdrawals/${encodeURIComponent(paymentId)}/retry-payout`, {
    method: 'POST',
    body: {},
  });
}

/* ----------------------------------------------------------------------------------------------- players */

/** A player's profile; dateOfBirth is masked ('****-**-**') unless the officer may read personal data. */
export interface PlayerProfile {
  playerId: string;
  brand: string;
  jurisdiction: string;
  currency: string;
  status: string;
  createdAt: string;
  dateOfBirth: string;
}

/** A Temporal workflow that concerns the player. */
export interface PlayerWorkflow {
  workflowId: string;
  type: string;
  status: string;
  startTime: string;
  temporalWebUrl: string;
}

/** Everything the player 360 screen shows at the top. */
export interface PlayerOverview {
  player: PlayerProfile;
  balances: { cashMinor: number; bonusMinor: number; pendingMinor: number; currency: string };
  workflows: PlayerWorkflow[];
}

export function getPlayerOverview(playerId: string, signal?: AbortSignal): Promise<PlayerOverview> {
  return request<PlayerOverview>(`/api/players/${encodeURIComponent(playerId)}/overview`, { signal });
}

/** One ledger transaction as it moved the player's own accounts. */
export interface PlayerLedgerEntry {
  transactionId: number;
  kind: string;
  createdAt: string;
  /** Net change across the player's accounts. */
  amountMinor: number;
  postings: { accountKind: string; amountMinor: number }[];
}

export function getPlayerLedger(
  playerId: string,
  page: { limit: number; offset: number },
  signal?: AbortSignal,
): Promise<Page<PlayerLedgerEntry>> {
  return request<Page<PlayerLedgerEntry>>(
    `/api/players/${encodeURIComponent(playerId)}/ledger${toQueryString({ ...page })}`,
    { signal },
  );
}

/** Player statuses the back office may set. */
export const PLAYER_STATUSES = ['ACTIVE', 'BLOCKED', 'SELF_EXCLUDED', 'CLOSED'] as const;
export type PlayerStatus = (typeof PLAYER_STATUSES)[number];

/** Sets a player's status; the reason goes into the audit log with the status before and after. */
export function setPlayerStatus(playerId: string, status: PlayerStatus, reason: string): Promise<unknown> {
  return request<unknown>(`/api/players/${encodeURIComponent(playerId)}/status`, {
    method: 'PUT',
    body: { status, reason },
  });
}

/* ------------------------------------------------------------------------------------------------- audit */

/** One audited back-office action. */
export interface AuditEntry {
  auditId: string | number;
  at: string;
  /** A staff id, 'system' (a workflow step), a player id, or 'anonymous'. */
  actor: string;
  /** The display name when `actor` is a staff member (not part of the hashed entry). */
  actorName: string | null;
  action: string;
  entityType: string;
  entityId: string | null;
  reason: string | null;
  before: unknown;
  after: unknown;
  requestId: string | null;
  sourceIp: string | null;
  /** The log is a hash chain: each entry's hash covers the previous one's. */
  prevHash?: string;
  hash?: string;
}

/** Filters of the audit log; `from` and `to` are ISO times. */
export interface AuditFilter {
  actor?: string;
  action?: string;
  entityType?: string;
  entityId?: string;
  from?: string;
  to?: string;
}

export function listAudit(filter: AuditFilter & { limit: number; offset: number }, signal?: AbortSignal) {
  return request<Page<AuditEntry>>(`/api/audit${toQueryString({ ...filter })}`, { signal });
}

/** The CSV export of the audit log with the same filters as the screen (a plain link: the cookie authorises it). */
export function auditExportUrl(filter: AuditFilter): string {
  return `/api/audit/export.csv${toQueryString({ ...filter })}`;
}

/* ------------------------------------------------------------------------------------------------- staff */

export function listStaff(signal?: AbortSignal): Promise<{ items: StaffMember[] }> {
  return request<{ items: StaffMember[] } | StaffMember[]>('/api/staff', { signal }).then((answer) =>
    Array.isArray(answer) ? { items: answer } : answer,
  );
}

/** A new staff member; the answer carries the TOTP provisioning URI to enrol their authenticator. */
export interface NewStaffMember {
  username: string;
  displayName: string;
  roles: StaffRole[];
  password: string;
}

export function createStaff(member: NewStaffMember): Promise<{ staff: StaffMember; totpProvisioningUri?: string }> {
  return request<{ staff: StaffMember; totpProvisioningUri?: string }>('/api/staff', { method: 'POST', body: member });
}

/** Changes a staff member's roles or disables them; the reason goes into the audit log. */
export function updateStaff(staffId: string, change: { roles?: StaffRole[]; disabled?: boolean; reason?: string }) {
  return request<StaffMember | { staff: StaffMember }>(`/api/staff/${encodeURIComponent(staffId)}`, {
    method: 'PUT',
    body: change,
  });
}

/* ------------------------------------------------------------------------------------------------ health */

/** The state of one dependency, as `GET /health` reports it. */
export interface DependencyHealth {
  status: 'up' | 'down';
  latencyMs: number;
  detail?: string;
}

/** The dependencies `GET /health` checks, in display order. */
export const DEPENDENCIES = ['postgres', 'temporal', 'kafka'] as const;
export type Dependency = (typeof DEPENDENCIES)[number];

/** What `GET /health` answers, with 200 when every dependency is up and 503 otherwise. */
export interface HealthReport {
  status: 'ok' | 'degraded';
  checks: Record<Dependency, DependencyHealth>;
}

/** Checks Postgres, Temporal and Kafka through the API; a degraded stack is a report, not an error. */
export function getHealth(signal?: AbortSignal): Promise<HealthReport> {
  return request<HealthReport>('/health', { signal, accept: [200, 503], sessionProbe: true });
}

/* ------------------------------------------------------------------------------------------------ probes */

/** What `POST /api/ops/probes` answers once the probe workflow has started. */
export interface StartedProbe {
  probeId: string;
  workflowId: string;
  temporalWebUrl: string;
}

/** What `GET /api/ops/probes/:probeId` answers: the workflow's own view plus Temporal's execution status. */
export interface ProbeView extends StackProbeState {
  workflowId: string;
  /** Temporal's execution status name: RUNNING, COMPLETED, FAILED, TIMED_OUT, ... */
  workflowStatus: string;
  result?: StackProbeResult;
  temporalWebUrl: string;
}

/** Starts a stack probe workflow: one synthetic transaction through Temporal, Postgres, the outbox and Kafka. */
export function startStackProbe(requestedBy: string): Promise<StartedProbe> {
  return request<StartedProbe>('/api/ops/probes', { method: 'POST', body: { requestedBy } });
}

/** Reads where a stack probe is, from its workflow's `getStatus` query and Temporal's description. */
export function getStackProbe(probeId: string, signal?: AbortSignal): Promise<ProbeView> {
  return request<ProbeView>(`/api/ops/probes/${encodeURIComponent(probeId)}`, { signal });
}

/* ---------------------------------------------------------------------------------------------- service levels */

export type {
  SloDetail,
  SloIndicator,
  SloIndicatorId,
  SloPoint,
  SloReport,
  SloState,
  SloUnit,
  SloWindow,
} from '../../contracts/ops';

/** The SLOs over `window`: each indicator's target, current value and state, and its per-interval series. */
export function getServiceLevels(window: SloWindow, signal?: AbortSignal): Promise<SloReport> {
  return request<SloReport>(`/api/ops/slo${toQueryString({ window })}`, { signal });
}

/* ------------------------------------------------------------------------------------------ jurisdictions */

export type {
  GameProduct,
  JurisdictionPolicy,
  MoneyAmount,
  RegulationReference,
  Rule,
  StakeCap,
  VulnerabilityThreshold,
} from '../../contracts/jurisdictions';
export { DEFAULT_JURISDICTION } from '../../contracts/jurisdictions';

/** Every jurisdiction's rules with the regulation each comes from, the default (code `*`) last. */
export function listJurisdictionPolicies(signal?: AbortSignal): Promise<{ items: JurisdictionPolicy[] }> {
  return request<{ items: JurisdictionPolicy[] }>('/api/jurisdictions', { signal });
}

export type { StaffRole };
