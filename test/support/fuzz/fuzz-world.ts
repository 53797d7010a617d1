import fc from 'fast-check';
import { randomUUID } from 'node:crypto';
import { STAFF_ROLES, type StaffRole } from '../../../contracts/admin';
import { upsertStaff } from '../../../domain/admin/staff';
import { loadConfig } from '../../../platform/config';
import type { Db } from '../../../platform/db';
import { syncGameProviderCatalog } from '../../../domain/wallet/game-provider-catalog';
import { createLogger } from '../../../platform/logger';
import { launchGame } from '../game-sessions';
import { newPlayer } from '../payments-client';
import { playerAuthorization, playerTokenFor } from '../player-tokens';
import { loginAs, type StaffLogin } from '../staff-login';
import { startTestApp } from '../test-app';
import { callWallet } from '../wallet-client';
import type { FuzzCredentials } from './auth-schemes';
import { sendRaw } from './raw-http';
import { settle, type RowScope } from './row-counts';
import type { PropertyHints } from './schema-arbitrary';

/** The game provider only the fuzzer uses, so the wallet's rows it writes are its own to count. */
const FUZZ_PROVIDER = { id: 'fuzz-games', secret: 'fuzz-secret-0123456789abcdef' };

/** The in-process API, the fixtures its requests name, and the credentials of every kind of caller. */
export interface FuzzWorld {
  baseUrl: string;
  db: Db;
  credentials: FuzzCredentials;
  hints: PropertyHints;
  /** The staff members the fuzzer signs in as: the operator (every role without TOTP) and the decider. */
  staff: () => { operator: StaffLogin; decider: StaffLogin };
  /** The fuzzer's part of every request's row scope. */
  fixtureScope: Pick<RowScope, 'providerId' | 'actorIds'>;
  /** A 127.x address of this run, so the login throttle by source address locks out the fuzzer alone. */
  localAddress: string;
  /**
   * Picks, for a staff operation, the first staff member whose roles may call it: `probe` sends one of its cases
   * as the staff member `staffFor` now gives, and a 403 FORBIDDEN moves on to the next.
   */
  chooseStaffFor: (operationId: string, probe: () => Promise<{ status: number; text: string }>) => Promise<void>;
  /** Logs the staff back in whose session a request ended (logout). */
  renewEndedSessions: () => Promise<void>;
  close: () => Promise<void>;
}

const VALID_LOOKING_ABSENT = {
  playerId: 'pl_01KAAAAAAAAAAAAAAAAAAAAAAA',
  paymentId: 'wd_01KAAAAAAAAAAAAAAAAAAAAAAA',
  staffId: 'st_01KAAAAAAAAAAAAAAAAAAAAAAA',
};

/**
 * Starts the real API in-process against the running stack's engines and creates what its requests name: two
 * funded players (one deposit, one withdrawal, one bet of theirs), an operator with every role that needs no TOTP
 * code, a decider (the compliance roles, which do: CASL forbids approvals to the operator's roles), and a staff
 * member for the staff routes to change.
 */
