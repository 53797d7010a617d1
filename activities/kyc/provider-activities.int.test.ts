import { randomUUID } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { KycProviderFailure } from '../../contracts/kyc';
import { createKycProviderClient, KycProviderUnavailableError } from '../../domain/kyc/kyc-provider';
import { PersonalDataVault } from '../../domain/wallet/player-personal-data';
import { registerPlayer } from '../../domain/wallet/players';
import { loadConfig } from '../../platform/config';
import { createPool, ensureDatabase, type Db } from '../../platform/db';
import { createLogger } from '../../platform/logger';
import { loadPersonalDataKeys } from '../../platform/personal-data-keys';
import { createKycSimulator, type KycSimulator } from '../../simulators/kyc';
import { startTestApp } from '../../test/support/test-app';
import { createKycProviderActivities } from './provider-activities';

// The whole provider round trip on real components: the activity reads the player's personal data from the vault
// and requests the checks at the simulator (in process, its own database), whose signed webhooks reach the real API
// (in process), which stores the results that `kycCheckResults` reads.

const SIMULATOR_DATABASE = 'kyc_simulator_activities_test';
const config = loadConfig();
let app: Awaited<ReturnType<typeof startTestApp>>;
let simulatorDb: Db;
let simulator: KycSimulator;
let simulatorUrl: string;
let activities: ReturnType<typeof createKycProviderActivities>;
const vault = new PersonalDataVault(loadPersonalDataKeys(config));

beforeAll(async () => {
  app = await startTestApp();
  await ensureDatabase(config.databaseUrl, SIMULATOR_DATABASE);
  const url = new URL(config.databaseUrl);
  url.pathname = `/${SIMULATOR_DATABASE}`;
  simulatorDb = createPool(url.toString(), 3);
  simulator = createKycSimulator({
    db: simulatorDb,
    webhookUrl: `${app.url}/kyc/v1/webhooks`,
    webhookSecret: config.KYC_WEBHOOK_SECRET,
    logger: createLogger('test-kyc-simulator', 'warn'),
    pollIntervalMs: 50,
  });
  simulatorUrl = (await simulator.listen(0, '127.0.0.1')).url;
  activities = createKycProviderActivities({
    db: app.db,
    vault,
    provider: createKycProviderClient({ baseUrl: simulatorUrl, timeoutMs: 2_000 }),
  });
});

afterAll(async () => {
  await simulator?.close();
  await simulatorDb?.end();
  await app?.close();
});

const control = (path: string, body: unknown) =>
  fetch(`${simulatorUrl}/control${path}`, {
    method: 'PUT',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });

const newPlayer = () =>
  registerPlayer(
    app.db,
    {
      brand: 'luckyspin',
      jurisdiction: 'GB',
      currency: 'GBP',
      dateOfBirth: '1988-04-02',
      givenName: 'Mary',
      familyName: 'Somerville',
      address: { lines: ['2 Market Street'], city: 'Jedburgh', postcode: 'TD8 6AB', country: 'GB' },
    },
    { vault },
  );

async function resultsOf(checkIds: string[], count: number) {
  const deadline = Date.now() + 15_000;
  for (;;) {
    const results = await activities.kycCheckResults(checkIds);
    if (results.length >= count) return results;
    if (Date.now() > deadline) throw new Error(`only ${results.length} of ${count} results arrived`);
    await sleep(50);
  }
}

describe('KYC provider activities', () => {
  it('requests the three checks once per onboarding, and reads their results as the webhooks stored them', async () => {
    const { playerId } = await newPlayer();
    const onboardingId = `onb_${randomUUID()}`;
    const requested = await activities.requestKycChecks({ playerId, onboardingId });
    expect(Object.keys(requested)).toEqual(['checkIds']);
    expect(requested.checkIds).toHaveLength(3);
    expect(await activities.requestKycChecks({ playerId, onboardingId })).toEqual(requested);

    const results = await resultsOf(requested.checkIds, 3);
    expect(results).toEqual(
      ['DOCUMENT', 'LIVENESS', 'ADDRESS'].map((kind, i) => ({
        checkId: requested.checkIds[i],
        kind,
        outcome: 'CLEAR',
        reasons: [],
      })),
    );
    // A new onboarding of the same player is a new set of checks.
    const again = await activities.requestKycChecks({ playerId, onboardingId: `onb_${randomUUID()}` });
    expect(again.checkIds.some((id) => requested.checkIds.includes(id))).toBe(false);
  });

  it("carries the provider's rejection reasons, and only for the checks they judge", async () => {
    const { playerId } = await newPlayer();
    await control(`/players/${playerId}`, { outcome: { result: 'REJECTED', reasons: ['FACE_MISMATCH'] } });
    const { checkIds } = await activities.requestKycChecks({ playerId, onboardingId: `onb_${randomUUID()}` });
    const results = await resultsOf(checkIds, 3);
    expect(results.map(({ kind, outcome, reasons }) => [kind, outcome, reasons])).toEqual([
      ['DOCUMENT', 'CLEAR', []],
      ['LIVENESS', 'REJECTED', ['FACE_MISMATCH']],
      ['ADDRESS', 'CLEAR', []],
    ]);
  });

  it('leaves an outage to the activity retries, and the retry finds the checks already made', async () => {
    const { playerId } = await newPlayer();
    const onboardingId = `onb_${randomUUID()}`;
    await control(`/players/${playerId}`, { faultRates: { outage: 1 } });
    await expect(activities.requestKycChecks({ playerId, onboardingId })).rejects.toBeInstanceOf(
      KycProviderUnavailableError,
    );
    await control(`/players/${playerId}`, { faultRates: { outage: 0 } });
    const { checkIds } = await activities.requestKycChecks({ playerId, onboardingId });
    expect(new Set(checkIds).size).toBe(3);
  });

  it('fails for good for a player that does not exist', async () => {
    await expect(
      activities.requestKycChecks({ playerId: 'pl_01JZZZZZZZZZZZZZZZZZZZZZZZ', onboardingId: `onb_${randomUUID()}` }),
    ).rejects.toMatchObject({ type: KycProviderFailure.UNKNOWN_PLAYER, nonRetryable: true });
    expect(await activities.kycCheckResults([])).toEqual([]);
  });
});
