import { randomBytes, randomUUID } from 'node:crypto';
import { PersonalDataUnreadableError, PersonalDataVault } from '../../domain/wallet/player-personal-data';
import { loadConfig } from '../../platform/config';
import { LocalKeyProvider, localKeyId } from '../../platform/key-provider';
import { loadPersonalDataKeys } from '../../platform/personal-data-keys';
import { fetchApi } from '../../test/support/openapi-conformance';
import { bearer, newSubject, subjectTokenFor } from '../../test/support/player-tokens';
import { loginAs, type StaffLogin } from '../../test/support/staff-login';
import { startTestApp } from '../../test/support/test-app';

// Personal data at rest and the players list, on the real app and Postgres: what is stored, how staff find a
// player, what each role sees, and what the audit log records.

let app: Awaited<ReturnType<typeof startTestApp>>;
let officer: StaffLogin;
let agent: StaffLogin;
const vault = new PersonalDataVault(loadPersonalDataKeys(loadConfig()));

beforeAll(async () => {
  app = await startTestApp({ personalDataVault: vault });
  officer = await loginAs(app.db, 'pii-officer', ['compliance_officer'], app.url);
  agent = await loginAs(app.db, 'pii-agent', ['cs_agent'], app.url);
});
afterAll(() => app.close());