export async function setUpFuzzWorld(): Promise<FuzzWorld> {
  const config = loadConfig();
  const app = await startTestApp({
    gameProviderSecrets: new Map([[FUZZ_PROVIDER.id, FUZZ_PROVIDER.secret]]),
    // Refused webhooks are logged at warn, by the thousand here: only errors are worth reading.
    logger: createLogger('fuzz-api', 'error'),
  });
  const { db, url: baseUrl } = app;
  // The fuzzer's own provider serves every brand one game, so its bets pass the session gate (domain/wallet).
  await syncGameProviderCatalog(db, { [FUZZ_PROVIDER.id]: { brands: '*', games: ['starburst'] } });
  const localAddress = `127.${1 + Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}.${2 + Math.floor(Math.random() * 250)}`;

  const run = randomUUID().slice(0, 8);
  const deciderRoles: StaffRole[] = ['compliance_officer', 'senior_compliance'];
  const operatorRoles = STAFF_ROLES.filter((role) => !deciderRoles.includes(role));
  const logins = {
    operator: await loginAs(db, 'fuzz-operator', operatorRoles, baseUrl),
    decider: await loginAs(db, 'fuzz-decider', deciderRoles, baseUrl),
  };
  const rolesOf = { operator: operatorRoles, decider: deciderRoles };
  const chosen = new Map<string, keyof typeof logins>();
  const target = await upsertStaff(db, {
    username: 'test-fuzz-target',
    displayName: 'Fuzz target',
    roles: ['cs_agent'],
    password: 'test-password-0001',
    totpSecret: null,
  });

  const players = [await newPlayer(db, { fundsMinor: 10_000_000 }), await newPlayer(db, { fundsMinor: 10_000_000 })];
  const [player] = players as [string, string];
  const pay = async (kind: 'deposits' | 'withdrawals') => {
    const answer = await sendRaw(
      baseUrl,
      {
        method: 'POST',
        path: `/player/v1/${kind}`,
        headers: {
          'content-type': 'application/json',
          'idempotency-key': `fuzz-${run}-${kind}`,
          ...(await playerAuthorization(player, db)),
        },
        // By bank transfer: newPlayer's funds came from the player's bank account, where closed loop pays back.
        body: Buffer.from(
          JSON.stringify({
            playerId: player,
            amountMinor: 2_500,
            currency: 'EUR',
            method: 'BANK_TRANSFER',
            country: 'GB',
          }),
        ),
      },
      { timeoutMs: 10_000 },
    );
    if (answer.status !== 202) throw new Error(`fixture ${kind} answered ${answer.status}: ${answer.text}`);
    return (JSON.parse(answer.text) as { id: string }).id;
  };
  const payments = [await pay('deposits'), await pay('withdrawals')];
  const betId = `fuzz-bet-${run}`;
  const roundId = `fuzz-round-${run}`;
  const bet = await callWallet(
    baseUrl,
    'bet',
    {
      transactionId: betId,
      playerId: player,
      currency: 'EUR',
      amountMinor: 100,
      roundId,
      gameId: 'starburst',
      sessionToken: await launchGame(db, player, { providerId: FUZZ_PROVIDER.id }),
    },
    { provider: FUZZ_PROVIDER.id, secret: FUZZ_PROVIDER.secret },
  );
  if (bet.status !== 200) throw new Error(`fixture bet answered ${bet.status}: ${bet.text}`);
  const { rows: attempts } = await db.query<{ attemptId: string }>(
    'SELECT attempt_id AS "attemptId" FROM payment_attempts WHERE payment_id = ANY($1)',
    [payments],
  );

  const fixtureScope = { providerId: FUZZ_PROVIDER.id, actorIds: [logins.operator.staffId, logins.decider.staffId] };
  // The fixture sagas run on for a moment (PSP calls, webhooks): the first checks must not see them.
  const everything = { ...fixtureScope, playerIds: players, paymentIds: payments, staffIds: [target.staffId] };
  await settle(db, { ...everything, usernames: [], brands: [] }, 500, 15_000);

  const hintValues: Record<string, readonly unknown[]> = {
    playerId: [...players, VALID_LOOKING_ABSENT.playerId],
    paymentId: [...payments, VALID_LOOKING_ABSENT.paymentId],
    staffId: [target.staffId, VALID_LOOKING_ABSENT.staffId],
    psp: [...config.PSP_WEBHOOK_SECRETS.keys()],
    reference: attempts.map((a) => a.attemptId),
    referenceTransactionId: [betId],
    transactionId: [betId],
    roundId: [roundId],
    currency: ['EUR'],
    username: ['test-fuzz-target'],
  };
  const hints: PropertyHints = (name) => {
    const values = hintValues[name];
    return values?.length ? fc.constantFrom(...values) : undefined;
  };

  const credentials: FuzzCredentials = {
    staffFor: (operationId) => logins[chosen.get(operationId) ?? 'operator'],
    gameProvider: FUZZ_PROVIDER,
    pspSecrets: config.PSP_WEBHOOK_SECRETS,
    kycWebhookSecret: config.KYC_WEBHOOK_SECRET,
    defaultPlayerId: player,
    playerBearerToken: (playerId) => playerTokenFor(playerId, db).catch(() => playerTokenFor(player, db)),
  };

  const stillSignedIn = async (login: StaffLogin) => {
    const answer = await sendRaw(
      baseUrl,
      { method: 'GET', path: '/api/auth/session', headers: { cookie: login.cookie } },
      { timeoutMs: 10_000 },
    );
    return answer.status === 200;
  };
  return {
    baseUrl,
    db,
    credentials,
    hints,
    staff: () => ({ ...logins }),
    fixtureScope,
    localAddress,
    chooseStaffFor: async (operationId, probe) => {
      for (const who of ['operator', 'decider'] as const) {
        chosen.set(operationId, who);
        const answer = await probe();
        if (answer.status !== 403 || !answer.text.includes('"FORBIDDEN"')) return;
      }
      chosen.set(operationId, 'operator');
    },
    renewEndedSessions: async () => {
      for (const who of ['operator', 'decider'] as const) {
        if (!(await stillSignedIn(logins[who]))) logins[who] = await loginAs(db, `fuzz-${who}`, rolesOf[who], baseUrl);
      }
    },
    close: app.close,
  };
}
