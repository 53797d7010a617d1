import { randomUUID } from 'node:crypto';
import { sessionHashOf } from '../domain/admin/sessions';
import { totpCode } from '../domain/admin/totp';
import { fetchApi } from './support/openapi-conformance';
import { loginAs, TEST_STAFF_PASSWORD, testTotpSecret, type StaffLogin } from './support/staff-login';
import type { Reply } from './support/payments-client';
import { startTestApp } from './support/test-app';

// Staff login and sessions on the real app and Postgres: credentials, TOTP, throttling, CSRF, timeouts, logout,
// and the audit entry every authentication decision leaves.
let server: Awaited<ReturnType<typeof startTestApp>>;
beforeAll(async () => {
  server = await startTestApp();
});
afterAll(() => server.close());

async function send(method: string, path: string, body?: unknown, headers: Record<string, string> = {}) {
  const response = await fetchApi(`${server.url}${path}`, {
    method,
    headers: { 'content-type': 'application/json', ...headers },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  return {
    status: response.status,
    headers: response.headers,
    json: (text ? JSON.parse(text) : {}) as Reply['json'],
  };
}
const login = (body: Record<string, string>) => send('POST', '/api/auth/login', body);

/** The audit entries of one request, by its request id. */
async function auditOfRequest(requestId: string | null) {
  const { rows } = await server.db.query(
    `SELECT actor, action, entity_id AS "entityId", reason, after FROM audit_log WHERE request_id = $1`,
    [requestId],
  );
  return rows;
}

/** A staff member created and logged out again, so tests can log in as they please. */
async function freshStaff(roles: Parameters<typeof loginAs>[2], name = `login-${randomUUID().slice(0, 8)}`) {
  return loginAs(server.db, name, roles, server.url);
}

describe('login', () => {
  it('refuses a wrong password and an unknown username alike, and audits both', async () => {
    const agent = await freshStaff(['cs_agent']);
    const wrong = await login({ username: agent.username, password: 'not-the-password' });
    const unknown = await login({ username: `nobody-${randomUUID()}`, password: 'whatever-it-is' });

    for (const reply of [wrong, unknown]) {
      expect(reply.status).toBe(401);
      expect(reply.headers.get('content-type')).toMatch(/^application\/problem\+json/);
      expect(reply.json).toMatchObject({ code: 'INVALID_CREDENTIALS', detail: 'wrong username or password' });
      expect(reply.headers.get('set-cookie')).toBeNull();
    }
    expect(await auditOfRequest(wrong.headers.get('x-request-id'))).toEqual([
      {
        actor: 'anonymous',
        action: 'auth.login.failed',
        entityId: agent.staffId,
        reason: 'wrong password',
        after: { username: agent.username, code: 'INVALID_CREDENTIALS' },
      },
    ]);
    expect(await auditOfRequest(unknown.headers.get('x-request-id'))).toMatchObject([
      { actor: 'anonymous', action: 'auth.login.failed', entityId: null, reason: 'unknown username' },
    ]);
  });

  it('sets an HttpOnly, SameSite=Strict session cookie and answers the session, rules and CSRF token', async () => {
    const agent = await freshStaff(['cs_agent']);
    const reply = await login({ username: agent.username, password: TEST_STAFF_PASSWORD });

    expect(reply.status).toBe(200);
    expect(reply.headers.get('set-cookie')).toMatch(/^bo_session=[\w-]{43}; Path=\/; HttpOnly; SameSite=Strict$/);
    expect(reply.json).toMatchObject({
      staff: { staffId: agent.staffId, username: agent.username, roles: ['cs_agent'], totpEnabled: false },
      csrfToken: expect.stringMatching(/^[\w-]{43}$/),
      idleTimeoutSeconds: 1800,
    });
    expect(reply.json.rules).toContainEqual({ action: 'create', subject: 'Withdrawal' });
    expect(await auditOfRequest(reply.headers.get('x-request-id'))).toMatchObject([
      { actor: agent.staffId, action: 'auth.login.succeeded', entityId: agent.staffId },
    ]);
    const session = await send('GET', '/api/auth/session', undefined, agent.headers);
    expect(session).toMatchObject({
      status: 200,
      json: { staff: { staffId: agent.staffId }, csrfToken: agent.csrfToken },
    });
  });

  it('requires a TOTP code from a compliance officer, and takes each code once', async () => {
    const officer = await freshStaff(['compliance_officer']);
    const secret = testTotpSecret(officer.username);
    const password = { username: officer.username, password: TEST_STAFF_PASSWORD };

    expect((await login(password)).json).toMatchObject({ status: 401, code: 'TOTP_REQUIRED' });
    expect(
      (await login({ ...password, totp: '000000' === totpCode(secret) ? '111111' : '000000' })).json,
    ).toMatchObject({
      status: 401,
      code: 'TOTP_INVALID',
    });
    // The code for the next time step: the current one was spent by the helper's own login.
    const code = totpCode(secret, Date.now() + 30_000);
    expect((await login({ ...password, totp: code })).status).toBe(200);
    expect((await login({ ...password, totp: code })).json).toMatchObject({ status: 401, code: 'TOTP_INVALID' });
  });

  it('throttles a username after 5 failures with 429 and Retry-After, even for the right password', async () => {
    const agent = await freshStaff(['cs_agent']);
    for (let i = 0; i < 5; i += 1) {
      expect((await login({ username: agent.username, password: `wrong-${i}` })).status).toBe(401);
    }
    const throttled = await login({ username: agent.username, password: TEST_STAFF_PASSWORD });

    expect(throttled.status).toBe(429);
    expect(throttled.json).toMatchObject({ code: 'TOO_MANY_ATTEMPTS' });
    const retryAfter = Number(throttled.headers.get('retry-after'));
    expect(retryAfter).toBeGreaterThan(800);
    expect(retryAfter).toBeLessThanOrEqual(900);
    expect(await auditOfRequest(throttled.headers.get('x-request-id'))).toMatchObject([
      { actor: 'anonymous', action: 'auth.login.throttled', after: { username: agent.username } },
    ]);
    // Throttling a username does not lock anyone else out.
    const other = await freshStaff(['cs_agent']);
    expect((await login({ username: other.username, password: TEST_STAFF_PASSWORD })).status).toBe(200);
  });
});

describe('sessions', () => {
  let agent: StaffLogin;
  beforeEach(async () => {
    agent = await freshStaff(['payments_ops']);
  });
  const tokenOf = (who: StaffLogin) => who.cookie.slice('bo_session='.length);

  it('answers 401 NO_SESSION without a cookie or with an unknown one', async () => {
    expect((await send('GET', '/api/auth/session')).json).toMatchObject({ status: 401, code: 'NO_SESSION' });
    const forged = await send('GET', '/api/payments', undefined, { cookie: `bo_session=${randomUUID()}` });
    expect(forged.json).toMatchObject({ status: 401, code: 'NO_SESSION' });
  });

  it('refuses a write without the CSRF token, or with another session’s, with 403 CSRF', async () => {
    const other = await freshStaff(['payments_ops']);
    const body = { psp: 'paywallet', from: '2020-01-02T00:00:00Z', to: '2020-01-01T00:00:00Z' };
    const none = await send('POST', '/api/payments/reconciliations', body, { cookie: agent.cookie });
    const foreign = await send('POST', '/api/payments/reconciliations', body, {
      cookie: agent.cookie,
      'x-csrf-token': other.csrfToken,
    });
    const right = await send('POST', '/api/payments/reconciliations', body, agent.headers);

    expect(none.json).toMatchObject({ status: 403, code: 'CSRF' });
    expect(foreign.json).toMatchObject({ status: 403, code: 'CSRF' });
    expect(right.status).toBe(400); // past the CSRF check, refused for its backwards window
    expect((await send('GET', '/api/payments?limit=1', undefined, { cookie: agent.cookie })).status).toBe(200);
  });

  it('expires after 30 minutes idle with 401 SESSION_EXPIRED', async () => {
    await server.db.query(
      `UPDATE staff_sessions SET last_seen_at = now() - interval '31 minutes' WHERE session_hash = $1`,
      [sessionHashOf(tokenOf(agent))],
    );
    expect((await send('GET', '/api/payments?limit=1', undefined, agent.headers)).json).toMatchObject({
      status: 401,
      code: 'SESSION_EXPIRED',
    });
  });

  it('expires 12 hours after login however active, with 401 SESSION_EXPIRED', async () => {
    await server.db.query(
      `UPDATE staff_sessions SET created_at = now() - interval '12 hours', expires_at = now() - interval '1 second',
              last_seen_at = now() WHERE session_hash = $1`,
      [sessionHashOf(tokenOf(agent))],
    );
    expect((await send('GET', '/api/auth/session', undefined, agent.headers)).json).toMatchObject({
      status: 401,
      code: 'SESSION_EXPIRED',
    });
  });

  it('ends at logout: the cookie is cleared, the session revoked, the logout audited', async () => {
    expect((await send('POST', '/api/auth/logout', undefined, { cookie: agent.cookie })).json).toMatchObject({
      code: 'CSRF',
    });
    const logout = await send('POST', '/api/auth/logout', undefined, agent.headers);

    expect(logout.status).toBe(204);
    expect(logout.headers.get('set-cookie')).toMatch(/^bo_session=; Path=\/; HttpOnly; SameSite=Strict; Max-Age=0/);
    expect((await send('GET', '/api/auth/session', undefined, agent.headers)).json).toMatchObject({
      status: 401,
      code: 'NO_SESSION',
    });
    expect(await auditOfRequest(logout.headers.get('x-request-id'))).toMatchObject([
      { actor: agent.staffId, action: 'auth.logout', entityId: agent.staffId },
    ]);
  });
});

describe('staff administration', () => {
  it('creates staff (with TOTP enrolment where the roles need it), changes roles, and disabling ends sessions', async () => {
    const admin = await freshStaff(['admin']);
    const username = `new-officer-${randomUUID().slice(0, 8)}`;
    const created = await send(
      'POST',
      '/api/staff',
      { username, displayName: 'New Officer', roles: ['compliance_officer'], password: 'a-long-enough-password' },
      admin.headers,
    );
    expect(created.status).toBe(201);
    expect(created.json).toMatchObject({
      staff: { username, roles: ['compliance_officer'], totpEnabled: true, disabled: false },
      totpProvisioningUri: expect.stringMatching(/^otpauth:\/\/totp\/.*secret=[A-Z2-7]{32}/),
    });
    expect(JSON.stringify(created.json)).not.toMatch(/argon2/);
    const again = await send(
      'POST',
      '/api/staff',
      { username, displayName: 'Twin', roles: ['cs_agent'], password: 'a-long-enough-password' },
      admin.headers,
    );
    expect(again.json).toMatchObject({ status: 409, code: 'USERNAME_TAKEN' });

    const agent = await freshStaff(['cs_agent']);
    const promoted = await send(
      'PUT',
      `/api/staff/${agent.staffId}`,
      { roles: ['cs_agent', 'risk_analyst'] },
      admin.headers,
    );
    expect(promoted.json).toMatchObject({ staff: { roles: ['cs_agent', 'risk_analyst'] } });
    // Roles are read at every request: the new role applies to the session already open.
    expect((await send('GET', '/api/audit?limit=1', undefined, agent.headers)).status).toBe(200);

    const disabled = await send(
      'PUT',
      `/api/staff/${agent.staffId}`,
      { disabled: true, reason: 'left' },
      admin.headers,
    );
    expect(disabled.json).toMatchObject({ staff: { disabled: true } });
    expect((await send('GET', '/api/auth/session', undefined, agent.headers)).json).toMatchObject({
      code: 'NO_SESSION',
    });
    expect((await login({ username: agent.username, password: TEST_STAFF_PASSWORD })).json).toMatchObject({
      code: 'INVALID_CREDENTIALS',
    });
    expect(await auditOfRequest(disabled.headers.get('x-request-id'))).toMatchObject([
      { actor: admin.staffId, action: 'staff.update', entityId: agent.staffId, reason: 'left' },
    ]);

    const selfLockout = await send('PUT', `/api/staff/${admin.staffId}`, { disabled: true }, admin.headers);
    expect(selfLockout.json).toMatchObject({ status: 422, code: 'CANNOT_LOCK_OUT_SELF' });
  });

  it('lists enabled colleagues by role for any staff member, and refuses an unknown role with 400', async () => {
    const agent = await freshStaff(['cs_agent']);
    const analyst = await freshStaff(['risk_analyst']);
    const leaver = await freshStaff(['risk_analyst']);
    await server.db.query(`UPDATE staff_users SET disabled = TRUE WHERE staff_id = $1`, [leaver.staffId]);

    const analysts = await send('GET', '/api/staff/colleagues?role=risk_analyst', undefined, agent.headers);
    expect(analysts.status).toBe(200);
    const items = (analysts.json as { items: { staffId: string; roles: string[] }[] }).items;
    expect(items.map((c) => c.staffId)).toContain(analyst.staffId);
    expect(items.map((c) => c.staffId)).not.toContain(leaver.staffId);
    expect(items.map((c) => c.staffId)).not.toContain(agent.staffId);
    expect(items.every((c) => c.roles.includes('risk_analyst'))).toBe(true);
    expect(JSON.stringify(analysts.json)).not.toMatch(/argon2|totp/i);

    const unknown = await send('GET', '/api/staff/colleagues?role=croupier', undefined, agent.headers);
    expect(unknown.status).toBe(400);
    expect(unknown.headers.get('content-type')).toMatch(/application\/problem\+json/);
  });
});
