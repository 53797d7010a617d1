import { MockActivityEnvironment } from '@temporalio/testing';
import { randomUUID } from 'node:crypto';
import { createPaymentsActivities } from '../activities/payments';
import { DueDiligenceLevel, DueDiligenceTrigger, KycStatus, type KycGatedMovement } from '../contracts/kyc';
import {
  clearSourceOfFundsRequest,
  openSourceOfFundsRequest,
  raiseForCumulativeDeposits,
  restrictForOverdueEvidence,
  riskRuleRequiresEdd,
  submitSourceOfFundsEvidence,
} from '../domain/kyc/due-diligence';
import { kycRefusalFor, kycRefusalOf } from '../domain/kyc/kyc-gates';
import { kycStandingOf, setRestriction } from '../domain/kyc/kyc-standing';
import { paymentGates } from '../domain/payments/payment-gates';
import { createPayment } from '../domain/payments/payments-repository';
import { creditDeposit } from '../domain/wallet/money-movements';
import { PersonalDataVault } from '../domain/wallet/player-personal-data';
import { registerPlayer } from '../domain/wallet/players';
import { policyFor } from '../domain/jurisdictions/registry';
import { loadConfig } from '../platform/config';
import type { Db } from '../platform/db';
import { createLogger } from '../platform/logger';
import { loadPersonalDataKeys } from '../platform/personal-data-keys';
import { giveKycStanding } from './support/kyc-standing';
import { fetchApi } from './support/openapi-conformance';
import { addDepositInstrument } from './support/payment-instruments';
import { newSubject, playerAuthorization } from './support/player-tokens';
import { startTestApp, TEST_PROVIDER } from './support/test-app';
import { callWallet } from './support/wallet-client';

// The KYC gates (issue 14, item 5) and due diligence levels (item 4) on the real Postgres, in the real app: the
// payment requests and the wallet's bet gate refuse by KYC standing per jurisdiction, write nothing when they do,
// and the SQL bet gate agrees with the domain's rule.

let app: Awaited<ReturnType<typeof startTestApp>>;
let db: Db;
beforeAll(async () => {
  app = await startTestApp();
  db = app.db;
});
afterAll(() => app.close());

async function newPlayer(jurisdiction: string, kycStatus: KycStatus = KycStatus.NOT_STARTED): Promise<string> {
  const { playerId } = await registerPlayer(
    db,
    { brand: 'luckyspin', jurisdiction, currency: 'EUR', dateOfBirth: '1990-01-01' },
    { subject: newSubject() },
  );
  await giveKycStanding(db, playerId, kycStatus);
  await creditDeposit(db, {
    depositId: `kyc-${randomUUID()}`,
    playerId,
    psp: 'test-funding',
    amountMinor: 10_000,
    currency: 'EUR',
  });
  return playerId;
}

async function requestPayment(kind: 'deposits' | 'withdrawals', playerId: string, country: string) {
  const response = await fetchApi(`${app.url}/player/v1/${kind}`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      'idempotency-key': `kyc-${randomUUID()}`,
      ...(await playerAuthorization(playerId, db)),
    },
    body: JSON.stringify({ playerId, amountMinor: 2_500, currency: 'EUR', method: 'BANK_TRANSFER', country }),
  });
  return { status: response.status, json: (await response.json()) as { code?: string } };
}

const paymentsOf = async (playerId: string) =>
  (await db.query('SELECT 1 FROM payments WHERE player_id = $1', [playerId])).rowCount;

