import { randomUUID } from 'node:crypto';
import { RgRefusal } from '../contracts/rg';
import { marketingAllowed } from '../domain/rg/marketing';
import { schemeDepositRefusal } from '../domain/rg/schemes/scheme-gate';
import { PersonalDataVault } from '../domain/wallet/player-personal-data';
import { playerIdOfSubject, playerRegistrationSchema, registerPlayer } from '../domain/wallet/players';
import { loadConfig } from '../platform/config';
import { createPool, type Db } from '../platform/db';
import { loadPersonalDataKeys } from '../platform/personal-data-keys';
import { api } from './support/payments-client';
import { bearer, newSubject, subjectTokenFor } from './support/player-tokens';
import { loginAs, type StaffLogin } from './support/staff-login';

// The national self-exclusion schemes on the real stack (issue 16 item 3): the simulator in the psp-simulator
// process plays GAMSTOP (GB); the API checks a registration against it, the deposit gate and marketing ask it for a
// registered player. A listed person is not registered and gets no marketing; a scheme that does not answer fails
// closed for registration (503, retryable) and for deposits, and every check is recorded with its tries.

const config = loadConfig();
const vault = new PersonalDataVault(loadPersonalDataKeys(config));
let db: Db;
let officer: StaffLogin;

beforeAll(async () => {
  db = createPool(config.databaseUrl, 3);
  officer = await loginAs(db, 'rg-schemes-officer', ['rg_officer']);
});
afterAll(async () => {
  await setGamstopFaults({ down: false, latencyMs: 0 });
  await db.end();
});

