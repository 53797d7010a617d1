import { randomUUID } from 'node:crypto';
import { buildOpenApiDocument, type JsonSchema } from '../api/openapi/openapi-document';
import { creditDeposit } from '../domain/wallet/money-movements';
import { fetchApi } from './support/openapi-conformance';
import { addDepositInstrument } from './support/payment-instruments';
import { waitForStatus } from './support/payments-client';
import { bearer, newSubject, subjectTokenFor } from './support/player-tokens';
import { startTestApp, TEST_PROVIDER } from './support/test-app';
import { verifiedByOnboarding } from './support/kyc-standing';

// No insecure direct object references in the player API: player B's token reaches none of player A's resources,
// on EVERY operation the OpenAPI document secures with `playerBearer` (so a new route is in this table the day it is
// documented). Another player's resource answers 404, exactly as an unknown one, and changes nothing.

let app: Awaited<ReturnType<typeof startTestApp>>;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app.close());

type Headers = Record<string, string>;
const send = (method: string, path: string, body: unknown, headers: Headers) =>
  fetchApi(`${app.url}${path}`, {
    method,
    headers: { 'content-type': 'application/json', ...headers },
    body: body === undefined ? undefined : JSON.stringify(body),
  });

interface DocumentedOperation {
  operationId: string;
  method: string;
  path: string;
  parameters?: { in: string; name: string; required?: boolean }[];
  requestBody?: { content: { 'application/json': { schema: JsonSchema } } };
  security?: Record<string, string[]>[];
}

const document = buildOpenApiDocument();

/** Every operation of the document a player's bearer token is for. */
const playerOperations: DocumentedOperation[] = Object.entries(document.paths).flatMap(([path, item]) =>
  Object.entries(item)
    .map(([method, op]) => ({ ...(op as unknown as DocumentedOperation), method: method.toUpperCase(), path }))
    .filter((op) => op.security?.some((scheme) => 'playerBearer' in scheme)),
);

/** Operations that name no player and no player's resource: they act on the token's own player only. */
const actingOnTheTokensPlayerOnly = [
  'registerPlayer',
  'getMyPlayer',
  'openGameSession',
  'endAllGameSessions',
  'getMySourceOfFundsRequest',
  'submitSourceOfFunds',
  // rg-limits: the token's player's own limits (kind and period name a limit, not a resource of someone's).
  'getMyRgLimits',
  'setMyRgLimit',
  // rg-exclusions: a time-out, a self-exclusion, the list and the reality check are the token's player's own.
  'takeRgTimeOut',
  'selfExclude',
  'listMyRgExclusions',
  'setRgRealityCheck',
  'getRgRealityCheck',
];

/** Path parameters that name no player's resource: which of the token's player's own limits. */
const notAResource = new Set(['kind', 'period']);

/** A player registered through the API, with a funded wallet, a deposit and a withdrawal of their own. */
interface World {
  playerId: string;
  auth: Headers;
  depositId: string;
  withdrawalId: string;
  sessionId: string;
  /** A raise of a limit waiting out its cooling-off (rg-limits). */
  limitChangeId: string;
  /** rg-exclusions: a time-out of the player's own (taken last, after the game session was opened). */
  exclusionId: string;
}

/** A game the test provider offers every brand (test/support/game-sessions.ts). */
const gameSession = { providerId: TEST_PROVIDER, gameId: 'starburst', currency: 'EUR' };