const send = async (method: string, path: string, body?: unknown, headers: Record<string, string> = {}) => {
  const response = await fetchApi(`${app.url}${path}`, {
    method,
    headers: { 'content-type': 'application/json', ...headers },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return { status: response.status, json: (await response.json()) as Record<string, unknown> & { items?: never[] } };
};

/** A player with personal data no other test run has: a unique family name and email. */
function newcomer() {
  const tag = randomUUID().slice(0, 8);
  return {
    brand: 'luckyspin',
    jurisdiction: 'GB',
    currency: 'GBP',
    dateOfBirth: '1988-07-14',
    givenName: 'Zoë',
    familyName: `Kowalczyk-${tag}`,
    email: `zoe.${tag}@example.org`,
    phone: '+447700900123',
    address: { lines: ['221B Baker Street', 'Flat 2'], city: 'London', postcode: 'NW1 6XE', country: 'GB' },
  };
}

async function register(registration: ReturnType<typeof newcomer>): Promise<string> {
  const created = await send('POST', '/player/v1/players', registration, bearer(await subjectTokenFor(newSubject())));
  expect(created.status).toBe(201);
  return created.json.playerId as string;
}

const ids = (page: { json: { items?: { playerId: string }[] } }) => (page.json.items ?? []).map((p) => p.playerId);

it('keeps no clear text of any personal field in the database', async () => {
  const registration = newcomer();
  const playerId = await register(registration);
  const { rows } = await app.db.query<{ row: string }>(
    `SELECT row_to_json(d)::TEXT AS row FROM player_personal_data d WHERE player_id = $1`,
    [playerId],
  );
  expect(rows).toHaveLength(1);
  // Every column as text (bytea as hex) and as raw bytes: no field's value, nor its lower-cased form, is in either.
  const { rows: raw } = await app.db.query<{ bytes: Buffer }>(
    `SELECT convert_to(row_to_json(d)::TEXT, 'UTF8') || COALESCE(given_name, '') || COALESCE(family_name, '') ||
            COALESCE(email, '') || COALESCE(phone, '') || COALESCE(address, '') AS bytes
     FROM player_personal_data d WHERE player_id = $1`,
    [playerId],
  );
  const haystack = `${rows[0]!.row}\n${raw[0]!.bytes.toString('latin1')}\n${raw[0]!.bytes.toString('utf8')}`;
  const { address, givenName, familyName, email, phone } = registration;
  for (const value of [givenName, familyName, email, phone, ...address.lines, address.city, address.postcode]) {
    expect({ value, found: haystack.includes(value) || haystack.toLowerCase().includes(value.toLowerCase()) }).toEqual({
      value,
      found: false,
    });
  }
});

it('finds a player by email in any case, by full or family name without accents, and by player id', async () => {
  const registration = newcomer();
  const playerId = await register(registration);
  await register(newcomer());
  const search = (query: string, filters = '') =>
    send('GET', `/api/players?query=${encodeURIComponent(query)}${filters}`, undefined, agent.headers);
  expect(ids(await search(registration.email.toUpperCase()))).toEqual([playerId]);
  expect(ids(await search(`zoe ${registration.familyName.toLowerCase()}`))).toEqual([playerId]);
  expect(ids(await search(registration.familyName))).toEqual([playerId]);
  expect(ids(await search(playerId))).toEqual([playerId]);
  expect(ids(await search(registration.familyName, '&status=BLOCKED'))).toEqual([]);
  expect(ids(await search(registration.familyName, '&brand=luckyspin&jurisdiction=GB&status=ACTIVE'))).toEqual([
    playerId,
  ]);
  expect(ids(await search('zoe@nowhere.example'))).toEqual([]);
  // The list shows whom it found, masked.
  const [found] = (await search(registration.email)).json.items as unknown as Record<string, unknown>[];
  expect(found).toMatchObject({
    playerId,
    status: 'ACTIVE',
    personalData: { givenName: 'Z***', familyName: 'K***', email: 'z***@e***.org', phone: '***23' },
  });
});

it('pages through the list with a cursor, newest first, without repeating or skipping a player', async () => {
  const brand = `pii-${randomUUID().slice(0, 8)}`;
  const registered: string[] = [];
  for (let i = 0; i < 5; i += 1) registered.push(await register({ ...newcomer(), brand }));
  const seen: string[] = [];
  let cursor: string | null = '';
  while (cursor !== null) {
    const page = await send(
      'GET',
      `/api/players?brand=${brand}&limit=2${cursor ? `&cursor=${cursor}` : ''}`,
      undefined,
      agent.headers,
    );
    expect(page.status).toBe(200);
    seen.push(...ids(page));
    cursor = page.json.nextCursor as string | null;
  }
  expect(seen).toEqual([...registered].reverse());
  expect((await send('GET', '/api/players?cursor=bm90LWEtY3Vyc29y', undefined, agent.headers)).status).toBe(400);
});

it('masks personal data in the player 360 for every role, and refuses the reveal to roles without the right', async () => {
  const playerId = await register(newcomer());
  for (const staff of [agent, officer]) {
    const overview = await send('GET', `/api/players/${playerId}/overview`, undefined, staff.headers);
    expect(overview.json).toMatchObject({
      player: { dateOfBirth: '****-**-**' },
      personalData: { givenName: 'Z***', address: { lines: ['***'], city: '***', postcode: '***', country: 'GB' } },
    });
  }
  const refused = await send('GET', `/api/players/${playerId}/personal-data`, undefined, agent.headers);
  expect(refused).toMatchObject({ status: 403, json: { code: 'FORBIDDEN' } });
  const { rows } = await app.db.query(
    `SELECT 1 FROM audit_log WHERE action = 'player.personal_data.read' AND entity_id = $1`,
    [playerId],
  );
  expect(rows).toEqual([]);
});

it('reveals personal data to a role with the right, and audits who read whose fields when', async () => {
  const registration = newcomer();
  const playerId = await register(registration);
  const before = new Date();
  const revealed = await send('GET', `/api/players/${playerId}/personal-data`, undefined, officer.headers);
  expect(revealed.status).toBe(200);
  const { brand: _b, jurisdiction: _j, currency: _c, ...personal } = registration;
  expect(revealed.json).toEqual(personal);
  const { rows } = await app.db.query(
    `SELECT actor, entity_type, after, at FROM audit_log WHERE action = 'player.personal_data.read' AND entity_id = $1`,
    [playerId],
  );
  expect(rows).toEqual([
    {
      actor: officer.staffId,
      entity_type: 'Player',
      after: { fields: ['dateOfBirth', 'givenName', 'familyName', 'email', 'phone', 'address'] },
      at: expect.any(Date),
    },
  ]);
  expect((rows[0] as { at: Date }).at.getTime()).toBeGreaterThanOrEqual(before.getTime() - 1000);
});

it('refuses to decrypt a tampered field, a field swapped between players, and a data key swapped between players', async () => {
  const [a, b, c] = [await register(newcomer()), await register(newcomer()), await register(newcomer())];
  expect((await vault.read(app.db, [a])).get(a)?.email).toMatch(/@example\.org$/);
  // A flipped bit in A's email.
  await app.db.query(
    `UPDATE player_personal_data SET email = set_byte(email, length(email) - 1, get_byte(email, length(email) - 1) # 1)
     WHERE player_id = $1`,
    [a],
  );
  // B's email replaced by C's (a valid ciphertext of the same field, under C's key and C's id).
  await app.db.query(
    `UPDATE player_personal_data SET email = (SELECT email FROM player_personal_data WHERE player_id = $2)
     WHERE player_id = $1`,
    [b, c],
  );
  // C's wrapped data key and every field copied onto a fourth player: the key is bound to C's id.
  const d = await register(newcomer());
  await app.db.query(
    `UPDATE player_personal_data t SET master_key_id = s.master_key_id, wrapped_data_key = s.wrapped_data_key,
       given_name = s.given_name, family_name = s.family_name, email = s.email, phone = s.phone, address = s.address
     FROM player_personal_data s WHERE s.player_id = $2 AND t.player_id = $1`,
    [d, c],
  );
  for (const playerId of [a, b, d]) {
    await expect(vault.read(app.db, [playerId])).rejects.toBeInstanceOf(PersonalDataUnreadableError);
    // The players list names the player as unreadable instead of failing (a 500 would hide every other player).
    const listed = await send('GET', `/api/players?query=${playerId}`, undefined, officer.headers);
    expect(listed.status).toBe(200);
    expect(listed.json.items).toEqual([
      expect.objectContaining({ playerId, personalData: null, personalDataUnreadable: true }),
    ]);
  }
  expect((await vault.read(app.db, [c])).get(c)?.givenName).toBe('Zoë');
  const readable = await send('GET', `/api/players?query=${c}`, undefined, officer.headers);
  expect(readable.json.items).toEqual([expect.objectContaining({ playerId: c, personalDataUnreadable: false })]);
});

it('refuses malformed personal data at registration, naming the field, writing nothing', async () => {
  const brand = `pii-${randomUUID().slice(0, 8)}`;
  for (const [change, field] of [
    [{ email: 'zoe-at-example.org' }, 'body.email'],
    [{ phone: '07700 900123' }, 'body.phone'],
    [{ address: { lines: ['1 High St'], city: 'London', postcode: 'N1', country: 'UK' } }, 'body.address.country'],
  ] as const) {
    const token = await subjectTokenFor(newSubject());
    const reply = await send('POST', '/player/v1/players', { ...newcomer(), brand, ...change }, bearer(token));
    expect(reply.status).toBe(400);
    expect((reply.json.errors as { field: string }[]).map((e) => e.field)).toContain(field);
  }
  const { rows } = await app.db.query('SELECT count(*)::INT AS n FROM players WHERE brand = $1', [brand]);
  expect(rows[0].n).toBe(0);
});

it('rewraps data keys with a new master key, after which the retired one is no longer needed', async () => {
  const [oldMaster, newMaster, indexKey] = [randomBytes(32), randomBytes(32), randomBytes(32)];
  const before = new PersonalDataVault({ keyProvider: new LocalKeyProvider([oldMaster]), blindIndexKey: indexKey });
  const playerId = await register(newcomer());
  // This player's data sealed under the old master key, as before the rotation; other players' rows (under the
  // stack's key, which these providers do not hold) are left alone.
  await app.db.query('DELETE FROM player_personal_data WHERE player_id = $1', [playerId]);
  await before.store(app.db, playerId, { givenName: 'Ada', email: 'ada@example.org' });

  const rotating = new PersonalDataVault({
    keyProvider: new LocalKeyProvider([newMaster, oldMaster]),
    blindIndexKey: indexKey,
  });
  let rewrapped = 0;
  for (let batch = await rotating.rewrapRetiredDataKeys(app.db, 50); batch > 0;) {
    rewrapped += batch;
    batch = await rotating.rewrapRetiredDataKeys(app.db, 50);
  }
  expect(rewrapped).toBeGreaterThanOrEqual(1);
  expect((await rotating.dataKeysByMasterKey(app.db))[localKeyId(oldMaster)] ?? 0).toBe(0);
  const after = new PersonalDataVault({ keyProvider: new LocalKeyProvider([newMaster]), blindIndexKey: indexKey });
  expect((await after.read(app.db, [playerId])).get(playerId)).toEqual({ givenName: 'Ada', email: 'ada@example.org' });
  // Sealed under keys only this test held: left behind, it would be a player no screen of the stack can read.
  await app.db.query('DELETE FROM player_personal_data WHERE player_id = $1', [playerId]);
});
