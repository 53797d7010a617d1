import { randomUUID } from 'node:crypto';
import { recordTokenisedInstrument } from '../domain/payments/payment-instruments';
import { getDecisionContext } from '../domain/players/decision-context';
import { linkedPlayerCounts, linkedPlayersOf } from '../domain/players/linked-players';
import { creditDeposit } from '../domain/wallet/money-movements';
import { PersonalDataVault } from '../domain/wallet/player-personal-data';
import { postReservedWithdrawal, reserveWithdrawalFunds } from '../domain/wallet/withdrawal-reservations';
import { loadConfig } from '../platform/config';
import { loadPersonalDataKeys } from '../platform/personal-data-keys';
import { launchGame } from './support/game-sessions';
import { fetchApi } from './support/openapi-conformance';
import { newPlayer } from './support/payments-client';
import { bearer, newSubject, subjectTokenFor } from './support/player-tokens';
import { loginAs, type StaffLogin } from './support/staff-login';
import { startTestApp } from './support/test-app';
import { callWallet } from './support/wallet-client';

// The decision in context (issue 15 item 6) on the real database: players linked by a device, an address and a
// payment instrument; notes and tags (append-only, audited, by permission); and the money an officer reads beside
// a decision, exact to the cent from a seeded ledger.

let app: Awaited<ReturnType<typeof startTestApp>>;
let officer: StaffLogin;
let agent: StaffLogin;
let engineer: StaffLogin;
const config = loadConfig();
const vault = new PersonalDataVault(loadPersonalDataKeys(config));

beforeAll(async () => {
  app = await startTestApp();
  officer = await loginAs(app.db, 'context-officer', ['compliance_officer'], app.url);
  agent = await loginAs(app.db, 'context-agent', ['cs_agent'], app.url);
  engineer = await loginAs(app.db, 'context-engineer', ['engineer'], app.url);
});
afterAll(() => app.close());

