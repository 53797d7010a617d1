import type { Client } from '@temporalio/client';
import { randomUUID } from 'node:crypto';
import { depositWorkflowId, type DepositState } from '../contracts/payments';
import { rgLimitChangeWorkflowId, type RgLimitChangeState } from '../contracts/rg';
import { decreaseLimit } from '../domain/rg/limits/limits';
import type { Db } from '../platform/db';
import { connectTemporalClient } from '../platform/temporal';
import { loadConfig } from '../platform/config';
import { launchGame } from './support/game-sessions';
import { api, newPlayer, requestPayment, sagaResult } from './support/payments-client';
import { playerAuthorization } from './support/player-tokens';
import { loginAs, type StaffLogin } from './support/staff-login';
import { startTestApp } from './support/test-app';
import { callWallet } from './support/wallet-client';

// Limits on the real stack: concurrent bets at a loss limit never pass it (checked on the ledger), the deposit gate
// refuses a deposit over the deposit limit in the deposit saga, and the limits API: a first limit and a decrease
// apply at once, an increase waits its cooling-off in rg:limit-change and a decrease cancels it; the back office
// reads the history and lowers a limit on the player's behalf, audited.
let app: Awaited<ReturnType<typeof startTestApp>>;
let db: Db;
let temporal: Client;
let officer: StaffLogin;
beforeAll(async () => {
  app = await startTestApp();
  db = app.db;
  temporal = await connectTemporalClient(loadConfig());
  officer = await loginAs(db, 'rg-limits-officer', ['rg_officer']);
});
afterAll(async () => {
  await temporal.connection.close();
  await app.close();
});

const id = (prefix: string) => `${prefix}-${randomUUID()}`;
const HOUR_MS = 60 * 60 * 1000;

/** The player's net loss on the ledger: what left their cash account for bets, less what came back. */
async function ledgerNetLoss(playerId: string): Promise<number> {
  const { rows } = await db.query<{ net: string }>(
    `SELECT COALESCE(-sum(p.amount_minor), 0) AS net
       FROM ledger_postings p JOIN ledger_accounts a USING (account_id) JOIN ledger_transactions t USING (transaction_id)
      WHERE a.player_id = $1 AND a.kind = 'PLAYER_CASH' AND t.kind IN ('BET', 'WIN', 'ROLLBACK')
        AND t.created_at > now() - interval '24 hours'`,
    [playerId],
  );
  return Number(rows[0]!.net);
}

describe('loss limits under concurrency', () => {
  it('never lets concurrent bets pass a daily loss limit, wins giving room back (ledger check)', async () => {
    const playerId = await newPlayer(db, { jurisdiction: 'MT', fundsMinor: 100_000 });
    await decreaseLimit(db, {
      playerId,
      kind: 'LOSS',
      period: 'DAY',
      amount: 5_000,
      reason: 'test: a daily loss limit',
      requestedBy: playerId,
    });
    const sessionToken = await launchGame(db, playerId);
    const bet = (roundId = id('round')) => ({
      transactionId: id('bet'),
      playerId,
      currency: 'EUR',
      amountMinor: 250,
      roundId,
      gameId: 'starburst',
      sessionToken,
    });

    const first = await Promise.all(
      Array.from({ length: 60 }, () => bet()).map((b) => callWallet(app.url, 'bet', b).then((r) => ({ b, r }))),
    );
    const accepted = first.filter(({ r }) => r.status === 200);
    expect(accepted).toHaveLength(20);
    expect(new Set(first.filter(({ r }) => r.status !== 200).map(({ r }) => r.json.code))).toEqual(
      new Set(['LOSS_LIMIT_EXCEEDED']),
    );
    expect(await ledgerNetLoss(playerId)).toBe(5_000);

    // A win of 1,000 gives four stakes of room back; 40 more concurrent bets take exactly those.
    const won = accepted[0]!.b;
    const win = await callWallet(app.url, 'win', {
      transactionId: id('win'),
      playerId,
      currency: 'EUR',
      amountMinor: 1_000,
      roundId: won.roundId,
      gameId: 'starburst',
    });
    expect(win.status).toBe(200);
    const second = await Promise.all(Array.from({ length: 40 }, () => callWallet(app.url, 'bet', bet())));
    expect(second.filter((r) => r.status === 200)).toHaveLength(4);
    expect(await ledgerNetLoss(playerId)).toBeLessThanOrEqual(5_000);
    expect(await ledgerNetLoss(playerId)).toBe(5_000);
  });
});

