import { DEMO_PASSWORD, demoStaff } from '../../../domain/admin/demo-staff';
import { totpCode, totpCounterAt } from '../../../domain/admin/totp';
import type { Queryable } from '../../../platform/db';
import type { RequestKind, RequestLog } from './request-log';

/** The demo staff the drill acts as (seeded by `npm start` on the local stack; see domain/admin/demo-staff.ts). */
export const DrillStaff = {
  officer: 'compliance-officer-1',
  secondOfficer: 'compliance-officer-2',
  senior: 'senior-compliance-1',
  paymentsOps: 'payments-ops-1',
  admin: 'admin-1',
  rgOfficer: 'rg-officer-1',
} as const;
export type DrillStaffName = (typeof DrillStaff)[keyof typeof DrillStaff];

const PERIOD_MS = 30_000;

/** What a back-office call answered. */
export interface StaffReply {
  status: number;
  json: Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
}

interface Session {
  cookie: string;
  csrfToken: string;
}

/** Thrown when a staff member cannot log in (wrong demo credentials, a TOTP secret that is missing). */
export class StaffLoginError extends Error {
  constructor(
    readonly username: string,
    readonly status: number,
    readonly detail: string,
  ) {
    super(`login of ${username} answered ${status}: ${detail}`);
    this.name = 'StaffLoginError';
  }
}

/**
 * The back office as the drill's scripted staff use it: each demo staff member logs in (password, and TOTP where
 * the account has it), keeps the `bo_session` cookie and sends the CSRF token on every write. Every request goes
 * through the drill's request log (a client-side timeout, and a record of what it answered when).
 */
export function createStaffClient(apiUrl: string, db: Queryable, requests: RequestLog) {
  const sessions = new Map<DrillStaffName, Promise<Session>>();

  // The API accepts a TOTP code one step either side of now, and only a step later than the last one the staff
  // member used (codes are single-use); the drill reads that step, so codes it or anyone else spent are skipped.
  const totpFor = async (username: string): Promise<string | undefined> => {
    const secret = demoStaff.find((s) => s.username === username)?.totpSecret;
    if (!secret) return undefined;
    const { rows } = await db.query<{ last: number | null }>(
      'SELECT totp_last_counter AS last FROM staff_users WHERE username = $1',
      [username],
    );
    const now = totpCounterAt(Date.now());
    const step = Math.max(now, Number(rows[0]?.last ?? -1) + 1);
    return step > now + 1 ? undefined : totpCode(secret, step * PERIOD_MS + 1);
  };

  async function login(username: DrillStaffName): Promise<Session> {
    for (let attempt = 0; ; attempt += 1) {
      const response = await requests.request('staff', `${apiUrl}/api/auth/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ username, password: DEMO_PASSWORD, totp: await totpFor(username) }),
      });
      const { text } = response;
      if (response.status === 200) {
        const body = JSON.parse(text) as { csrfToken: string };
        const cookie = response.headers
          .getSetCookie()
          .map((c) => c.split(';')[0]!)
          .find((c) => c.startsWith('bo_session='));
        if (!cookie) throw new StaffLoginError(username, 200, 'no bo_session cookie in the answer');
        return { cookie, csrfToken: body.csrfToken };
      }
      // Throttled, or no TOTP code left to spend in this step: wait and try again a few times.
      if ((response.status === 429 || response.status === 401) && attempt < 4) {
        const retryAfter = Number(response.headers.get('retry-after') ?? 0);
        await new Promise((r) =>
          setTimeout(r, Math.max(retryAfter * 1000, response.status === 401 ? PERIOD_MS : 1000)),
        );
        continue;
      }
      throw new StaffLoginError(username, response.status, text.slice(0, 300));
    }
  }

  async function call(
    as: DrillStaffName,
    method: string,
    route: string,
    body?: unknown,
    kind: RequestKind = 'staff',
  ): Promise<StaffReply> {
    if (!sessions.has(as)) sessions.set(as, login(as));
    const session = await sessions.get(as)!.catch((err: unknown) => {
      sessions.delete(as);
      throw err;
    });
    const headers: Record<string, string> = { 'content-type': 'application/json', cookie: session.cookie };
    if (method !== 'GET') headers['x-csrf-token'] = session.csrfToken;
    const response = await requests.request(kind, `${apiUrl}${route}`, {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const { text } = response;
    let json: StaffReply['json'] = {};
    try {
      json = text ? (JSON.parse(text) as StaffReply['json']) : {};
    } catch {
      json = { text };
    }
    // An expired or lost session: log in again next time.
    if (response.status === 401 && ['NO_SESSION', 'SESSION_EXPIRED'].includes(String(json.code))) sessions.delete(as);
    return { status: response.status, json };
  }

  return {
    /** Calls the back-office API as one of the demo staff (logging in first when needed). */
    call,
    /** A TOTP code for a step-up approval; undefined when none is left to spend right now. */
    totp: (username: DrillStaffName) => totpFor(username),
  };
}

export type StaffClient = ReturnType<typeof createStaffClient>;
