import { bundleWorkflowCode, DefaultLogger, Runtime, Worker, type WorkflowBundleOption } from '@temporalio/worker';
import { randomUUID } from 'node:crypto';
import { createKycActivities } from '../../activities/kyc';
import { createKycProviderActivities } from '../../activities/kyc/provider-activities';
import { KycWorkflowType, kycOnboardingWorkflowId, type KycOnboardingInput } from '../../contracts/kyc';
import { workflowsEntry } from '../../domains/workflows-entry';
import { createKycProviderClient } from '../../domain/kyc/kyc-provider';
import { PersonalDataVault } from '../../domain/wallet/player-personal-data';
import { loadConfig } from '../../platform/config';
import { loadPersonalDataKeys } from '../../platform/personal-data-keys';
import { createLogger } from '../../platform/logger';
import type { Client } from '@temporalio/client';
import {
  connectTemporalClient,
  connectTemporalWorker,
  registerSearchAttributes,
  temporalDataConverter,
} from '../../platform/temporal';
import { fetchApi } from '../../test/support/openapi-conformance';
import { bearer, newSubject, subjectTokenFor } from '../../test/support/player-tokens';
import { loginAs, type StaffLogin } from '../../test/support/staff-login';
import { startTestApp } from '../../test/support/test-app';

// The KYC review queue and decisions on the real app, Postgres and Temporal: a player's onboarding runs on a worker
// of this test (its own task queue) with the real KYC activities, except the screening, which answers a sanctions
// hit whatever the name. The queue lists the review, its detail
// shows the evidence, and the decisions go through the workflow's Update: two different officers clear the hit,
// the same officer twice is a 409, a role that may not decide is a 403, and every decision is audited.
const config = loadConfig();
let app: Awaited<ReturnType<typeof startTestApp>>;
let bundle: WorkflowBundleOption;
let temporal: Client;
const taskQueue = `kyc-review-test-${randomUUID()}`;

beforeAll(async () => {
  Runtime.install({ logger: new DefaultLogger('WARN') }); // the worker's lifecycle lines say nothing the test needs
  app = await startTestApp();
  temporal = await connectTemporalClient(config);
  // What the stack does at start, for the attributes this branch adds (Jurisdiction).
  await registerSearchAttributes(temporal, config.TEMPORAL_NAMESPACE);
  bundle = await bundleWorkflowCode({ workflowsPath: workflowsEntry(), logger: new DefaultLogger('WARN') });
}, 120_000);
afterAll(async () => {
  await temporal.connection.close();
  await app.close();
});

async function withKycWorker<T>(test: () => Promise<T>): Promise<T> {
  const worker = await Worker.create({
    connection: await connectTemporalWorker(config),
    namespace: config.TEMPORAL_NAMESPACE,
    taskQueue,
    workflowBundle: bundle,
    dataConverter: temporalDataConverter(config),
    activities: {
      ...createKycActivities({
        db: app.db,
        temporal: temporal,
        screening: { screenPlayer: async () => sanctionsHit },
        checksTimeoutMs: 60_000,
        logger: createLogger('kyc-review-test', 'error'),
      }),
      screenPlayer: async () => sanctionsHit,
      ...createKycProviderActivities({
        db: app.db,
        vault: new PersonalDataVault(loadPersonalDataKeys(config)),
        provider: createKycProviderClient({ baseUrl: config.kycProviderBaseUrl }),
      }),
    },
  });
  return worker.runUntil(test);
}
const sanctionsHit = {
  screeningId: `scr_${randomUUID()}`,
  hitCount: 1,
  sanctionsHits: 1,
  pepHits: 0,
  highestScore: 0.91,
};

const send = (method: string, path: string, headers: Record<string, string>, body?: unknown) =>
  fetchApi(`${app.url}${path}`, {
    method,
    headers: { 'content-type': 'application/json', accept: 'application/json', ...headers },
    body: body === undefined ? undefined : JSON.stringify(body),
  });

async function until<T>(what: string, probe: () => Promise<T | undefined>): Promise<T> {
  for (let i = 0; i < 200; i++) {
    const value = await probe();
    if (value !== undefined) return value;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`${what} never happened`);
}