describe('the deposit gate', () => {
  it('refuses a deposit over the deposit limit, counting deposits already made in the window', async () => {
    const playerId = await newPlayer(db, { jurisdiction: 'MT' });
    await decreaseLimit(db, {
      playerId,
      kind: 'DEPOSIT',
      period: 'DAY',
      amount: 5_000,
      reason: 'test: a daily deposit limit',
      requestedBy: playerId,
    });
    const over = await requestPayment('deposits', playerId, { amountMinor: 6_000 });
    expect(over.status).toBe(202);
    expect(await sagaResult<DepositState>(temporal, depositWorkflowId(over.json.id))).toMatchObject({
      status: 'REFUSED',
      failure: 'DEPOSIT_LIMIT_EXCEEDED',
    });

    const within = await requestPayment('deposits', playerId, { amountMinor: 3_000 });
    expect(await sagaResult<DepositState>(temporal, depositWorkflowId(within.json.id))).toMatchObject({
      status: 'CREDITED',
    });
    const second = await requestPayment('deposits', playerId, { amountMinor: 3_000 });
    expect(await sagaResult<DepositState>(temporal, depositWorkflowId(second.json.id))).toMatchObject({
      status: 'REFUSED',
      failure: 'DEPOSIT_LIMIT_EXCEEDED',
    });
  });

  it("refuses a self-excluded player's deposit", async () => {
    const playerId = await newPlayer(db, { jurisdiction: 'MT' });
    await db.query(
      `INSERT INTO rg_exclusions (exclusion_id, player_id, kind, ends_at, requested_by, reason, workflow_id)
       VALUES ($1, $2, 'SELF_EXCLUSION', now() + interval '200 days', $2, 'test: six months away', $1)`,
      [id('rgx'), playerId],
    );
    const reply = await requestPayment('deposits', playerId, { amountMinor: 1_000 });
    expect(await sagaResult<DepositState>(temporal, depositWorkflowId(reply.json.id))).toMatchObject({
      status: 'REFUSED',
      failure: 'PLAYER_SELF_EXCLUDED',
    });
  });
});

