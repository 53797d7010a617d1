import { Router } from 'express';
import { z } from 'zod';
import { defineAbilitiesFor } from '../../domain/admin/abilities';
import { SESSION_IDLE_TIMEOUT_MS, type SessionStaff, type SessionStore } from '../../domain/admin/sessions';
import { logIn } from '../../domain/admin/staff-login';
import type { Db } from '../../platform/db';
import { HttpProblemError, parseOrThrow } from '../../platform/http-errors';
import {
  auditOf,
  clearedSessionCookie,
  currentSessionOf,
  requireCsrf,
  requireSession,
  sessionCookie,
  sourceIpOf,
  staffOf,
} from './access-control';

export const loginBody = z
  .object({
    username: z.string().trim().min(1).max(100),
    password: z.string().min(1).max(256),
    totp: z.string().trim().max(12).optional(),
  })
  .strict();

/** Why a sign-in is refused, with its one HTTP status. */
export const loginRefusal = {
  INVALID_CREDENTIALS: { status: 401, detail: 'wrong username or password' },
  TOTP_REQUIRED: { status: 401, detail: 'this account signs in with a TOTP code as well' },
  TOTP_INVALID: { status: 401, detail: 'the TOTP code is wrong, or was already used: wait for the next one' },
  TOO_MANY_ATTEMPTS: { status: 429, detail: 'too many failed sign-ins: wait before trying again' },
} as const;

/** What login and the session endpoint answer: who, their CASL rules for the UI, and the CSRF token for writes. */
function sessionBody(staff: SessionStaff, csrfToken: string, expiresAt: Date) {
  return {
    staff,
    csrfToken,
    rules: defineAbilitiesFor(staff).rules,
    idleTimeoutSeconds: SESSION_IDLE_TIMEOUT_MS / 1000,
    expiresAt: expiresAt.toISOString(),
  };
}

/** Staff login, the current session, and logout. Login is the one back-office route without a session or CSRF token. */
export function createAuthRouter(deps: { db: Db; sessions: SessionStore }): Router {
  const router = Router();

  router.post('/login', async (req, res) => {
    const { totp, ...credentials } = parseOrThrow(loginBody, req.body ?? {});
    const result = await logIn(deps.db, deps.sessions, {
      ...credentials,
      totp: totp || undefined,
      sourceIp: sourceIpOf(req),
      userAgent: req.header('user-agent'),
      requestId: res.locals.requestId as string | undefined,
    });
    if (!result.ok) {
      const refusal = loginRefusal[result.code];
      if (result.retryAfterSeconds) res.setHeader('Retry-After', String(result.retryAfterSeconds));
      throw new HttpProblemError(
        refusal.status,
        refusal.status === 429 ? 'Too Many Requests' : 'Unauthorized',
        refusal.detail,
        {
          code: result.code,
          ...(result.retryAfterSeconds ? { retryAfterSeconds: result.retryAfterSeconds } : {}),
        },
      );
    }
    res.setHeader('Set-Cookie', sessionCookie(result.token, req.secure));
    res.json(sessionBody(result.staff, result.csrfToken, result.expiresAt));
  });

  const session = requireSession(deps);

  router.get('/session', session, (_req, res) => {
    const { csrfToken, expiresAt } = currentSessionOf(res);
    res.json(sessionBody(staffOf(res), csrfToken, expiresAt));
  });

  router.post('/logout', session, requireCsrf, async (req, res) => {
    await deps.sessions.revoke(currentSessionOf(res).sessionHash);
    await auditOf(res)({ action: 'auth.logout', entityType: 'Staff', entityId: staffOf(res).staffId });
    res.setHeader('Set-Cookie', clearedSessionCookie(req.secure));
    res.status(204).end();
  });

  return router;
}
