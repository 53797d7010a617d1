import type { Client } from '@temporalio/client';
import { randomUUID } from 'node:crypto';
import { creditDeposit } from '../../domain/wallet/money-movements';
import { registerPlayer } from '../../domain/wallet/players';
import { loadConfig } from '../../platform/config';
import type { Db } from '../../platform/db';
import type { DepositState, WithdrawalState } from '../../contracts/payments';
import type { KycStatus } from '../../contracts/kyc';
import { fetchApi } from './openapi-conformance';
import { giveKycStanding } from './kyc-standing';
import { addDepositInstrument } from './payment-instruments';
import { newSubject, playerAuthorization } from './player-tokens';
import { apiUrl } from './run-probe';

/** What an HTTP call answered. */
export interface Reply {
  status: number;
  contentType: string;
  json: Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
}

async function call(
  url: string,
  init: RequestInit,
  fetchWith: (url: string, init: RequestInit) => Promise<Response> = fetch,
): Promise<Reply> {
  const response = await fetchWith(url, init);
  const text = await response.text();
  return {
    status: response.status,
    contentType: response.headers.get('content-type') ?? '',
    json: text ? (JSON.parse(text) as Reply['json']) : {},
  };
}

/**
 * Calls the stack's API with a JSON body; back-office calls pass a staff login's `headers` (see staff-login.ts).
 * Every answer is checked against the OpenAPI document (see openapi-conformance.ts).
 */
export function api(method: string, path: string, body?: unknown, headers: Record<string, string> = {}) {
  return call(
    `${apiUrl}${path}`,
    {
      method,
      headers: { 'content-type': 'application/json', ...headers },
      body: body === undefined ? undefined : JSON.stringify(body),
    },
    fetchApi,
  );
}

const simulatorUrl = loadConfig().pspBaseUrl;

const PSPS = ['cardpay', 'instantbank', 'paywallet'] as const;

/**
 * Sets how `psp` treats `playerId`'s payments only (latency, decline rates, outages), on top of its settings for
 * everyone: each test scopes its scenario to players of its own, so tests do not depend on each other's order.
 */
export async function setPspFor(playerId: string, psp: string, settings: Record<string, unknown>): Promise<void> {
  const reply = await call(`${simulatorUrl}/control/${psp}/players/${encodeURIComponent(playerId)}`, {
    method: 'PUT',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(settings),
  });
  if (reply.status !== 200) throw new Error(`simulator refused settings for ${psp}: ${JSON.stringify(reply.json)}`);
}

/** Gives a test's player fast, deterministic PSPs: no random pending answers, little latency, quick webhooks. */
async function setDeterministicPspsFor(playerId: string): Promise<void> {
  await setPspFor(playerId, 'instantbank', { pendingRate: 0 });
  for (const psp of PSPS) await setPspFor(playerId, psp, { webhookDelayMs: 50, latencyMs: 5 });
}

/** Calls the simulator's own API (payments lookups, settlement reports, control). */
export function simulator(method: string, path: string, body?: unknown) {
  return call(`${simulatorUrl}${path}`, {
    method,
    headers: { 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
}

/**
 * A fresh active player whose PSPs are fast and deterministic (see `setPspFor` for a scenario of its own); with
 * `fundsMinor`, cash credited directly in the ledger (a deposit made elsewhere, by bank transfer at instantbank:
 * its bank account is the player's deposit instrument, so withdrawals by bank transfer can be paid back to it). It
 * has a subject of its own, so `playerTokenFor` (player-tokens.ts) gives it a token for the player API. Its KYC is
 * VERIFIED unless `kycStatus` says otherwise (`NOT_STARTED`: no KYC record), see kyc-standing.ts.
 */
export async function newPlayer(
  db: Db,
  options: { jurisdiction?: string; fundsMinor?: number; kycStatus?: KycStatus } = {},
) {
  const player = await registerPlayer(
    db,
    { brand: 'luckyspin', jurisdiction: options.jurisdiction ?? 'GB', currency: 'EUR', dateOfBirth: '1990-01-01' },
    { subject: newSubject() },
  );
  await giveKycStanding(db, player.playerId, options.kycStatus);
  if (options.fundsMinor) {
    await creditDeposit(db, {
      depositId: `test-funding-${randomUUID()}`,
      playerId: player.playerId,
      psp: 'test-funding',
      amountMinor: options.fundsMinor,
      currency: 'EUR',
    });
    await addDepositInstrument(db, player.playerId);
  }
  await setDeterministicPspsFor(player.playerId);
  return player.playerId;
}

/** Requests a deposit or withdrawal through the player API, with the player's own token. */
export async function requestPayment(
  kind: 'deposits' | 'withdrawals',
  playerId: string,
  overrides: Record<string, unknown> = {},
  key = `test-${randomUUID()}`,
) {
  return api(
    'POST',
    `/player/v1/${kind}`,
    {
      playerId,
      amountMinor: 2_500,
      currency: 'EUR',
      method: kind === 'deposits' ? 'CARD' : 'BANK_TRANSFER',
      country: 'GB',
      ...overrides,
    },
    { 'idempotency-key': key, ...(await playerAuthorization(playerId)) },
  );
}

/** The saga's final state (its workflow result). */
export function sagaResult<S extends DepositState | WithdrawalState>(temporal: Client, workflowId: string): Promise<S> {
  return temporal.workflow.getHandle(workflowId).result() as Promise<S>;
}

/** Polls the read model until the payment reaches `status` (or fails the test after `timeoutMs`). */
export async function waitForStatus(db: Db, paymentId: string, status: string, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let last = '';
  while (Date.now() < deadline) {
    const { rows } = await db.query<{ status: string }>('SELECT status FROM payments WHERE payment_id = $1', [
      paymentId,
    ]);
    last = rows[0]?.status ?? '(none)';
    if (last === status) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`payment ${paymentId} is ${last}, not ${status}, after ${timeoutMs} ms`);
}

/** The player's cash and withdrawal-pending balances. */
export async function balancesOf(db: Db, playerId: string) {
  const { rows } = await db.query<{ kind: string; balance: number }>(
    `SELECT kind, balance_minor AS balance FROM ledger_accounts WHERE player_id = $1`,
    [playerId],
  );
  const of = (kind: string) => rows.find((r) => r.kind === kind)?.balance ?? 0;
  return { cash: of('PLAYER_CASH'), bonus: of('PLAYER_BONUS'), pending: of('PLAYER_WITHDRAWAL_PENDING') };
}
