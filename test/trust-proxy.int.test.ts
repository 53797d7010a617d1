import { randomUUID } from 'node:crypto';
import { DEMO_PASSWORD } from '../domain/admin/demo-staff';
import { startTestApp } from './support/test-app';

// TRUST_PROXY on the real app and Postgres: behind a proxy that terminates TLS the staff cookie is Secure and the
// audit log records the client's address; without it, X-Forwarded-* are a client's own claims and change nothing.
// Signs in as a demo user without TOTP (seeded by the stack), through the API only.

let direct: Awaited<ReturnType<typeof startTestApp>>;
let behindProxy: Awaited<ReturnType<typeof startTestApp>>;
beforeAll(async () => {
  [direct, behindProxy] = await Promise.all([startTestApp(), startTestApp({ trustProxy: 1 })]);
});
afterAll(() => Promise.all([direct.close(), behindProxy.close()]));

/** Signs in through `app` as the proxy would forward it, and answers the cookie and the audited address. */
async function signInVia(app: typeof direct, clientAddress: string) {
  const requestId = randomUUID();
  const reply = await fetch(`${app.url}/api/auth/login`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      'x-request-id': requestId,
      'x-forwarded-for': clientAddress,
      'x-forwarded-proto': 'https',
    },
    body: JSON.stringify({ username: 'cs-agent-1', password: DEMO_PASSWORD }),
  });
  expect(reply.status).toBe(200);
  const cookie = reply.headers.getSetCookie().find((c) => c.startsWith('bo_session='));
  const { rows } = await app.db.query<{ sourceIp: string | null }>(
    `SELECT source_ip AS "sourceIp" FROM audit_log WHERE request_id = $1 AND action = 'auth.login.succeeded'`,
    [requestId],
  );
  return { cookie, auditedAddress: rows[0]?.sourceIp };
}

it('behind a trusted proxy: a Secure cookie, and the audit log names the client', async () => {
  const { cookie, auditedAddress } = await signInVia(behindProxy, '203.0.113.45');
  expect(cookie).toMatch(/; Secure$/);
  expect(auditedAddress).toBe('203.0.113.45');
});

it('without TRUST_PROXY: forwarded headers are ignored, the cookie is not Secure over plain HTTP', async () => {
  const { cookie, auditedAddress } = await signInVia(direct, '203.0.113.46');
  expect(cookie).not.toMatch(/Secure/);
  expect(auditedAddress).toBe('127.0.0.1');
});
