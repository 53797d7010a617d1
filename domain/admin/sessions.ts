import { createHash, randomBytes } from 'node:crypto';
import type { Queryable } from '../../platform/db';
import type { StaffRole } from '../../contracts/admin';

/** A session ends after this long without a request. */
export const SESSION_IDLE_TIMEOUT_MS = 30 * 60 * 1000;
/** A session ends this long after login, however active. */
export const SESSION_ABSOLUTE_TIMEOUT_MS = 12 * 60 * 60 * 1000;
/** Activity is written at most this often per session: the idle timeout needs no finer grain. */
const TOUCH_INTERVAL_MS = 15 * 1000;

/** The stored form of a session token: its SHA-256, so the table alone opens no session. */
export const sessionHashOf = (token: string) => createHash('sha256').update(token).digest('hex');
const randomToken = () => randomBytes(32).toString('base64url');

/** Who a valid session belongs to, as every request sees them (roles read afresh each time). */
export interface SessionStaff {
  staffId: string;
  username: string;
  displayName: string;
  roles: StaffRole[];
  totpEnabled: boolean;
}

/** What a session token is worth now. */
export type SessionCheck =
  | { status: 'VALID'; sessionHash: string; csrfToken: string; staff: SessionStaff; expiresAt: Date }
  | { status: 'NO_SESSION' }
  | { status: 'SESSION_EXPIRED' };

export type Clock = () => Date;

/**
 * Staff sessions in Postgres: an opaque random token in the cookie, its hash and a CSRF token in the table, an
 * idle and an absolute timeout. The clock is injectable so timeouts can be tested without waiting.
 */
export class SessionStore {
  constructor(
    private readonly db: Queryable,
    readonly clock: Clock = () => new Date(),
  ) {}

  /** Opens a session for `staffId` (in the caller's transaction, next to the login's audit entry). */
  async create(
    tx: Queryable,
    staffId: string,
    meta: { sourceIp: string; userAgent?: string },
  ): Promise<{ token: string; csrfToken: string; expiresAt: Date }> {
    const token = randomToken();
    const csrfToken = randomToken();
    const now = this.clock();
    const expiresAt = new Date(now.getTime() + SESSION_ABSOLUTE_TIMEOUT_MS);
    await tx.query(
      `INSERT INTO staff_sessions (session_hash, staff_id, csrf_token, source_ip, user_agent, created_at, last_seen_at,
                                   expires_at)
       VALUES ($1, $2, $3, $4, $5, $6, $6, $7)`,
      [sessionHashOf(token), staffId, csrfToken, meta.sourceIp, meta.userAgent?.slice(0, 500) ?? null, now, expiresAt],
    );
    return { token, csrfToken, expiresAt };
  }

  /** Checks a token and records the activity; a disabled staff member's sessions are no sessions. */
  async check(token: string | undefined): Promise<SessionCheck> {
    if (!token) return { status: 'NO_SESSION' };
    const sessionHash = sessionHashOf(token);
    const { rows } = await this.db.query<
      SessionStaff & { csrfToken: string; lastSeenAt: Date; expiresAt: Date; revoked: boolean; disabled: boolean }
    >(
      `SELECT s.csrf_token AS "csrfToken", s.last_seen_at AS "lastSeenAt", s.expires_at AS "expiresAt",
              s.revoked_at IS NOT NULL AS revoked, u.disabled, u.staff_id AS "staffId", u.username,
              u.display_name AS "displayName", u.roles, u.totp_secret IS NOT NULL AS "totpEnabled"
       FROM staff_sessions s JOIN staff_users u USING (staff_id) WHERE s.session_hash = $1`,
      [sessionHash],
    );
    const row = rows[0];
    if (!row || row.revoked || row.disabled) return { status: 'NO_SESSION' };
    const now = this.clock();
    if (now >= row.expiresAt || now.getTime() - row.lastSeenAt.getTime() >= SESSION_IDLE_TIMEOUT_MS) {
      return { status: 'SESSION_EXPIRED' };
    }
    if (now.getTime() - row.lastSeenAt.getTime() >= TOUCH_INTERVAL_MS) {
      await this.db.query(`UPDATE staff_sessions SET last_seen_at = $2 WHERE session_hash = $1`, [sessionHash, now]);
    }
    const { staffId, username, displayName, roles, totpEnabled } = row;
    return {
      status: 'VALID',
      sessionHash,
      csrfToken: row.csrfToken,
      staff: { staffId, username, displayName, roles, totpEnabled },
      expiresAt: row.expiresAt,
    };
  }

  /** Ends one session (logout). */
  async revoke(sessionHash: string): Promise<void> {
    await this.db.query(`UPDATE staff_sessions SET revoked_at = $2 WHERE session_hash = $1 AND revoked_at IS NULL`, [
      sessionHash,
      this.clock(),
    ]);
  }
}

/** Ends every open session of a staff member (they were disabled). */
export async function revokeSessionsOf(tx: Queryable, staffId: string): Promise<number> {
  const { rowCount } = await tx.query(
    `UPDATE staff_sessions SET revoked_at = now() WHERE staff_id = $1 AND revoked_at IS NULL`,
    [staffId],
  );
  return rowCount ?? 0;
}
