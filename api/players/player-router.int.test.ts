import { fetchApi } from '../../test/support/openapi-conformance';
import { bearer, newSubject, subjectTokenFor } from '../../test/support/player-tokens';
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

/** A new subject's token, and its registration through the API. */
async function registered() {
  const auth = bearer(await subjectTokenFor(newSubject()));
  const created = await send('POST', '/player/v1/players', registration, auth);
  expect(created.status).toBe(201);
  const { playerId } = (await created.json()) as { playerId: string };
  return { playerId, auth };
}

describe('player API', () => {
  it("registers the token's subject as a player with an empty wallet in their currency", async () => {
    const subject = newSubject();
    const auth = bearer(await subjectTokenFor(subject));
    const created = await send('POST', '/player/v1/players', registration, auth);
    expect(created.status).toBe(201);
    const player = (await created.json()) as { playerId: string };
    expect(created.headers.get('location')).toBe(`/player/v1/players/${player.playerId}`);
    const read = await (await send('GET', `/player/v1/players/${player.playerId}`, undefined, auth)).json();
    expect(read).toMatchObject({
      ...registration,
      status: 'ACTIVE',
      wallet: { currency: 'GBP', cashMinor: 0, bonusMinor: 0, withdrawalPendingMinor: 0, playableMinor: 0 },
    });
    expect(await (await send('GET', '/player/v1/players/me', undefined, auth)).json()).toEqual(read);
    const { rows } = await app.db.query('SELECT subject FROM players WHERE player_id = $1', [player.playerId]);
    expect(rows).toEqual([{ subject }]);
  });

  it('answers a second registration of the same subject with 409 naming its player, and registers nothing', async () => {
    const { playerId, auth } = await registered();
    const before = await app.db.query('SELECT count(*)::INT AS n FROM players');
    const again = await send('POST', '/player/v1/players', registration, auth);
    expect(again.status).toBe(409);
    expect(again.headers.get('location')).toBe(`/player/v1/players/${playerId}`);
    expect(await again.json()).toMatchObject({ code: 'SUBJECT_ALREADY_REGISTERED', playerId });
    const after = await app.db.query('SELECT count(*)::INT AS n FROM players');
    expect(after.rows[0].n).toBe(before.rows[0].n);
  });

  it('registers one player when one subject registers twice at once', async () => {
    const subject = newSubject();
    const auth = bearer(await subjectTokenFor(subject));
    const answers = await Promise.all([1, 2, 3].map(() => send('POST', '/player/v1/players', registration, auth)));
    expect(answers.map((a) => a.status).sort()).toEqual([201, 409, 409]);
    const { rows } = await app.db.query('SELECT count(*)::INT AS n FROM players WHERE subject = $1', [subject]);
    expect(rows[0].n).toBe(1);
  });

  it.each([
    ['no Authorization header', {}],
    ['another scheme', { authorization: 'Basic dXNlcjpwYXNz' }],
    ['a token that is not a JWT', { authorization: 'Bearer not-a-token' }],
  ])('answers %s with 401 INVALID_TOKEN and a Bearer challenge', async (_name, headers) => {
    for (const [method, path] of [
      ['POST', '/player/v1/players'],
      ['GET', '/player/v1/players/me'],
    ] as const) {
      const response = await send(method, path, method === 'POST' ? registration : undefined, headers);
      expect(response.status).toBe(401);
      expect(response.headers.get('www-authenticate')).toMatch(/^Bearer realm="player-api", error="invalid_token"/);
      expect(await response.json()).toMatchObject({ code: 'INVALID_TOKEN' });
    }
  });

  it('answers 401 to an expired token', async () => {
    const { playerId } = await registered();
    const subject = (await app.db.query('SELECT subject FROM players WHERE player_id = $1', [playerId])).rows[0]
      .subject as string;
    const expired = bearer(await subjectTokenFor(subject, { ttlSeconds: -120 }));
    const response = await send('GET', `/player/v1/players/${playerId}`, undefined, expired);
    expect(response.status).toBe(401);
    expect(await response.json()).toMatchObject({ code: 'INVALID_TOKEN', detail: 'the token has expired' });
  });

  it('answers 403 PLAYER_NOT_REGISTERED to a valid token whose subject has not registered', async () => {
    const response = await send('GET', '/player/v1/players/me', undefined, bearer(await subjectTokenFor(newSubject())));
    expect(response.status).toBe(403);
    expect(await response.json()).toMatchObject({ code: 'PLAYER_NOT_REGISTERED' });
  });

  it.each([
    ['an under-age player', { dateOfBirth: new Date().toISOString().slice(0, 10) }, 'body.dateOfBirth'],
    ['an impossible date', { dateOfBirth: '1990-02-30' }, 'body.dateOfBirth'],
    ['an unknown currency', { currency: 'BTC' }, 'body.currency'],
    ['a lower-case jurisdiction', { jurisdiction: 'gb' }, 'body.jurisdiction'],
    ['an unexpected field', { vip: true }, 'body'],
  ])('refuses %s with a 400 naming the field, writing nothing', async (_name, change, field) => {
    const before = await app.db.query('SELECT count(*)::INT AS n FROM players');
    const auth = bearer(await subjectTokenFor(newSubject()));
    const response = await send('POST', '/player/v1/players', { ...registration, ...change }, auth);
    expect(response.status).toBe(400);
    expect(response.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    const problem = (await response.json()) as { errors: { field: string }[] };
    expect(problem.errors.map((e) => e.field)).toContain(field);
    const after = await app.db.query('SELECT count(*)::INT AS n FROM players');
    expect(after.rows[0].n).toBe(before.rows[0].n);
  });

  it('answers 404 for an unknown player and for another player, alike, and 400 for a malformed id', async () => {
    const { auth } = await registered();
    const other = await registered();
    const unknown = await send('GET', '/player/v1/players/pl_01KAAAAAAAAAAAAAAAAAAAAAAA', undefined, auth);
    const someoneElse = await send('GET', `/player/v1/players/${other.playerId}`, undefined, auth);
    expect([unknown.status, someoneElse.status]).toEqual([404, 404]);
    const [a, b] = [(await unknown.json()) as object, (await someoneElse.json()) as object];
    expect(Object.keys(a).sort()).toEqual(Object.keys(b).sort());
    expect(b).toMatchObject({ code: 'NOT_FOUND', detail: `No player ${other.playerId}` });
    expect((await send('GET', '/player/v1/players/42', undefined, auth)).status).toBe(400);
  });
});

describe('back office: player status', () => {
  it('blocks a player, audited with before and after, and refuses an unknown status', async () => {
    const officer = await loginAs(app.db, 'players-officer', ['compliance_officer'], app.url);
    const { playerId } = await registered();
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