describe('the payment gates', () => {
  it('refuse a GB deposit before verification (403 KYC_NOT_VERIFIED, nothing recorded) and allow it after', async () => {
    const playerId = await newPlayer('GB');
    expect(await requestPayment('deposits', playerId, 'GB')).toMatchObject({
      status: 403,
      json: { code: 'KYC_NOT_VERIFIED' },
    });
    expect(await paymentsOf(playerId)).toBe(0);
    await giveKycStanding(db, playerId, KycStatus.VERIFIED);
    expect(await kycRefusalFor(db, playerId, 'DEPOSIT')).toBeUndefined();
  });

  it('let an unverified MT player deposit, but not withdraw: withdrawals need verification everywhere', async () => {
    const playerId = await newPlayer('MT');
    await addDepositInstrument(db, playerId);
    expect(await kycRefusalFor(db, playerId, 'DEPOSIT')).toBeUndefined();
    expect(await requestPayment('withdrawals', playerId, 'MT')).toMatchObject({
      status: 403,
      json: { code: 'KYC_NOT_VERIFIED' },
    });
    expect(await paymentsOf(playerId)).toBe(0);
  });

  it('refuse a rejected player (KYC_REJECTED) and a restricted one (KYC_RESTRICTED) in every jurisdiction', async () => {
    for (const jurisdiction of ['GB', 'MT', 'SE', 'DE', 'US']) {
      const rejected = await newPlayer(jurisdiction, KycStatus.REJECTED);
      expect(await requestPayment('deposits', rejected, 'GB')).toMatchObject({ json: { code: 'KYC_REJECTED' } });
      const restricted = await newPlayer(jurisdiction, KycStatus.VERIFIED);
      await setRestriction(db, restricted, 'source-of-funds evidence overdue (test)');
      expect(await requestPayment('deposits', restricted, 'GB')).toMatchObject({
        status: 403,
        json: { code: 'KYC_RESTRICTED' },
      });
      expect(await paymentsOf(rejected)).toBe(0);
      expect(await paymentsOf(restricted)).toBe(0);
    }
  });

  it.each(['GB', 'MT', 'SE', 'DE', 'US'])(
    'follow the %s jurisdiction rule for every standing and movement',
    async (j) => {
      const verifyFirst = policyFor(j).verifyBeforeDepositOrPlay.value;
      for (const status of Object.values(KycStatus)) {
        const playerId = await newPlayer(j, status);
        for (const movement of ['DEPOSIT', 'WITHDRAWAL'] as const) {
          const expected =
            status === KycStatus.VERIFIED
              ? undefined
              : status === KycStatus.REJECTED
                ? 'KYC_REJECTED'
                : movement === 'WITHDRAWAL' || verifyFirst
                  ? 'KYC_NOT_VERIFIED'
                  : undefined;
          expect({ status, movement, refusal: await kycRefusalFor(db, playerId, movement) }).toEqual({
            status,
            movement,
            refusal: expected,
          });
        }
      }
    },
  );
});

