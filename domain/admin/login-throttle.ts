import type { Queryable } from '../../platform/db';

/** Failed logins are counted over this window. */
export const LOGIN_THROTTLE_WINDOW_MS = 15 * 60 * 1000;
/** Failures per username (since its last success) that lock it for the rest of the window. */
export const MAX_FAILURES_PER_USERNAME = 5;
/** Failures per source address (since its last success) that lock it, against spraying many usernames. */
export const MAX_FAILURES_PER_SOURCE_IP = 20;

/** Whether a login may be tried now; when not, how long until it may. */
export type ThrottleVerdict = { throttled: false } | { throttled: true; retryAfterSeconds: number; scope: string };

/**
 * The verdict from the limit-th most recent counted failure: while it is inside the window the limit is
 * reached, and the lock lifts when it leaves the window.
 */
export function throttleVerdict(nthFailureAt: Date | undefined, now: Date, scope: string): ThrottleVerdict {
  if (!nthFailureAt) return { throttled: false };
  const liftsAt = nthFailureAt.getTime() + LOGIN_THROTTLE_WINDOW_MS;
  if (liftsAt <= now.getTime()) return { throttled: false };
  return { throttled: true, retryAfterSeconds: Math.max(1, Math.ceil((liftsAt - now.getTime()) / 1000)), scope };
}

async function nthRecentFailureAt(
  db: Queryable,
  column: 'username' | 'source_ip',
  value: string,
  limit: number,
  now: Date,
) {
  // A success resets the count: an officer who mistypes now and then is never locked out by old mistakes.
  const { rows } = await db.query<{ at: Date }>(
    `SELECT at FROM login_attempts
     WHERE ${column} = $1 AND NOT succeeded AND at > $2::TIMESTAMPTZ - make_interval(secs => $3)
       AND at > COALESCE((SELECT max(at) FROM login_attempts WHERE ${column} = $1 AND succeeded), '-infinity')
     ORDER BY at DESC OFFSET $4 LIMIT 1`,
    [value, now, LOGIN_THROTTLE_WINDOW_MS / 1000, limit - 1],
  );
  return rows[0]?.at;
}

/** Whether a login for `username` from `sourceIp` is throttled now (by username first, then by address). */
export async function checkLoginThrottle(
  db: Queryable,
  username: string,
  sourceIp: string,
  now = new Date(),
): Promise<ThrottleVerdict> {
  const byUsername = throttleVerdict(
    await nthRecentFailureAt(db, 'username', username, MAX_FAILURES_PER_USERNAME, now),
    now,
    'username',
  );
  if (byUsername.throttled) return byUsername;
  return throttleVerdict(
    await nthRecentFailureAt(db, 'source_ip', sourceIp, MAX_FAILURES_PER_SOURCE_IP, now),
    now,
    'source address',
  );
}

/** Records a login attempt; throttled attempts are not recorded, so a lock lifts on time however often it is hit. */
export async function recordLoginAttempt(
  db: Queryable,
  attempt: { username: string; sourceIp: string; succeeded: boolean; outcome: string; at?: Date },
): Promise<void> {
  await db.query(
    `INSERT INTO login_attempts (username, source_ip, succeeded, outcome, at) VALUES ($1, $2, $3, $4, $5)`,
    [attempt.username, attempt.sourceIp, attempt.succeeded, attempt.outcome, attempt.at ?? new Date()],
  );
}