it('registration starts the player’s onboarding under the player’s id', async () => {
  const auth = bearer(await subjectTokenFor(newSubject()));
  const created = await send('POST', '/player/v1/players', auth, {
    brand: 'luckyspin',
    jurisdiction: 'GB',
    currency: 'GBP',
    dateOfBirth: '1990-05-01',
  });
  expect(created.status).toBe(201);
  const { playerId } = (await created.json()) as { playerId: string };
  const description = await temporal.workflow.getHandle(kycOnboardingWorkflowId(playerId)).describe();
  expect(description).toMatchObject({ type: KycWorkflowType.onboarding, taskQueue: 'kyc' });
});

it('lists a held player, shows the evidence, and takes four-eyes decisions through the workflow, audited', async () => {
  const auth = bearer(await subjectTokenFor(newSubject()));
  const registration = { brand: 'luckyspin', jurisdiction: 'MT', currency: 'EUR', dateOfBirth: '1985-03-10' };
  const { playerId } = (await (await send('POST', '/player/v1/players', auth, registration)).json()) as {
    playerId: string;
  };
  await temporal.workflow.getHandle(kycOnboardingWorkflowId(playerId)).terminate('restarted on the test queue');
  const [first, second, agent] = await Promise.all([
    loginAs(app.db, 'kyc-officer-a', ['compliance_officer'], app.url),
    loginAs(app.db, 'kyc-officer-b', ['senior_compliance'], app.url),
    loginAs(app.db, 'kyc-agent', ['cs_agent'], app.url),
  ]);
  const decide = (login: StaffLogin, reviewId: string, body: unknown) =>
    send('POST', `/api/kyc/reviews/${reviewId}/decision`, login.headers, body);

  await withKycWorker(async () => {
    const input: KycOnboardingInput = { playerId, trigger: 'REGISTRATION', checksTimeoutMs: 60_000 };
    const handle = await temporal.workflow.start(KycWorkflowType.onboarding, {
      taskQueue,
      workflowId: kycOnboardingWorkflowId(playerId),
      args: [input],
    });
    const review = await until('the review is queued', async () => {
      const page = await send('GET', '/api/kyc/reviews?limit=200', first.headers);
      expect(page.status).toBe(200);
      const { items } = (await page.json()) as { items: { reviewId: string; playerId: string; fourEyes: boolean }[] };
      return items.find((r) => r.playerId === playerId);
    });
    expect(review.fourEyes).toBe(true);

    const detail = await send('GET', `/api/kyc/reviews/${review.reviewId}`, first.headers);
    expect(detail.status).toBe(200);
    expect(await detail.json()).toMatchObject({
      playerStatus: 'MANUAL_REVIEW',
      jurisdiction: 'MT',
      screeningIds: [sanctionsHit.screeningId],
      reasons: ['SCREENING_HIT'],
      clearedBy: [],
    });

    expect((await decide(agent, review.reviewId, { decision: 'CLEAR', reason: 'x' })).status).toBe(403);
    const noReason = await decide(first, review.reviewId, { decision: 'CLEAR', reason: ' ' });
    expect(noReason.status).toBe(400);
    expect(noReason.headers.get('content-type')).toMatch(/^application\/problem\+json/);

    const cleared = await decide(first, review.reviewId, { decision: 'CLEAR', reason: 'date of birth differs' });
    expect(await cleared.json()).toEqual({ status: 'MANUAL_REVIEW', outcome: null, clearedBy: [first.staffId] });
    const twice = await decide(first, review.reviewId, { decision: 'CLEAR', reason: 'again' });
    expect(twice.status).toBe(409);
    expect(await twice.json()).toMatchObject({ code: 'KYC_ALREADY_CLEARED' });
    const checked = await decide(second, review.reviewId, { decision: 'CLEAR', reason: 'agree: another person' });
    expect(await checked.json()).toMatchObject({ outcome: 'CLEAR', clearedBy: [first.staffId, second.staffId] });
    expect(await handle.result()).toMatchObject({ status: 'VERIFIED' });

    const { rows: standing } = await app.db.query('SELECT status FROM player_kyc WHERE player_id = $1', [playerId]);
    expect(standing).toEqual([{ status: 'VERIFIED' }]);
    const { rows: audited } = await app.db.query<{ action: string; actor: string }>(
      `SELECT action, actor FROM audit_log WHERE entity_type = 'KycReview' AND entity_id = $1 ORDER BY audit_id`,
      [review.reviewId],
    );
    expect(audited).toEqual([
      { action: 'kyc.review.clear', actor: first.staffId },
      { action: 'kyc.review.clear.refused', actor: first.staffId },
      { action: 'kyc.review.clear', actor: second.staffId },
    ]);
  });
});