describe("the wallet's bet gate", () => {
  async function launch(playerId: string) {
    const response = await fetchApi(`${app.url}/player/v1/game-sessions`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(await playerAuthorization(playerId, db)) },
      body: JSON.stringify({ providerId: TEST_PROVIDER, gameId: 'starburst', currency: 'EUR' }),
    });
    expect(response.status).toBe(201);
    return ((await response.json()) as { launchToken: string }).launchToken;
  }
  const bet = (playerId: string, sessionToken: string) =>
    callWallet(app.url, 'bet', {
      transactionId: `bet-${randomUUID()}`,
      playerId,
      currency: 'EUR',
      amountMinor: 100,
      roundId: `round-${randomUUID()}`,
      gameId: 'starburst',
      sessionToken,
    });
  async function footprint(playerId: string) {
    const { rows } = await db.query(
      `SELECT (SELECT count(*) FROM ledger_transactions WHERE player_id = $1)::INT AS ledger,
              (SELECT sum(balance_minor) FROM ledger_accounts WHERE player_id = $1)::BIGINT AS balance,
              (SELECT count(*) FROM game_rounds WHERE player_id = $1)::INT AS rounds,
              (SELECT count(*) FROM outbox_events WHERE message_key = $1)::INT AS events`,
      [playerId],
    );
    return rows[0];
  }

  it('refuses an unverified GB player (403 KYC_NOT_VERIFIED), writing nothing, and takes the bet once verified', async () => {
    const playerId = await newPlayer('GB');
    const token = await launch(playerId);
    const before = await footprint(playerId);
    const refused = await bet(playerId, token);
    expect({ status: refused.status, code: refused.json.code }).toEqual({ status: 403, code: 'KYC_NOT_VERIFIED' });
    expect(refused.contentType).toMatch(/^application\/problem\+json/);
    expect(await footprint(playerId)).toEqual(before);
    await giveKycStanding(db, playerId, KycStatus.VERIFIED);
    expect((await bet(playerId, token)).status).toBe(200);
  });

  it("takes an unverified MT player's bet, and refuses a restricted one (KYC_RESTRICTED)", async () => {
    const playerId = await newPlayer('MT');
    const token = await launch(playerId);
    expect((await bet(playerId, token)).status).toBe(200);
    await setRestriction(db, playerId, 'source-of-funds evidence overdue (test)');
    const refused = await bet(playerId, token);
    expect({ status: refused.status, code: refused.json.code }).toEqual({ status: 403, code: 'KYC_RESTRICTED' });
  });

  it('agrees with the domain rule (kycRefusalOf) for every jurisdiction, standing and restriction', async () => {
    const cases: { playerId: string; expected: string | undefined }[] = [];
    for (const jurisdiction of ['GB', 'MT', 'SE', 'DE', 'US', 'GB-SCT']) {
      for (const status of Object.values(KycStatus)) {
        for (const restricted of [false, true]) {
          const playerId = await newPlayer(jurisdiction, status);
          if (restricted) await setRestriction(db, playerId, 'test restriction');
          const verifyFirst = policyFor(jurisdiction).verifyBeforeDepositOrPlay.value;
          cases.push({
            playerId,
            expected: kycRefusalOf({ status, restricted }, verifyFirst, 'BET' satisfies KycGatedMovement),
          });
        }
      }
    }
    const bets = cases.map(({ playerId }, n) => ({
      callNo: n,
      playerId,
      playerStatus: 'ACTIVE',
      providerId: TEST_PROVIDER,
      gameId: 'starburst',
      sessionToken: 'no-session',
    }));
    const { rows } = await db.query<{ call_no: number; refusal: string | null }>(
      'SELECT call_no, refusal FROM wallet_gate_bets($1) ORDER BY call_no',
      [JSON.stringify(bets)],
    );
    const kycVerdicts = rows.map((row) => (row.refusal?.startsWith('KYC_') ? row.refusal : undefined));
    expect(kycVerdicts).toEqual(cases.map((c) => c.expected));
    expect(kycVerdicts.filter(Boolean).length).toBeGreaterThan(0);
  });
});

describe('due diligence levels', () => {
  it("raises a player to CDD once credited deposits reach the jurisdiction's threshold (EUR 2,000 in GB)", async () => {
    const playerId = await newPlayer('GB', KycStatus.VERIFIED); // 100.00 credited
    expect(await raiseForCumulativeDeposits(db, playerId)).toBe(false);
    expect((await kycStandingOf(db, playerId)).requiredLevel).toBe(DueDiligenceLevel.SDD);
    await creditDeposit(db, {
      depositId: `kyc-${randomUUID()}`,
      playerId,
      psp: 'test',
      amountMinor: 190_000,
      currency: 'EUR',
    });
    expect(await raiseForCumulativeDeposits(db, playerId)).toBe(true);
    expect((await kycStandingOf(db, playerId)).requiredLevel).toBe(DueDiligenceLevel.CDD);
  });

  it('asks for EDD on an ELEVATED withdrawal of at least the CDD threshold only', async () => {
    const playerId = await newPlayer('GB', KycStatus.VERIFIED);
    expect(await riskRuleRequiresEdd(db, playerId, { amountMinor: 200_000, currency: 'EUR' }, 'ELEVATED')).toBe(true);
    expect(await riskRuleRequiresEdd(db, playerId, { amountMinor: 199_999, currency: 'EUR' }, 'ELEVATED')).toBe(false);
    expect(await riskRuleRequiresEdd(db, playerId, { amountMinor: 500_000, currency: 'EUR' }, 'LOW')).toBe(false);
  });

  it('opens one source-of-funds request at EDD, seals the evidence, restricts when overdue and lifts it when cleared', async () => {
    const playerId = await newPlayer('GB', KycStatus.VERIFIED);
    const { request, created } = await openSourceOfFundsRequest(db, {
      playerId,
      trigger: DueDiligenceTrigger.PEP_MATCH,
    });
    expect(created).toBe(true);
    expect((await openSourceOfFundsRequest(db, { playerId, trigger: DueDiligenceTrigger.RISK_RULE })).request).toEqual(
      request,
    );
    expect((await kycStandingOf(db, playerId)).requiredLevel).toBe(DueDiligenceLevel.EDD);

    expect(await restrictForOverdueEvidence(db, playerId, request.requestId)).toBe(true);
    expect(await kycRefusalFor(db, playerId, 'DEPOSIT')).toBe('KYC_RESTRICTED');

    const vault = new PersonalDataVault(loadPersonalDataKeys(loadConfig()));
    const description = `inheritance from a great-aunt ${randomUUID()}`;
    const submitted = await submitSourceOfFundsEvidence(db, vault, playerId, {
      reference: 'probate letter',
      description,
    });
    expect(submitted?.status).toBe('OVERDUE'); // late evidence: still restricted until an officer clears it
    const { rows } = await db.query(
      `SELECT encode(evidence_description, 'escape') AS text FROM source_of_funds_requests WHERE request_id = $1`,
      [request.requestId],
    );
    expect(JSON.stringify(rows)).not.toContain('great-aunt');

    await clearSourceOfFundsRequest(db, {
      playerId,
      requestId: request.requestId,
      officerId: 'co-1',
      reason: 'probate letter reviewed',
    });
    expect(await kycStandingOf(db, playerId)).toMatchObject({
      restricted: false,
      requiredLevel: DueDiligenceLevel.EDD,
    });
    expect(await kycRefusalFor(db, playerId, 'DEPOSIT')).toBeUndefined();
  });
});

