import createClient, { type Middleware } from 'openapi-fetch';
import type { paths } from './openapi-types';

// The transport every domain's API module uses to talk to the API: screens get their data through those modules,
// never with fetch. `api` is an openapi-fetch client typed by the types generated from the OpenAPI document
// (openapi-types.ts), so a path, a parameter or an answer the API does not have is a compile error. The session
// lives in an HttpOnly cookie (sent by the browser, same origin); the CSRF token the session endpoint hands out is
// kept here and sent as `X-CSRF-Token` on every request that changes something.

/* --------------------------------------------------------------------------------------- errors */

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

/* ------------------------------------------------------------------------------------ transport */

let csrfToken: string | undefined;

/** Keeps the session's CSRF token (from sign-in or the session read) for every request that changes something. */
export function rememberCsrfToken(token: string | undefined): void {
  csrfToken = token;
}
let onSessionLost: ((reason: ApiProblemError) => void) | undefined;

/** Registers what happens when the API says the session is gone (expired, signed out elsewhere). */
export function setSessionLostHandler(handler: ((reason: ApiProblemError) => void) | undefined): void {
  onSessionLost = handler;
}

/** 401 codes that mean "sign in again"; the others (a wrong step-up code) are answers to one request. */
const SESSION_LOST_CODES = new Set(['NO_SESSION', 'SESSION_EXPIRED']);

/** Login, logout, session reads and health answer 401 as part of their contract: never a lost session. */
const SESSION_PROBES = new Set<string>(['/api/auth/session', '/api/auth/login', '/api/auth/logout', '/health']);

/** Statuses of an operation whose body is a result, not a problem: `/health` answers 503 with a report. */
const REPORT_STATUSES: Record<string, readonly number[]> = { '/health': [503] };

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

/** Sends the CSRF token with every write, and turns every answer that is not a result into an ApiProblemError. */
const problemMiddleware: Middleware = {
  onRequest({ request }) {
    request.headers.set('Accept', 'application/json, application/problem+json');
    if (request.method !== 'GET' && csrfToken) request.headers.set('X-CSRF-Token', csrfToken);
    return request;
  },
  async onResponse({ response, schemaPath }) {
    if (response.ok || REPORT_STATUSES[schemaPath]?.includes(response.status)) return undefined;
    const problem = await problemFrom(response.clone());
    const sessionLost = !problem.code || SESSION_LOST_CODES.has(problem.code);
    if (response.status === 401 && !SESSION_PROBES.has(schemaPath) && sessionLost) {
      csrfToken = undefined;
      onSessionLost?.(problem);
    }
    throw problem;
  },
  onError({ error }) {
    // An aborted request (the screen moved on) is rethrown as it is; any other failure to fetch is a problem.
    if (error instanceof DOMException && error.name === 'AbortError') return undefined;
    return new ApiProblemError('API unreachable', describeError(error));
  },
};

/** The API, typed by its OpenAPI document. Every call either answers its result or throws an ApiProblemError. */
export const api = createClient<paths>({
  credentials: 'same-origin',
  // The typed parameters hold only QueryValues; arrays go as comma-separated lists, as the API reads them.
  querySerializer: (query) => toQueryString(query as Record<string, QueryValue>).slice(1),
});
api.use(problemMiddleware);

/** The body of a call's answer (undefined for 204): the middleware has thrown for every other answer already. */
export async function resultOf<T>(call: Promise<{ data?: T }>): Promise<T> {
  return (await call).data as T;
}
