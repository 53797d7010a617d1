import { loadConfig } from '../platform/config';
import { createPool, type Db } from '../platform/db';
import { api, newPlayer, requestPayment, waitForStatus } from './support/payments-client';
import { loginAs } from './support/staff-login';

// The approval queue pages and searches on the server, and summarises the whole queue whatever the page.
let db: Db;

beforeAll(() => {
  db = createPool(loadConfig().databaseUrl, 3);
});
afterAll(() => db.end());

it('pages a player’s queued withdrawals oldest first and counts them all', async () => {
  const officer = await loginAs(db, 'queue-reader', ['compliance_officer']);
  const playerId = await newPlayer(db, { fundsMinor: 100_000 });
  const ids: string[] = [];
  for (const amountMinor of [1_100, 1_200, 1_300]) {
    const reply = await requestPayment('withdrawals', playerId, { amountMinor });
    ids.push(reply.json.id as string);
    await waitForStatus(db, reply.json.id as string, 'AWAITING_APPROVAL');
  }

  const first = await api('GET', `/api/payments/withdrawals/queue?q=${playerId}&limit=2`, undefined, officer.headers);
  const second = await api(
    'GET',
    `/api/payments/withdrawals/queue?q=${playerId}&limit=2&offset=2`,
    undefined,
    officer.headers,
  );

  expect(first.status).toBe(200);
  expect(first.json).toMatchObject({ total: 3, limit: 2, offset: 0 });
  expect(first.json.items.map((w: { paymentId: string }) => w.paymentId)).toEqual(ids.slice(0, 2));
  expect(second.json.items.map((w: { paymentId: string }) => w.paymentId)).toEqual(ids.slice(2));
  expect(first.json.summary.awaiting).toBeGreaterThanOrEqual(3);
  const bad = await api(
    'GET',
    `/api/payments/withdrawals/queue?q=${encodeURIComponent("x' OR 1=1")}`,
    undefined,
    officer.headers,
  );
  expect(bad.status).toBe(400);

  for (const id of ids) {
    await api('POST', `/api/payments/withdrawals/${id}/reject`, { reason: 'test clean-up' }, officer.headers);
  }
});