describe('the payments activities', () => {
  const eddRequests: unknown[] = [];
  const activities = () =>
    createPaymentsActivities({
      db,
      psps: new Map(),
      gates: paymentGates,
      logger: createLogger('kyc-gates-test', 'warn'),
      requireEnhancedDueDiligence: async (input) => void eddRequests.push(input),
    });
  const run = <A extends unknown[], R>(activity: (...args: A) => Promise<R>, ...args: A) =>
    new MockActivityEnvironment().run(activity, ...args) as Promise<R>;

  it("raise the player to CDD in the deposit saga's credit step once deposits reach the threshold", async () => {
    const playerId = await newPlayer('GB', KycStatus.VERIFIED);
    const credit = { playerId, psp: 'cardpay', amountMinor: 195_000, currency: 'EUR' };
    await run(activities().creditCapturedDeposit, { ...credit, depositId: `dep_kyc_${randomUUID()}` });
    expect((await kycStandingOf(db, playerId)).requiredLevel).toBe(DueDiligenceLevel.CDD);
  });

  it('open EDD by the risk rule: a first withdrawal of at least the CDD threshold', async () => {
    const playerId = await newPlayer('GB', KycStatus.VERIFIED);
    await addDepositInstrument(db, playerId);
    const withdrawal = async (amountMinor: number) => {
      const paymentId = `wd_${randomUUID()}`;
      await createPayment(db, {
        paymentId,
        kind: 'WITHDRAWAL',
        playerId,
        amountMinor,
        currency: 'EUR',
        method: 'BANK_TRANSFER',
        country: 'GB',
        clientKey: paymentId,
        requestedBy: playerId,
        workflowId: `payments:withdrawal:${paymentId}`,
        status: 'REQUESTED',
      });
      const policy = { autoApproveMaxMinor: 10_000, fourEyesMinMinor: 1_000_000, approvalSlaMs: 60_000 };
      return run(activities().checkWithdrawal, {
        withdrawalId: paymentId,
        playerId,
        amountMinor,
        currency: 'EUR',
        policy,
      });
    };
    expect((await withdrawal(5_000)).risk.level).toBe('ELEVATED');
    expect(eddRequests).toEqual([]);
    await withdrawal(200_000);
    expect(eddRequests).toEqual([{ playerId, trigger: DueDiligenceTrigger.RISK_RULE }]);
  });
});
