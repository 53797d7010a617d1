import { createHash } from 'node:crypto';
import type { StaffRole } from '../../contracts/admin';
import { demoStaff, DEMO_PASSWORD } from '../../domain/admin/demo-staff';
import { totpRequiredFor, upsertStaff } from '../../domain/admin/staff';
import { totpCode, totpCounterAt } from '../../domain/admin/totp';
import type { Queryable } from '../../platform/db';
import { fetchApi } from './openapi-conformance';
import { apiUrl } from './run-probe';

/** The password of every staff member the tests create. */
export const TEST_STAFF_PASSWORD = 'test-password-0001';

/** A logged-in staff member: the headers `api()` needs (session cookie, CSRF token) and who they are. */
export interface StaffLogin {
  staffId: string;
  username: string;
  roles: StaffRole[];
  totpSecret: string | null;
  csrfToken: string;
  cookie: string;
  headers: { cookie: string; 'x-csrf-token': string };
}

const base32 = (bytes: Buffer) => {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
  let bits = '';
  for (const byte of bytes) bits += byte.toString(2).padStart(8, '0');
  return (bits.match(/.{5}/g) ?? []).map((chunk) => alphabet[parseInt(chunk, 2)]).join('');
};

/** A test user's TOTP secret: derived from the username, so every test process computes the same one. */
export const testTotpSecret = (username: string) => base32(createHash('sha1').update(`test-totp:${username}`).digest());

/** The test users' usernames carry this prefix, so they never collide with the demo users. */
const testUsername = (name: string) => `test-${name}`;

/**
 * A TOTP code for the staff member that the API has not seen yet: codes are single-use (RFC 6238 5.2), so after
 * a login the next code is the next time step's, which the API accepts one step early. Waits when even that one
 * is spent.
 */
export async function freshTotpCode(db: Queryable, staffId: string, secret: string): Promise<string> {
  for (;;) {
    const { rows } = await db.query<{ last: number | null }>(
      'SELECT totp_last_counter AS last FROM staff_users WHERE staff_id = $1',
      [staffId],
    );
    const now = Date.now();
    const current = totpCounterAt(now);
    const counter = Math.max(current, (rows[0]?.last ?? -1) + 1);
    if (counter <= current + 1) return totpCode(secret, counter * 30_000 + 1);
    await new Promise((r) => setTimeout(r, (counter - 1) * 30_000 - now + 200));
  }
}

async function postLogin(baseUrl: string, body: Record<string, string>) {
  const response = await fetchApi(`${baseUrl}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  const json = (await response.json()) as Record<string, unknown>;
  const cookie = response.headers
    .getSetCookie()
    .map((c) => c.split(';')[0]!)
    .find((c) => c.startsWith('bo_session='));
  return { status: response.status, json, cookie };
}

/**
 * Logs in through `POST /api/auth/login` as `username`, with a TOTP code when the account has a secret; retries
 * when another test process spent the same code a moment earlier.
 */
export async function logInWith(
  db: Queryable,
  member: { staffId: string; username: string; roles: StaffRole[]; totpSecret: string | null; password: string },
  baseUrl = apiUrl,
): Promise<StaffLogin> {
  for (let attempt = 1; ; attempt += 1) {
    const totp = member.totpSecret ? await freshTotpCode(db, member.staffId, member.totpSecret) : undefined;
    const reply = await postLogin(baseUrl, {
      username: member.username,
      password: member.password,
      ...(totp ? { totp } : {}),
    });
    if (reply.status === 200 && reply.cookie) {
      const csrfToken = reply.json.csrfToken as string;
      const { password: _password, ...who } = member;
      return { ...who, csrfToken, cookie: reply.cookie, headers: { cookie: reply.cookie, 'x-csrf-token': csrfToken } };
    }
    if (reply.json.code !== 'TOTP_INVALID' || attempt >= 5) {
      throw new Error(`login as ${member.username} answered ${reply.status}: ${JSON.stringify(reply.json)}`);
    }
  }
}

/**
 * Creates (or resets) the test staff member `test-<name>` with exactly `roles`, a known password and, where the
 * roles need one, a TOTP secret; then logs in as them. Each call opens a new session.
 */
export async function loginAs(db: Queryable, name: string, roles: StaffRole[], baseUrl = apiUrl): Promise<StaffLogin> {
  const username = testUsername(name);
  const totpSecret = totpRequiredFor(roles) ? testTotpSecret(username) : null;
  const staff = await upsertStaff(db, {
    username,
    displayName: `Test ${name}`,
    roles,
    password: TEST_STAFF_PASSWORD,
    totpSecret,
  });
  return logInWith(db, { staffId: staff.staffId, username, roles, totpSecret, password: TEST_STAFF_PASSWORD }, baseUrl);
}

/** Logs in as one of the demo users the stack seeded (`compliance-officer-1`, `admin-1`, ...). */
export async function loginAsDemo(db: Queryable, username: string, baseUrl = apiUrl): Promise<StaffLogin> {
  const member = demoStaff.find((m) => m.username === username);
  if (!member) throw new Error(`no demo user ${username}`);
  const { rows } = await db.query<{ staffId: string }>(
    'SELECT staff_id AS "staffId" FROM staff_users WHERE username = $1',
    [username],
  );
  if (!rows[0]) throw new Error(`demo user ${username} is not seeded: start the local stack`);
  return logInWith(
    db,
    { ...member, staffId: rows[0].staffId, totpSecret: member.totpSecret ?? null, password: DEMO_PASSWORD },
    baseUrl,
  );
}

/** A fresh step-up code for a logged-in staff member (four-eyes approvals). */
export function stepUpCode(db: Queryable, login: StaffLogin): Promise<string> {
  if (!login.totpSecret) throw new Error(`${login.username} has no TOTP secret`);
  return freshTotpCode(db, login.staffId, login.totpSecret);
}
