import { loadConfig } from '../../platform/config';
import { createPool, type Db } from '../../platform/db';
import { SESSION_ABSOLUTE_TIMEOUT_MS, SESSION_IDLE_TIMEOUT_MS, SessionStore } from './sessions';
import { upsertStaff } from './staff';

// The session store with a clock of the test's own: idle and absolute timeouts without waiting for them.
let db: Db;
let staffId: string;
beforeAll(async () => {
  db = createPool(loadConfig().databaseUrl, 2);
  ({ staffId } = await upsertStaff(db, {
    username: 'test-session-clock',
    displayName: 'Session clock',
    roles: ['cs_agent'],
    password: 'test-password-0001',
    totpSecret: null,
  }));
});
afterAll(() => db.end());

function storeAt(start: Date) {
  let now = start.getTime();
  const store = new SessionStore(db, () => new Date(now));
  return { store, advance: (ms: number) => (now += ms) };
}

const minutes = (n: number) => n * 60_000;

it('stays valid while used within the idle timeout, and expires after it', async () => {
  const { store, advance } = storeAt(new Date());
  const { token } = await store.create(db, staffId, { sourceIp: '127.0.0.1' });
  for (let i = 0; i < 5; i += 1) {
    advance(SESSION_IDLE_TIMEOUT_MS - minutes(1));
    expect(await store.check(token)).toMatchObject({ status: 'VALID', staff: { staffId } });
  }
  advance(SESSION_IDLE_TIMEOUT_MS);
  expect(await store.check(token)).toEqual({ status: 'SESSION_EXPIRED' });
});

it('expires at the absolute timeout however active', async () => {
  const { store, advance } = storeAt(new Date());
  const { token, expiresAt } = await store.create(db, staffId, { sourceIp: '127.0.0.1' });
  let elapsed = 0;
  while (elapsed + minutes(20) < SESSION_ABSOLUTE_TIMEOUT_MS) {
    advance(minutes(20));
    elapsed += minutes(20);
    expect((await store.check(token)).status).toBe('VALID');
  }
  advance(SESSION_ABSOLUTE_TIMEOUT_MS - elapsed);
  expect(await store.check(token)).toEqual({ status: 'SESSION_EXPIRED' });
  expect(expiresAt.getTime() - elapsed).toBeLessThanOrEqual(Date.now() + SESSION_ABSOLUTE_TIMEOUT_MS);
});

it('knows no session for a missing, unknown or revoked token', async () => {
  const { store } = storeAt(new Date());
  const { token } = await store.create(db, staffId, { sourceIp: '127.0.0.1' });
  const check = await store.check(token);
  expect(check.status).toBe('VALID');
  await store.revoke(check.status === 'VALID' ? check.sessionHash : '');
  expect(await store.check(token)).toEqual({ status: 'NO_SESSION' });
  expect(await store.check(undefined)).toEqual({ status: 'NO_SESSION' });
  expect(await store.check('not-a-token')).toEqual({ status: 'NO_SESSION' });
});