async function playerWithPayments(): Promise<World> {
  const auth = bearer(await subjectTokenFor(newSubject()));
  const registration = { brand: 'luckyspin', jurisdiction: 'MT', currency: 'EUR', dateOfBirth: '1990-01-01' };
  const created = await send('POST', '/player/v1/players', registration, auth);
  expect(created.status).toBe(201);
  const { playerId } = (await created.json()) as { playerId: string };
  // Withdrawals need verified KYC everywhere (issue 14): the registration started the player's onboarding.
  await verifiedByOnboarding(app.db, playerId);
  await creditDeposit(app.db, {
    depositId: `test-funding-${randomUUID()}`,
    playerId,
    psp: 'test-funding',
    amountMinor: 50_000,
    currency: 'EUR',
  });
  // The bank account that funding came from: withdrawals in MT (closed loop) are paid back to it.
  await addDepositInstrument(app.db, playerId);
  const payment = async (kind: 'deposits' | 'withdrawals') => {
    const body = { playerId, amountMinor: 2_000, currency: 'EUR', method: 'BANK_TRANSFER', country: 'MT' };
    const answer = await send('POST', `/player/v1/${kind}`, body, { ...auth, 'idempotency-key': randomUUID() });
    expect(answer.status).toBe(202);
    return ((await answer.json()) as { id: string }).id;
  };
  const session = await send('POST', '/player/v1/game-sessions', gameSession, auth);
  expect(session.status).toBe(201);
  const { sessionId } = (await session.json()) as { sessionId: string };
  const setLossLimit = (amount: number) =>
    send('PUT', '/player/v1/rg/limits/LOSS/MONTH', { amount }, auth).then((r) => r.json());
  await setLossLimit(1_000_000);
  const raised = (await setLossLimit(2_000_000)) as { pendingChange: { changeId: string } };
  const depositId = await payment('deposits');
  const withdrawalId = await payment('withdrawals');
  // The deposit's saga passes the RG gate before the time-out, which would refuse it.
  await waitForStatus(app.db, depositId, 'CREDITED');
  const timeOut = await send('POST', '/player/v1/rg/time-outs', { hours: 24 }, auth);
  expect(timeOut.status).toBe(201);
  const { exclusionId } = ((await timeOut.json()) as { exclusion: { exclusionId: string } }).exclusion;
  return {
    playerId,
    auth,
    depositId,
    withdrawalId,
    sessionId,
    limitChangeId: raised.pendingChange.changeId,
    exclusionId,
  };
}

/** The value of a path parameter that names one of `owner`'s resources. */
function pathValue(op: DocumentedOperation, name: string, owner: World): string {
  if (name === 'playerId') return owner.playerId;
  if (name === 'sessionId') return owner.sessionId;
  if (name === 'changeId') return owner.limitChangeId;
  if (name === 'kind') return 'LOSS';
  if (name === 'period') return 'MONTH';
  if (name === 'exclusionId') return owner.exclusionId;
  if (name === 'paymentId') return op.path.includes('/deposits/') ? owner.depositId : owner.withdrawalId;
  throw new Error(`${op.operationId}: no value for its path parameter ${name}; add one to this test`);
}

/** A valid body of the operation, naming `named` wherever a body names a player. */
function bodyOf(op: DocumentedOperation, named: World): unknown {
  const ref = op.requestBody?.content['application/json'].schema.$ref as string | undefined;
  if (ref === undefined) return undefined;
  const samples: Record<string, unknown> = {
    '#/components/schemas/PaymentRequest': {
      playerId: named.playerId,
      amountMinor: 1_000,
      currency: 'EUR',
      method: 'BANK_TRANSFER',
      country: 'MT',
    },
    '#/components/schemas/WithdrawalCancellation': { playerId: named.playerId },
    '#/components/schemas/GameSessionRequest': gameSession,
    '#/components/schemas/SourceOfFundsEvidence': { reference: 'payslips', description: 'salary' },
    '#/components/schemas/RgPlayerLimit': { amount: 500_000 },
    // rg-exclusions:
    '#/components/schemas/RgTimeOutRequest': { hours: 24 },
    '#/components/schemas/RgSelfExclusionRequest': { months: 12 },
    '#/components/schemas/RgRealityCheckSetting': { intervalMinutes: 30 },
    '#/components/schemas/PlayerRegistration': {
      brand: 'luckyspin',
      jurisdiction: 'MT',
      currency: 'EUR',
      dateOfBirth: '1990-01-01',
    },
  };
  if (!(ref in samples)) throw new Error(`${op.operationId}: no sample body for ${ref}; add one to this test`);
  return samples[ref];
}

/** The request of `op` by `caller`, on `owner`'s resources, with a body naming `named`. */
function requestOf(op: DocumentedOperation, caller: World, owner: World, named: World) {
  const path = op.path.replace(/\{(\w+)\}/g, (_m, name: string) => pathValue(op, name, owner));
  const headers: Headers = { ...caller.auth };
  for (const p of op.parameters ?? []) {
    if (p.in === 'header' && p.name.toLowerCase() === 'idempotency-key') headers['idempotency-key'] = randomUUID();
  }
  return { path, headers, body: bodyOf(op, named) };
}