const call = async (method: string, path: string, body?: unknown, headers: Record<string, string> = {}) => {
  const response = await fetchApi(`${app.url}${path}`, {
    method,
    headers: { 'content-type': 'application/json', ...headers },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  return { status: response.status, json: (text ? JSON.parse(text) : {}) as Record<string, any> }; // eslint-disable-line @typescript-eslint/no-explicit-any
};

/** Registers a player through the player API from a device, with a home address. */
async function registerFrom(deviceId: string | undefined, address: { lines: string[]; postcode: string }) {
  return call(
    'POST',
    '/player/v1/players',
    {
      brand: 'luckyspin',
      jurisdiction: 'MT',
      currency: 'EUR',
      dateOfBirth: '1990-04-01',
      givenName: 'Alex',
      familyName: `Linked-${randomUUID().slice(0, 8)}`,
      address: { ...address, city: 'Valletta', country: 'MT' },
    },
    { ...bearer(await subjectTokenFor(newSubject())), ...(deviceId ? { 'x-device-id': deviceId } : {}) },
  );
}

describe('linked players', () => {
  it('links two players on one device and at one address (however it is spelled); a third stays apart', async () => {
    const device = `dev-${randomUUID()}`;
    const street = `${Math.floor(Math.random() * 1e6)} Triq il-Kbira`;
    const postcode = `VLT ${Math.floor(Math.random() * 9000) + 1000}`;
    const first = await registerFrom(device, { lines: [street], postcode });
    const second = await registerFrom(device, {
      lines: [`  ${street.toUpperCase()},`],
      postcode: postcode.replace(' ', ''),
    });
    const third = await registerFrom(`dev-${randomUUID()}`, { lines: [`${street} Elsewhere`], postcode });
    expect([first.status, second.status, third.status]).toEqual([201, 201, 201]);
    const [a, b, c] = [first.json.playerId as string, second.json.playerId as string, third.json.playerId as string];

    expect(await linkedPlayerCounts(app.db, a)).toEqual({ byDevice: 1, byAddress: 1, byInstrument: 0 });
    expect(await linkedPlayerCounts(app.db, b)).toEqual({ byDevice: 1, byAddress: 1, byInstrument: 0 });
    expect(await linkedPlayerCounts(app.db, c)).toEqual({ byDevice: 0, byAddress: 0, byInstrument: 0 });
    expect(await linkedPlayersOf(app.db, a)).toEqual([
      { playerId: b, brand: 'luckyspin', status: 'ACTIVE', via: ['ADDRESS', 'DEVICE'] },
    ]);
    // The device is kept as a keyed hash only, once per player, counted per use.
    const { rows } = await app.db.query<{ playerId: string; uses: number; hash: Buffer }>(
      `SELECT player_id AS "playerId", uses, device_hash AS hash FROM player_devices WHERE player_id = ANY($1)`,
      [[a, b]],
    );
    expect(rows).toHaveLength(2);
    expect(rows.every((row) => !row.hash.toString('latin1').includes(device))).toBe(true);
  });

  it('refuses a malformed device id before anything is registered', async () => {
    const reply = await registerFrom('bad id with spaces', { lines: ['1 Any Street'], postcode: 'MSD 1000' });
    expect(reply.status).toBe(400);
    expect(reply.json.code).toBe('VALIDATION_FAILED');
  });

  it('links two players whose PSP tokenised one card for both', async () => {
    const owner = await newPlayer(app.db);
    const other = await newPlayer(app.db);
    const card = {
      token: `tok_${randomUUID()}`,
      kind: 'CARD' as const,
      cardBrand: 'VISA',
      cardLast4: '4242',
      canReceivePayouts: true,
    };
    await recordTokenisedInstrument(app.db, { playerId: owner, psp: 'cardpay', instrument: card });
    expect(await recordTokenisedInstrument(app.db, { playerId: other, psp: 'cardpay', instrument: card })).toBe(
      undefined,
    );
    expect(await linkedPlayerCounts(app.db, owner)).toMatchObject({ byInstrument: 1 });
    expect(await linkedPlayerCounts(app.db, other)).toMatchObject({ byInstrument: 1 });
    expect((await linkedPlayersOf(app.db, other)).map((l) => [l.playerId, l.via])).toEqual([[owner, ['INSTRUMENT']]]);
  });
});

describe('player notes and tags', () => {
  it('adds notes and tags, audited, lists them newest first, and never changes one', async () => {
    const playerId = await newPlayer(app.db);
    const added = await call(
      'POST',
      `/api/players/${playerId}/notes`,
      { body: 'Called the player: the deposits are his salary.', tags: ['Salary-Verified'] },
      officer.headers,
    );
    expect(added.status).toBe(201);
    expect(added.json).toMatchObject({ playerId, tags: ['salary-verified'], author: officer.staffId });
    const tagOnly = await call('POST', `/api/players/${playerId}/notes`, { tags: ['high-roller'] }, agent.headers);
    expect(tagOnly.status).toBe(201);
    expect(tagOnly.json.body).toBeNull();

    const notes = await call('GET', `/api/players/${playerId}/notes`, undefined, agent.headers);
    expect(notes.json.items.map((n: { noteId: string }) => n.noteId)).toEqual([tagOnly.json.noteId, added.json.noteId]);
    expect(notes.json.tags).toEqual(['high-roller', 'salary-verified']);

    const { rows: audit } = await app.db.query(
      `SELECT actor, after FROM audit_log WHERE action = 'player.note.add' AND entity_id = $1 ORDER BY audit_id`,
      [playerId],
    );
    expect(audit).toEqual([
      { actor: officer.staffId, after: { noteId: added.json.noteId, tags: ['salary-verified'], hasText: true } },
      { actor: agent.staffId, after: { noteId: tagOnly.json.noteId, tags: ['high-roller'], hasText: false } },
    ]);
    await expect(
      app.db.query(`UPDATE player_notes SET body = 'rewritten' WHERE player_id = $1`, [playerId]),
    ).rejects.toThrow(/append-only/);
    await expect(app.db.query(`DELETE FROM player_notes WHERE player_id = $1`, [playerId])).rejects.toThrow(
      /append-only/,
    );
  });

  it('refuses an empty note, and staff without the ability', async () => {
    const playerId = await newPlayer(app.db);
    expect((await call('POST', `/api/players/${playerId}/notes`, { tags: [] }, officer.headers)).status).toBe(400);
    const refused = await call('POST', `/api/players/${playerId}/notes`, { body: 'hello' }, engineer.headers);
    expect(refused.status).toBe(403);
    const unknown = await call(
      'POST',
      '/api/players/pl_01KAAAAAAAAAAAAAAAAAAAAAAA/notes',
      { body: 'x' },
      officer.headers,
    );
    expect(unknown.status).toBe(404);
    const { rows } = await app.db.query('SELECT count(*)::INT AS n FROM player_notes WHERE player_id = $1', [playerId]);
    expect(rows[0]).toEqual({ n: 0 });
  });
});

describe('the decision context', () => {
  const wallet = (operation: 'bet' | 'win' | 'rollback', body: Record<string, unknown>) =>
    callWallet(app.url, operation, body).then((reply) => {
      expect(reply.status).toBe(200);
      return reply;
    });

  it("gives a seeded player's deposits, withdrawals, turnover, net deposits and GGR exactly", async () => {
    const playerId = await newPlayer(app.db);
    const sessionToken = await launchGame(app.db, playerId);
    const round = () => ({
      playerId,
      currency: 'EUR',
      roundId: `round-${randomUUID()}`,
      gameId: 'starburst',
      sessionToken,
    });
    const deposit = (amountMinor: number) =>
      creditDeposit(app.db, {
        depositId: `ctx-${randomUUID()}`,
        playerId,
        psp: 'test-funding',
        amountMinor,
        currency: 'EUR',
      });

    await deposit(10_000);
    const first = round();
    await wallet('bet', { ...first, transactionId: `bet-${randomUUID()}`, amountMinor: 1_500 });
    await wallet('win', { ...first, transactionId: `win-${randomUUID()}`, amountMinor: 800, roundFinished: true });
    const rolledBack = { ...round(), transactionId: `bet-${randomUUID()}`, amountMinor: 500 };
    await wallet('bet', rolledBack);
    const { amountMinor: _stake, sessionToken: _token, ...rollbackFields } = rolledBack;
    await wallet('rollback', {
      ...rollbackFields,
      transactionId: `rb-${randomUUID()}`,
      referenceTransactionId: rolledBack.transactionId,
    });
    await deposit(5_000);
    const second = round();
    await wallet('bet', { ...second, transactionId: `bet-${randomUUID()}`, amountMinor: 2_000 });
    await wallet('win', { ...second, transactionId: `win-${randomUUID()}`, amountMinor: 300, roundFinished: true });
    const paid = `wd-ctx-${randomUUID()}`;
    await reserveWithdrawalFunds(app.db, { withdrawalId: paid, playerId, amountMinor: 4_000, currency: 'EUR' });
    await postReservedWithdrawal(app.db, { withdrawalId: paid, psp: 'instantbank' });
    await reserveWithdrawalFunds(app.db, {
      withdrawalId: `wd-ctx-${randomUUID()}`,
      playerId,
      amountMinor: 1_000,
      currency: 'EUR',
    });

    const reply = await call('GET', `/api/players/${playerId}/decision-context`, undefined, officer.headers);
    expect(reply.status).toBe(200);
    expect(reply.json.money).toEqual([
      {
        currency: 'EUR',
        depositsMinor: 15_000,
        withdrawalsMinor: 4_000,
        netDepositsMinor: 11_000,
        pendingWithdrawalsMinor: 1_000,
        betsMinor: 3_500, // 1500 + 500 − 500 rolled back + 2000
        winsMinor: 1_100,
        ggrMinor: 2_400,
        turnoverSinceLastDepositMinor: 2_000,
        lastDepositMinor: 5_000,
        lastDepositAt: expect.any(String),
      },
    ]);
    expect(reply.json.kyc).toMatchObject({ status: 'VERIFIED' });
    expect(reply.json.aml).toEqual({ openAlerts: [], openCases: [], payoutsHeld: false });
    expect(reply.json.player).toMatchObject({ playerId, status: 'ACTIVE', currency: 'EUR' });
    // The same through the domain function, which the case page and the monitoring share.
    expect((await getDecisionContext(app.db, vault, playerId))?.money).toEqual(reply.json.money);
  });

  it('lists payments with their instrument, and earlier withdrawal decisions with their reasons', async () => {
    const playerId = await newPlayer(app.db, { fundsMinor: 10_000 }); // funded by a bank transfer at instantbank
    const { rows } = await app.db.query<{ instrumentId: string }>(
      'SELECT instrument_id AS "instrumentId" FROM payment_instruments WHERE player_id = $1',
      [playerId],
    );
    const withdrawalId = `wd_${randomUUID().replace(/-/g, '').slice(0, 26).toUpperCase()}`;
    await app.db.query(
      `INSERT INTO payments (payment_id, kind, player_id, brand, amount_minor, currency, method, country, status,
                             client_key, request_hash, requested_by, workflow_id, instrument_id)
       VALUES ($1, 'WITHDRAWAL', $2, 'luckyspin', 2500, 'EUR', 'BANK_TRANSFER', 'GB', 'REJECTED', $1, 'x', $2, $1, $3)`,
      [withdrawalId, playerId, rows[0]!.instrumentId],
    );
    await app.db.query(
      `INSERT INTO payment_decisions (payment_id, staff_id, decision, role, reason)
       VALUES ($1, $2, 'REJECT', 'compliance_officer', 'source of funds unclear')`,
      [withdrawalId, officer.staffId],
    );
    const reply = await call('GET', `/api/players/${playerId}/decision-context`, undefined, officer.headers);
    expect(reply.status === 200 ? 200 : reply.json).toBe(200);
    expect(reply.json.payments.latest).toEqual([
      expect.objectContaining({
        paymentId: withdrawalId,
        kind: 'WITHDRAWAL',
        status: 'REJECTED',
        amountMinor: 2_500,
        instrument: {
          instrumentId: rows[0]!.instrumentId,
          kind: 'BANK_ACCOUNT',
          label: expect.stringMatching(/^IBAN /),
        },
      }),
    ]);
    expect(reply.json.pastDecisions).toEqual([
      expect.objectContaining({
        kind: 'WITHDRAWAL',
        subjectId: withdrawalId,
        decision: 'REJECT',
        staffId: officer.staffId,
        staffName: expect.any(String),
        reason: 'source of funds unclear',
      }),
    ]);
    // Payments ops decide payouts but not on the player's AML context.
    const opsLogin = await loginAs(app.db, 'context-ops', ['payments_ops'], app.url);
    expect((await call('GET', `/api/players/${playerId}/decision-context`, undefined, opsLogin.headers)).status).toBe(
      403,
    );
  });
});

describe('the withdrawal queue: claim, assign, my withdrawals', () => {
  /** A withdrawal waiting in the queue, as the saga leaves it (the saga itself is not what this is about). */
  async function queuedWithdrawal(playerId: string, amountMinor: number): Promise<string> {
    const id = `wd_${randomUUID().replace(/-/g, '').slice(0, 26).toUpperCase()}`;
    await app.db.query(
      `INSERT INTO payments (payment_id, kind, player_id, brand, amount_minor, currency, method, country, status,
                             client_key, request_hash, requested_by, workflow_id)
       VALUES ($1, 'WITHDRAWAL', $2, 'luckyspin', $3, 'EUR', 'BANK_TRANSFER', 'GB', 'AWAITING_APPROVAL', $1, 'x', $2, $1)`,
      [id, playerId, amountMinor],
    );
    return id;
  }

  it('claims, refuses a second claim, assigns over it, audits each, and filters by assignee and tag', async () => {
    const other = await loginAs(app.db, 'context-officer-2', ['compliance_officer'], app.url);
    const playerId = await newPlayer(app.db);
    const tag = `queue-${randomUUID().slice(0, 8)}`;
    await call('POST', `/api/players/${playerId}/notes`, { tags: [tag] }, officer.headers);
    const [small, large] = [await queuedWithdrawal(playerId, 1_000), await queuedWithdrawal(playerId, 9_000)];

    const claimed = await call('POST', `/api/payments/withdrawals/${small}/claim`, undefined, officer.headers);
    expect(claimed.status).toBe(200);
    expect(claimed.json).toMatchObject({
      paymentId: small,
      assignee: officer.staffId,
      assigneeName: expect.any(String),
    });
    const second = await call('POST', `/api/payments/withdrawals/${small}/claim`, undefined, other.headers);
    expect(second.status).toBe(409);
    expect(second.json).toMatchObject({ code: 'WITHDRAWAL_CLAIMED_BY_ANOTHER', assignee: officer.staffId });
    const reassigned = await call(
      'PUT',
      `/api/payments/withdrawals/${small}/assignee`,
      { assignee: other.staffId },
      officer.headers,
    );
    expect(reassigned.json).toMatchObject({ assignee: other.staffId });
    const toAgent = await call(
      'PUT',
      `/api/payments/withdrawals/${large}/assignee`,
      { assignee: agent.staffId },
      officer.headers,
    );
    expect(toAgent.status).toBe(422);
    expect(toAgent.json.code).toBe('ASSIGNEE_CANNOT_DECIDE_WITHDRAWALS');

    const { rows: audit } = await app.db.query(
      `SELECT actor, action, before, after FROM audit_log WHERE entity_id = $1 ORDER BY audit_id`,
      [small],
    );
    expect(audit).toEqual([
      {
        actor: officer.staffId,
        action: 'withdrawal.claim',
        before: { assignee: null },
        after: { assignee: officer.staffId },
      },
      {
        actor: officer.staffId,
        action: 'withdrawal.assign',
        before: { assignee: officer.staffId },
        after: { assignee: other.staffId },
      },
    ]);

    const queue = async (query: string, login: StaffLogin) =>
      (await call('GET', `/api/payments/withdrawals/queue?playerTag=${tag}&${query}`, undefined, login.headers)).json;
    const mine = await queue('assignee=mine', other);
    expect(mine.items.map((w: { paymentId: string }) => w.paymentId)).toEqual([small]);
    expect(mine.items[0]).toMatchObject({ assignee: other.staffId, playerTags: [tag] });
    expect((await queue('assignee=mine', officer)).items).toEqual([]);
    const unassigned = await queue('assignee=unassigned', officer);
    expect(unassigned.items.map((w: { paymentId: string }) => w.paymentId)).toEqual([large]);
    const byAmount = await queue('sort=amount&order=desc', officer);
    expect(byAmount.items.map((w: { paymentId: string }) => w.paymentId)).toEqual([large, small]);
    expect(byAmount.total).toBe(2);
    // The detail page shows who works it.
    const detail = await call('GET', `/api/payments/${small}`, undefined, officer.headers);
    expect(detail.json).toMatchObject({ assignee: other.staffId });

    await app.db.query(`UPDATE payments SET status = 'REJECTED' WHERE payment_id = $1`, [large]);
    const late = await call('POST', `/api/payments/withdrawals/${large}/claim`, undefined, officer.headers);
    expect(late.status).toBe(409);
    expect(late.json.code).toBe('WITHDRAWAL_NOT_AWAITING_DECISION');
  });
});
