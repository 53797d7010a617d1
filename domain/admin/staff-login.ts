import { withTransaction, type Db } from '../../platform/db';
import { appendAuditEntry, recordAudit } from './audit-log';
import { checkLoginThrottle, recordLoginAttempt } from './login-throttle';
import type { SessionStaff, SessionStore } from './sessions';
import { findStaffCredentials, totpRequiredFor, verifyDecoyPassword, verifyPassword } from './staff';
import { consumeTotp } from './totp';

/** Why a login was refused, as the API's problem codes say it. */
export type LoginFailureCode = 'INVALID_CREDENTIALS' | 'TOTP_REQUIRED' | 'TOTP_INVALID' | 'TOO_MANY_ATTEMPTS';

export type LoginResult =
  | { ok: true; staff: SessionStaff; token: string; csrfToken: string; expiresAt: Date }
  | { ok: false; code: LoginFailureCode; retryAfterSeconds?: number };

/** One login attempt with where it came from, for throttling and the audit log. */
export interface LoginAttempt {
  username: string;
  password: string;
  totp?: string;
  sourceIp: string;
  userAgent?: string;
  requestId?: string;
}

/**
 * Staff login: throttling, then password (argon2id), then TOTP where the account has or needs it, then a new
 * session. An unknown username and a wrong password get the same answer in about the same time. Every outcome
 * is an audit entry; every failure counts towards the throttle, a missing TOTP code too (it tells a password
 * guesser they were right, so it must not be free).
 */
export async function logIn(db: Db, sessions: SessionStore, attempt: LoginAttempt): Promise<LoginResult> {
  const username = attempt.username.trim().toLowerCase();
  const { sourceIp } = attempt;
  const requestId = attempt.requestId ?? null;
  const now = sessions.clock();

  const throttle = await checkLoginThrottle(db, username, sourceIp, now);
  if (throttle.throttled) {
    await recordAudit(db, {
      actor: 'anonymous',
      action: 'auth.login.throttled',
      entityType: 'Staff',
      reason: `too many failed logins for this ${throttle.scope}`,
      after: { username, retryAfterSeconds: throttle.retryAfterSeconds },
      requestId,
      sourceIp,
    });
    return { ok: false, code: 'TOO_MANY_ATTEMPTS', retryAfterSeconds: throttle.retryAfterSeconds };
  }

  const staff = await findStaffCredentials(db, username);
  const passwordOk = staff
    ? await verifyPassword(staff.passwordHash, attempt.password)
    : await verifyDecoyPassword(attempt.password);
  const fail = async (code: LoginFailureCode, why: string): Promise<LoginResult> => {
    await withTransaction(db, async (tx) => {
      await recordLoginAttempt(tx, { username, sourceIp, succeeded: false, outcome: code, at: now });
      await appendAuditEntry(tx, {
        actor: 'anonymous',
        action: 'auth.login.failed',
        entityType: 'Staff',
        entityId: staff?.staffId ?? null,
        reason: why,
        after: { username, code },
        requestId,
        sourceIp,
      });
    });
    return { ok: false, code };
  };
  if (!staff) return fail('INVALID_CREDENTIALS', 'unknown username');
  if (!passwordOk) return fail('INVALID_CREDENTIALS', 'wrong password');
  if (staff.disabled) return fail('INVALID_CREDENTIALS', 'account disabled');
  if (staff.totpSecret || totpRequiredFor(staff.roles)) {
    if (!staff.totpSecret) return fail('TOTP_REQUIRED', 'the roles require TOTP and none is enrolled');
    if (!attempt.totp) return fail('TOTP_REQUIRED', 'password right, TOTP code missing');
    const totp = await consumeTotp(db, { staffId: staff.staffId, totpSecret: staff.totpSecret }, attempt.totp, +now);
    if (totp !== 'OK') return fail('TOTP_INVALID', totp === 'REPLAYED' ? 'TOTP code already used' : 'wrong TOTP code');
  }

  return withTransaction(db, async (tx) => {
    await recordLoginAttempt(tx, { username, sourceIp, succeeded: true, outcome: 'OK', at: now });
    const session = await sessions.create(tx, staff.staffId, { sourceIp, userAgent: attempt.userAgent });
    await appendAuditEntry(tx, {
      actor: staff.staffId,
      action: 'auth.login.succeeded',
      entityType: 'Staff',
      entityId: staff.staffId,
      after: { username, roles: staff.roles, sessionExpiresAt: session.expiresAt.toISOString() },
      requestId,
      sourceIp,
    });
    const { staffId, displayName, roles, totpEnabled } = staff;
    return { ok: true, staff: { staffId, username, displayName, roles, totpEnabled }, ...session };
  });
}
