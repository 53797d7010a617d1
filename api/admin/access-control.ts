import type { Request, RequestHandler, Response } from 'express';
import { timingSafeEqual } from 'node:crypto';
import {
  defineAbilitiesFor,
  type Action,
  type AppAbility,
  type Subject,
  type WithdrawalSubject,
  type SarSubject,
} from '../../domain/admin/abilities';
import { recordAudit, type AuditEntryInput } from '../../domain/admin/audit-log';
import type { SessionStaff, SessionStore } from '../../domain/admin/sessions';
import type { Db } from '../../platform/db';
import { HttpProblemError } from '../../platform/http-errors';

// Who is acting comes from the session cookie and nothing else; what they may do comes from the CASL abilities
// of domain/admin/abilities.ts, checked by `authorize` on every back-office route.

export const SESSION_COOKIE = 'bo_session';

/** The cookies of a `Cookie` header (RFC 6265: `name=value` pairs separated by `;`); the first of a name wins. */
export function parseCookies(header: string | undefined): Map<string, string> {
  const cookies = new Map<string, string>();
  for (const pair of (header ?? '').split(';').map((p) => p.trim())) {
    const eq = pair.indexOf('=');
    if (eq < 1) continue;
    const name = pair.slice(0, eq).trim();
    let value = pair.slice(eq + 1).trim();
    if (value.length >= 2 && value.startsWith('"') && value.endsWith('"')) value = value.slice(1, -1);
    if (!cookies.has(name)) cookies.set(name, value);
  }
  return cookies;
}

/** The session cookie: unreadable by scripts, never sent cross-site, Secure when the request came over TLS. */
export function sessionCookie(token: string, secure: boolean): string {
  return `${SESSION_COOKIE}=${token}; Path=/; HttpOnly; SameSite=Strict${secure ? '; Secure' : ''}`;
}

export function clearedSessionCookie(secure: boolean): string {
  return `${SESSION_COOKIE}=; Path=/; HttpOnly; SameSite=Strict; Max-Age=0${secure ? '; Secure' : ''}`;
}

/** The client's address as the socket saw it (IPv4-mapped IPv6 written as plain IPv4). */
export function sourceIpOf(req: Request): string {
  return (req.ip ?? req.socket.remoteAddress ?? 'unknown').replace(/^::ffff:/, '');
}

interface SessionLocals {
  sessionHash: string;
  csrfToken: string;
  expiresAt: Date;
  staff: SessionStaff;
  ability: AppAbility;
  audit: (entry: Omit<AuditEntryInput, 'actor' | 'requestId' | 'sourceIp'>) => Promise<unknown>;
  auditContext: Pick<AuditEntryInput, 'actor' | 'requestId' | 'sourceIp'>;
}

const sessionOf = (res: Response): SessionLocals => {
  const session = res.locals.session as SessionLocals | undefined;
  if (!session) throw new Error('no session on this request: requireSession must run first');
  return session;
};

/** The staff member acting on this request. */
export const staffOf = (res: Response): SessionStaff => sessionOf(res).staff;
/** Their CASL abilities. */
export const abilityOf = (res: Response): AppAbility => sessionOf(res).ability;
/** The session's hash, CSRF token and expiry. */
export const currentSessionOf = (res: Response) => {
  const { sessionHash, csrfToken, expiresAt } = sessionOf(res);
  return { sessionHash, csrfToken, expiresAt };
};
/** Records an audit entry for this request: actor, request id and source address filled in. */
export const auditOf = (res: Response) => sessionOf(res).audit;
/** The codes the guards of staff routes refuse with: 401 for the session, 403 for the CSRF token and permissions. */
export const StaffRefusalCode = {
  NoSession: 'NO_SESSION',
  SessionExpired: 'SESSION_EXPIRED',
  Csrf: 'CSRF',
  Forbidden: 'FORBIDDEN',
} as const;

/** The 401 codes of a missing or ended session. */
export const sessionRefusalCodes = [StaffRefusalCode.NoSession, StaffRefusalCode.SessionExpired] as const;

/** Actor, request id and source address, for audit entries written inside a transaction. */
export const auditContextOf = (res: Response) => sessionOf(res).auditContext;

/**
 * Requires a valid staff session: 401 `NO_SESSION` without one (or after logout, or for a disabled account) and
 * 401 `SESSION_EXPIRED` after the idle or absolute timeout.
 */
export function requireSession(deps: { db: Db; sessions: SessionStore }): RequestHandler {
  return async (req, res, next) => {
    const check = await deps.sessions.check(parseCookies(req.header('cookie')).get(SESSION_COOKIE));
    if (check.status !== 'VALID') {
      const expired = check.status === 'SESSION_EXPIRED';
      throw new HttpProblemError(
        401,
        'Unauthorized',
        expired ? 'the session expired: sign in again' : 'sign in first',
        {
          code: check.status,
        },
      );
    }
    const auditContext = {
      actor: check.staff.staffId,
      requestId: (res.locals.requestId as string | undefined) ?? null,
      sourceIp: sourceIpOf(req),
    };
    const session: SessionLocals = {
      ...check,
      ability: defineAbilitiesFor(check.staff),
      auditContext,
      audit: (entry) => recordAudit(deps.db, { ...entry, ...auditContext }),
    };
    res.locals.session = session;
    next();
  };
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** Requires `X-CSRF-Token` to equal the session's token on every request that may change something (403 `CSRF`). */
export const requireCsrf: RequestHandler = (req, res, next) => {
  if (SAFE_METHODS.has(req.method)) return next();
  const expected = Buffer.from(sessionOf(res).csrfToken);
  const given = Buffer.from(req.header('x-csrf-token') ?? '');
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) {
    throw new HttpProblemError(403, 'Forbidden', 'X-CSRF-Token is missing or does not match the session', {
      code: StaffRefusalCode.Csrf,
    });
  }
  next();
};

/** A subject type as routes name it (a concrete withdrawal is checked inside the route, with its facts). */
export type SubjectType = Exclude<Subject, WithdrawalSubject | SarSubject | 'all'>;

/**
 * Lets the request through only if the staff member's abilities allow `action` on `subject` (deny by default);
 * otherwise 403 `FORBIDDEN`, and the refusal is audited. Every back-office route starts with one of these: the
 * permissions test lists the app's routes and fails on any it has no rule for.
 */
export function authorize(action: Action, subject: SubjectType): RequestHandler {
  return async (req, res, next) => {
    if (abilityOf(res).can(action, subject)) return next();
    await auditOf(res)({
      action: 'access.denied',
      entityType: subject,
      reason: `may not ${action} ${subject}`,
      after: { method: req.method, path: req.originalUrl.split('?')[0], roles: staffOf(res).roles },
    });
    throw new HttpProblemError(403, 'Forbidden', `your roles may not ${action} ${subject}`, {
      code: StaffRefusalCode.Forbidden,
    });
  };
}