const schemes = async (method: string, path: string, body?: unknown) => {
  const response = await fetch(`${config.nationalSchemesUrl}${path}`, {
    method,
    headers: { 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (!response.ok) throw new Error(`national schemes ${method} ${path} answered ${response.status}`);
  return response.json() as Promise<Record<string, unknown>>;
};
const setGamstopFaults = (faults: { down?: boolean; latencyMs?: number }) =>
  schemes('PUT', '/control/gamstop/faults', faults);

/** A person of this test: a unique name and email, a GB postcode. */
const person = () => {
  const tag = randomUUID().slice(0, 8);
  return {
    givenName: `Gam${tag}`,
    familyName: 'Stopper',
    email: `gam.${tag}@example.com`,
    dateOfBirth: '1988-04-12',
    postcode: 'SW1A 1AA',
  };
};

const registration = (p: ReturnType<typeof person>) => ({
  brand: 'luckyspin',
  jurisdiction: 'GB',
  currency: 'GBP',
  dateOfBirth: p.dateOfBirth,
  givenName: p.givenName,
  familyName: p.familyName,
  email: p.email,
  address: { lines: ['1 High St'], city: 'London', postcode: p.postcode, country: 'GB' },
});

const registerThroughApi = async (p: ReturnType<typeof person>, subject = newSubject()) => ({
  subject,
  reply: await api('POST', '/player/v1/players', registration(p), bearer(await subjectTokenFor(subject))),
});

test('a person GAMSTOP lists is not registered; an unlisted one is, with the check on the record', async () => {
  const listed = person();
  await schemes('POST', '/control/gamstop/people', { ...listed, status: 'EXCLUDED' });

  const refused = await registerThroughApi(listed);
  expect(refused.reply.status).toBe(403);
  expect(refused.reply.json.code).toBe(RgRefusal.NATIONALLY_EXCLUDED);
  expect(await playerIdOfSubject(db, refused.subject)).toBeUndefined();
  const { rows: refusedChecks } = await db.query(
    `SELECT scheme, purpose, answer, scheme_answer, attempts FROM rg_scheme_checks WHERE subject = $1`,
    [refused.subject],
  );
  expect(refusedChecks).toEqual([
    { scheme: 'GAMSTOP', purpose: 'REGISTRATION', answer: 'LISTED', scheme_answer: 'Y', attempts: 1 },
  ]);

  const clear = await registerThroughApi(person());
  expect(clear.reply.status).toBe(201);
  const checks = await api(
    'GET',
    `/api/players/${clear.reply.json.playerId}/rg/scheme-checks`,
    undefined,
    officer.headers,
  );
  expect(checks.status).toBe(200);
  expect(checks.json.items).toEqual([
    expect.objectContaining({ scheme: 'GAMSTOP', purpose: 'REGISTRATION', answer: 'NOT_LISTED', schemeAnswer: 'N' }),
  ]);
  const { rows: audited } = await db.query(
    `SELECT actor FROM audit_log WHERE action = 'rg.scheme-check' AND entity_id = $1`,
    [checks.json.items[0].checkId],
  );
  expect(audited).toEqual([{ actor: `subject:${clear.subject}` }]);
});

test('a GAMSTOP outage fails closed: registration answers 503 after retries, a deposit is refused', async () => {
  const p = person();
  const { playerId } = await registerPlayer(db, playerRegistrationSchema.parse(registration(p)), {
    subject: newSubject(),
    vault,
  });
  await setGamstopFaults({ down: true });
  try {
    const { subject, reply } = await registerThroughApi(person());
    expect(reply.status).toBe(503);
    expect(reply.json).toMatchObject({ code: RgRefusal.NATIONAL_SCHEME_UNAVAILABLE, retryAfterSeconds: 30 });
    expect(await playerIdOfSubject(db, subject)).toBeUndefined();
    const { rows } = await db.query(`SELECT answer, attempts, error FROM rg_scheme_checks WHERE subject = $1`, [
      subject,
    ]);
    expect(rows).toEqual([{ answer: 'UNAVAILABLE', attempts: 3, error: expect.stringContaining('503') }]);

    expect(await schemeDepositRefusal(db, playerId)).toBe(RgRefusal.NATIONAL_SCHEME_UNAVAILABLE);
    expect(await marketingAllowed(db, playerId)).toEqual({ allowed: false, reason: 'NATIONAL_SCHEME_UNAVAILABLE' });
  } finally {
    await setGamstopFaults({ down: false });
  }
  // Back up: the same player's deposit goes ahead.
  expect(await schemeDepositRefusal(db, playerId)).toBeUndefined();
});

test('a player GAMSTOP lists after registration gets no marketing and no deposit', async () => {
  const p = person();
  const { playerId } = await registerPlayer(db, playerRegistrationSchema.parse(registration(p)), {
    subject: newSubject(),
    vault,
  });
  expect(await marketingAllowed(db, playerId)).toEqual({ allowed: true });

  await schemes('POST', '/control/gamstop/people', { ...p, status: 'EXCLUDED' });
  expect(await marketingAllowed(db, playerId)).toEqual({ allowed: false, reason: RgRefusal.NATIONALLY_EXCLUDED });
  expect(await schemeDepositRefusal(db, playerId)).toBe(RgRefusal.NATIONALLY_EXCLUDED);
  const { rows } = await db.query(
    `SELECT purpose, answer FROM rg_scheme_checks WHERE player_id = $1 ORDER BY checked_at, check_id`,
    [playerId],
  );
  expect(rows).toEqual([
    { purpose: 'MARKETING', answer: 'NOT_LISTED' },
    { purpose: 'MARKETING', answer: 'LISTED' },
    { purpose: 'DEPOSIT', answer: 'LISTED' },
  ]);
});

test('a previous GAMSTOP exclusion (P) does not refuse registration, and the answer is recorded', async () => {
  const before = person();
  await schemes('POST', '/control/gamstop/people', { ...before, status: 'ENDED' });
  const { subject, reply } = await registerThroughApi(before);
  expect(reply.status).toBe(201);
  const { rows } = await db.query(`SELECT answer, scheme_answer FROM rg_scheme_checks WHERE subject = $1`, [subject]);
  expect(rows).toEqual([{ answer: 'PREVIOUSLY_LISTED', scheme_answer: 'P' }]);
});
