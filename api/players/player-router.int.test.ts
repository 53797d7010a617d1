import { fetchApi } from '../../test/support/openapi-conformance';
import { loginAs } from '../../test/support/staff-login';
import { startTestApp } from '../../test/support/test-app';

// The player API and the back-office status route, on the real app and Postgres.
let app: Awaited<ReturnType<typeof startTestApp>>;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app.close());

const send = (method: string, path: string, body?: unknown, headers: Record<string, string> = {}) =>
  fetchApi(`${app.url}${path}`, {
    method,
    headers: { 'content-type': 'application/json', ...headers },
    body: body === undefined ? undefined : JSON.stringify(body),
  });

const registration = { brand: 'luckyspin', jurisdiction: 'GB', currency: 'GBP', dateOfBirth: '1992-02-29' };

describe('player API', () => {
  it('registers a player with an empty wallet in their currency', async () => {
    const created = await send('POST', '/player/v1/players', registration);
    expect(created.status).toBe(201);
    const player = (await created.json()) as { playerId: string };
    expect(created.headers.get('location')).toBe(`/player/v1/players/${player.playerId}`);
    const read = await (await send('GET', `/player/v1/players/${player.playerId}`)).json();
    expect(read).toMatchObject({
      ...registration,
      status: 'ACTIVE',
      wallet: { currency: 'GBP', cashMinor: 0, bonusMinor: 0, withdrawalPendingMinor: 0, playableMinor: 0 },
    });
  });

  it.each([
    ['an under-age player', { dateOfBirth: new Date().toISOString().slice(0, 10) }, 'body.dateOfBirth'],
    ['an impossible date', { dateOfBirth: '1990-02-30' }, 'body.dateOfBirth'],
    ['an unknown currency', { currency: 'BTC' }, 'body.currency'],
    ['a lower-case jurisdiction', { jurisdiction: 'gb' }, 'body.jurisdiction'],
    ['an unexpected field', { vip: true }, 'body'],
  ])('refuses %s with a 400 naming the field, writing nothing', async (_name, change, field) => {
    const before = await app.db.query('SELECT count(*)::INT AS n FROM players');
    const response = await send('POST', '/player/v1/players', { ...registration, ...change });
    expect(response.status).toBe(400);
    expect(response.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    const problem = (await response.json()) as { errors: { field: string }[] };
    expect(problem.errors.map((e) => e.field)).toContain(field);
    const after = await app.db.query('SELECT count(*)::INT AS n FROM players');
    expect(after.rows[0].n).toBe(before.rows[0].n);
  });

  it('answers 404 for an unknown player and 400 for a malformed id', async () => {
    expect((await send('GET', '/player/v1/players/pl_01KAAAAAAAAAAAAAAAAAAAAAAA')).status).toBe(404);
    expect((await send('GET', '/player/v1/players/42')).status).toBe(400);
  });
});

describe('back office: player status', () => {
  it('blocks a player, audited with before and after, and refuses an unknown status', async () => {
    const officer = await loginAs(app.db, 'players-officer', ['compliance_officer'], app.url);
    const { playerId } = (await (await send('POST', '/player/v1/players', registration)).json()) as {
      playerId: string;
    };
    const change = { status: 'BLOCKED', reason: 'chargeback fraud suspected' };
    const blocked = await send('PUT', `/api/players/${playerId}/status`, change, officer.headers);
    expect(blocked.status).toBe(200);
    expect(await blocked.json()).toMatchObject({ playerId, status: 'BLOCKED' });
    const { rows } = await app.db.query(
      `SELECT actor, reason, before, after, request_id, source_ip FROM audit_log
       WHERE action = 'player.status.update' AND entity_id = $1`,
      [playerId],
    );
    expect(rows).toEqual([
      {
        actor: officer.staffId,
        reason: change.reason,
        before: { status: 'ACTIVE' },
        after: { status: 'BLOCKED' },
        request_id: blocked.headers.get('x-request-id'),
        source_ip: '127.0.0.1',
      },
    ]);
    const invalid = await send('PUT', `/api/players/${playerId}/status`, { status: 'BANISHED' }, officer.headers);
    expect(invalid.status).toBe(400);
  });

  it('is refused without a session, and to roles that may not change it', async () => {
    const agent = await loginAs(app.db, 'players-agent', ['cs_agent'], app.url);
    const path = '/api/players/pl_01KAAAAAAAAAAAAAAAAAAAAAAA/status';
    expect((await send('PUT', path, { status: 'BLOCKED' })).status).toBe(401);
    expect((await send('PUT', path, { status: 'BLOCKED' }, agent.headers)).status).toBe(403);
  });
});