describe('the limits API', () => {
  const put = async (playerId: string, path: string, body: unknown) =>
    api('PUT', `/player/v1/rg/limits/${path}`, body, await playerAuthorization(playerId));

  it('applies a first limit and a decrease at once; an increase waits its cooling-off and a decrease cancels it', async () => {
    const playerId = await newPlayer(db, { jurisdiction: 'MT' });
    expect(await put(playerId, 'LOSS/DAY', { amount: 5_000 })).toMatchObject({
      status: 200,
      json: { outcome: 'APPLIED', amount: 5_000 },
    });

    const raised = await put(playerId, 'LOSS/DAY', { amount: 8_000, reason: 'more room' });
    expect(raised.status).toBe(202);
    const pending = raised.json.pendingChange;
    expect(pending).toMatchObject({ status: 'COOLING_OFF', fromAmount: 5_000, toAmount: 8_000 });
    expect(Math.abs(Date.parse(pending.effectiveAt) - Date.now() - 24 * HOUR_MS)).toBeLessThan(60_000);
    const handle = temporal.workflow.getHandle(rgLimitChangeWorkflowId(pending.changeId));

    const mine = await api('GET', '/player/v1/rg/limits', undefined, await playerAuthorization(playerId));
    expect(mine.json).toMatchObject({
      currency: 'EUR',
      limits: [{ kind: 'LOSS', period: 'DAY', amount: 5_000, usedInWindow: 0, remaining: 5_000 }],
      pending: [{ changeId: pending.changeId, effectiveAt: pending.effectiveAt }],
    });
    const early = await api(
      'POST',
      `/player/v1/rg/limit-changes/${pending.changeId}/confirm`,
      undefined,
      await playerAuthorization(playerId),
    );
    expect(early).toMatchObject({ status: 409, json: { code: 'RG_LIMIT_CHANGE_NOT_CONFIRMABLE_YET' } });

    expect(await put(playerId, 'LOSS/DAY', { amount: 3_000 })).toMatchObject({ status: 200, json: { amount: 3_000 } });
    expect(((await handle.result()) as RgLimitChangeState).status).toBe('CANCELLED');
    const { rows } = await db.query('SELECT status FROM rg_limit_changes WHERE change_id = $1', [pending.changeId]);
    expect(rows).toEqual([{ status: 'CANCELLED' }]);
    const { rows: events } = await db.query<{ payload: Record<string, unknown> }>(
      `SELECT payload->'payload' AS payload FROM outbox_events WHERE event_type = 'rg.limit.changed' AND message_key = $1 ORDER BY id`,
      [playerId],
    );
    expect(events.map((e) => e.payload)).toMatchObject([
      { kind: 'LOSS', period: 'DAY', fromMinor: null, toMinor: 5_000, direction: 'DECREASE' },
      { kind: 'LOSS', period: 'DAY', fromMinor: 5_000, toMinor: 3_000, direction: 'DECREASE' },
    ]);
  });

  it('refuses a period that is not of the kind', async () => {
    const playerId = await newPlayer(db, { jurisdiction: 'MT' });
    expect(await put(playerId, 'SESSION_TIME/DAY', { amount: 60 })).toMatchObject({
      status: 400,
      json: { code: 'RG_LIMIT_PERIOD_NOT_OF_KIND' },
    });
  });

  it("shows staff the history and lets them lower a limit on the player's behalf, audited, never raise it", async () => {
    const playerId = await newPlayer(db, { jurisdiction: 'GB' });
    await put(playerId, 'DEPOSIT/WEEK', { amount: 50_000 });
    const raised = await put(playerId, 'DEPOSIT/WEEK', { amount: 90_000 });
    expect(raised.json.pendingChange).toMatchObject({ needsConfirmation: true });

    const path = `/api/players/${playerId}/rg/limits/DEPOSIT/WEEK`;
    const refused = await api('PUT', path, { amount: 60_000, reason: 'asked on the phone' }, officer.headers);
    expect(refused).toMatchObject({ status: 422, json: { code: 'RG_LIMIT_NOT_A_DECREASE' } });
    const lowered = await api('PUT', path, { amount: 20_000, reason: 'player asked on the phone' }, officer.headers);
    expect(lowered).toMatchObject({ status: 200, json: { fromAmount: 50_000, toAmount: 20_000 } });

    const view = await api('GET', `/api/players/${playerId}/rg/limits`, undefined, officer.headers);
    expect(view.status).toBe(200);
    expect(view.json).toMatchObject({
      limits: [{ kind: 'DEPOSIT', period: 'WEEK', amount: 20_000 }],
      pending: [],
      history: [
        { toAmount: 20_000, fromAmount: 50_000, requestedBy: officer.staffId, reason: 'player asked on the phone' },
        { toAmount: 50_000, fromAmount: null, requestedBy: playerId },
      ],
      changesNotApplied: [{ toAmount: 90_000, status: 'CANCELLED' }],
    });
    const { rows: audit } = await db.query<{ action: string }>(
      `SELECT action FROM audit_log WHERE entity_id = $1 AND action LIKE 'rg.limit.%' ORDER BY audit_id`,
      [playerId],
    );
    expect(audit.map((a) => a.action)).toEqual(['rg.limit.decrease.refused', 'rg.limit.decrease']);
  });
});