/** Whether the operation names a player or a player's resource: in its path, or a `playerId` in its body. */
function namesAResource(op: DocumentedOperation): boolean {
  const ref = op.requestBody?.content['application/json'].schema.$ref as string | undefined;
  const body = ref ? document.components.schemas[ref.replace('#/components/schemas/', '')] : undefined;
  const bodyNamesAPlayer = 'playerId' in ((body?.properties as object | undefined) ?? {});
  return (op.parameters ?? []).some((p) => p.in === 'path' && !notAResource.has(p.name)) || bodyNamesAPlayer;
}

/** What A owns and what it looks like, so that a refused request can be shown to have changed nothing. */
async function stateOf(world: World) {
  const { rows } = await app.db.query(
    `SELECT p.payment_id, p.status, p.updated_at,
            (SELECT count(*)::INT FROM payments WHERE player_id = $1) AS payments,
            (SELECT json_agg(json_build_object('kind', kind, 'balance', balance_minor) ORDER BY kind)
               FROM ledger_accounts WHERE player_id = $1) AS balances
       FROM payments p WHERE p.player_id = $1 ORDER BY p.payment_id`,
    [world.playerId],
  );
  return rows;
}

let a: World;
let b: World;
beforeAll(async () => {
  [a, b] = [await playerWithPayments(), await playerWithPayments()];
  // The sagas settle first (credited; waiting for an officer), so that "changes nothing" compares still rows.
  for (const world of [a, b]) {
    await waitForStatus(app.db, world.depositId, 'CREDITED');
    await waitForStatus(app.db, world.withdrawalId, 'AWAITING_APPROVAL');
  }
});

describe('player isolation', () => {
  it('covers every player operation of the document', () => {
    expect(playerOperations.length).toBeGreaterThanOrEqual(7);
    const uncovered = playerOperations.filter((op) => !namesAResource(op)).map((op) => op.operationId);
    expect(uncovered.sort()).toEqual([...actingOnTheTokensPlayerOnly].sort());
  });

  describe.each(playerOperations.filter(namesAResource).map((op) => [`${op.method} ${op.path}`, op] as const))(
    '%s',
    (_route, op) => {
      it("answers 404 to player B on player A's resource, as to an unknown one, and changes nothing", async () => {
        const before = await stateOf(a);
        const keyOf = ({ path, body }: { path: string; body: unknown }) => JSON.stringify({ path, body });
        const own = keyOf(requestOf(op, b, b, b));
        const variants = [
          requestOf(op, b, a, a), // A's resource, A named in the body
          requestOf(op, b, a, b), // A's resource, B's own id in the body
          requestOf(op, b, b, a), // B's own resource, A named in the body
        ]
          .map((request) => ({ ...request, key: keyOf(request) }))
          // B's own request is not in this table; neither is a variant twice (an operation without a body).
          .filter((request, i, all) => request.key !== own && all.findIndex((r) => r.key === request.key) === i);
        expect(variants.length).toBeGreaterThan(0);
        for (const request of variants) {
          const answer = await send(op.method, request.path, request.body, request.headers);
          expect({ request: `${op.method} ${request.key}`, status: answer.status }).toEqual({
            request: `${op.method} ${request.key}`,
            status: 404,
          });
          expect(await answer.json()).toMatchObject({ code: 'NOT_FOUND' });
        }
        expect(await stateOf(a)).toEqual(before);
      });

      if (op.method === 'GET') {
        it("answers player A on their own resource (so the 404s above are B's, not the test's)", async () => {
          const own = requestOf(op, a, a, a);
          const answer = await send(op.method, own.path, own.body, own.headers);
          expect(answer.status).toBe(200);
        });
      }
    },
  );
});

describe.each(playerOperations.map((op) => [`${op.method} ${op.path}`, op] as const))('%s', (_route, op) => {
  it("answers 401 INVALID_TOKEN without a token, with an expired one, or with A's token's signature tampered", async () => {
    const { authorization: _aToken, ...headers } = requestOf(op, a, a, a).headers;
    const own = requestOf(op, a, a, a);
    const subject = newSubject();
    const strangers: Headers[] = [
      {},
      bearer(await subjectTokenFor(subject, { ttlSeconds: -3600 })),
      { authorization: `${a.auth.authorization!.slice(0, -6)}AAAAAA` },
    ];
    for (const auth of strangers) {
      const answer = await send(op.method, own.path, own.body, { ...headers, ...auth });
      expect(answer.status).toBe(401);
      expect(answer.headers.get('www-authenticate')).toContain('error="invalid_token"');
    }
  });
});
