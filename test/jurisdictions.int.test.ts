import { listJurisdictionPolicies } from '../domain/jurisdictions/registry';
import { fetchApi } from './support/openapi-conformance';
import { loginAs } from './support/staff-login';
import { startTestApp } from './support/test-app';

// The jurisdiction rules as staff read them (GET /api/jurisdictions) on the real app and Postgres: the registry
// as it is, with the regulation of every value, for a role that may read it; 403 problem+json, audited, for one
// that may not. test/back-office-permissions.int.test.ts holds the route to its table for every role.
let server: Awaited<ReturnType<typeof startTestApp>>;
beforeAll(async () => {
  server = await startTestApp();
});
afterAll(() => server.close());

const readRules = (headers: Record<string, string>) =>
  fetchApi(`${server.url}/api/jurisdictions`, { headers: { accept: 'application/json', ...headers } });

it('answers a compliance officer every jurisdiction with the regulation of each rule, the default last', async () => {
  const officer = await loginAs(server.db, 'jurisdictions-officer', ['compliance_officer'], server.url);
  const reply = await readRules(officer.headers);
  expect(reply.status).toBe(200);
  expect(reply.headers.get('content-type')).toMatch(/^application\/json/);
  const { items } = (await reply.json()) as { items: ReturnType<typeof listJurisdictionPolicies> };

  // Exactly the registry, through JSON.
  expect(items).toEqual(JSON.parse(JSON.stringify(listJurisdictionPolicies())));
  expect(items.map((p) => p.code)).toEqual(['GB', 'MT', 'SE', 'DE', '*']);
  const gb = items[0]!;
  expect(gb.reverseWithdrawalAllowed).toMatchObject({ value: false, source: expect.stringContaining('UKGC') });
  expect(gb.financialVulnerabilityCheck.value).toEqual({
    netDeposits: { amountMinor: 15_000, currency: 'GBP' },
    rollingDays: 30,
  });
  expect(gb.stakeCaps.map((cap) => [cap.product, cap.fromAgeYears, cap.toAgeYears, cap.maxStake.amountMinor])).toEqual([
    ['SLOTS', 18, 24, 200],
    ['SLOTS', 25, null, 500],
  ]);
});

it('answers 401 without a session and 403 problem+json, audited, to a role that may not read the rules', async () => {
  expect((await readRules({})).status).toBe(401);

  const agent = await loginAs(server.db, 'jurisdictions-agent', ['cs_agent'], server.url);
  const reply = await readRules(agent.headers);
  expect(reply.status).toBe(403);
  expect(reply.headers.get('content-type')).toMatch(/^application\/problem\+json/);
  const requestId = reply.headers.get('x-request-id');
  expect(await reply.json()).toMatchObject({
    status: 403,
    title: 'Forbidden',
    code: 'FORBIDDEN',
    instance: '/api/jurisdictions',
    requestId,
  });

  const { rows } = await server.db.query(
    `SELECT actor, entity_type AS "entityType", after FROM audit_log
     WHERE action = 'access.denied' AND request_id = $1`,
    [requestId],
  );
  expect(rows).toEqual([
    {
      actor: agent.staffId,
      entityType: 'JurisdictionPolicy',
      after: { method: 'GET', path: '/api/jurisdictions', roles: ['cs_agent'] },
    },
  ]);
});
