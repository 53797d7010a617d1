import { encodeSearchAttributeIndexedValueType } from '@temporalio/common/lib/search-attributes';
import { TestWorkflowEnvironment } from '@temporalio/testing';
import { bundleWorkflowCode, DefaultLogger, Runtime, Worker, type WorkflowBundleOption } from '@temporalio/worker';
import { createDueDiligenceActivities } from '../activities/kyc/due-diligence-activities';
import {
  DueDiligenceTrigger,
  dueDiligenceWorkflowId,
  KYC_TASK_QUEUE,
  KycStatus,
  SourceOfFundsStatus,
} from '../contracts/kyc';
import { SearchAttribute } from '../contracts/search-attributes';
import { kycRefusalFor } from '../domain/kyc/kyc-gates';
import { kycStandingOf } from '../domain/kyc/kyc-standing';
import { registerPlayer } from '../domain/wallet/players';
import { createLogger } from '../platform/logger';
import type { Db } from '../platform/db';
import { getDueDiligenceStatusQuery } from '../workflows/kyc/messages';
import { giveKycStanding } from './support/kyc-standing';
import { fetchApi } from './support/openapi-conformance';
import { newSubject, playerAuthorization } from './support/player-tokens';
import { loginAs, type StaffLogin } from './support/staff-login';
import { startTestApp } from './support/test-app';
import { timeSkippingServer } from './support/time-skipping';

// Enhanced due diligence through the API: the player reads and answers their source-of-funds request, the
// deadline passes (Temporal's time-skipping server: 30 days in milliseconds) and restricts them, and a compliance
// officer clears it through the back office. The real app and Postgres; dueDiligenceWorkflow and its activities
// run in this file's worker.

let env: TestWorkflowEnvironment;
let bundle: WorkflowBundleOption;
let app: Awaited<ReturnType<typeof startTestApp>>;
let db: Db;
let officer: StaffLogin;
let agent: StaffLogin;
let activities: ReturnType<typeof createDueDiligenceActivities>;

beforeAll(async () => {
  Runtime.install({ logger: new DefaultLogger('ERROR') });
  const { server } = await timeSkippingServer();
  [env, bundle] = await Promise.all([
    TestWorkflowEnvironment.createTimeSkipping({ server }),
    bundleWorkflowCode({
      workflowsPath: require.resolve('../workflows/kyc/due-diligence'),
      logger: new DefaultLogger('WARN'),
    }),
  ]);
  await env.connection.operatorService.addSearchAttributes({
    namespace: env.namespace ?? 'default',
    searchAttributes: Object.fromEntries(
      Object.values(SearchAttribute).map((key) => [key.name, encodeSearchAttributeIndexedValueType(key.type)!]),
    ),
  });
  app = await startTestApp({ temporal: env.client });
  db = app.db;
  officer = await loginAs(db, 'edd-officer', ['compliance_officer'], app.url);
  agent = await loginAs(db, 'edd-agent', ['cs_agent'], app.url);
  activities = createDueDiligenceActivities({
    db,
    logger: createLogger('due-diligence-test', 'warn'),
    temporal: async () => env.client,
  });
}, 120_000);
afterAll(async () => {
  await app?.close();
  await env?.teardown();
});

const DAY_MS = 24 * 60 * 60 * 1000;

async function withKycWorker<T>(test: () => Promise<T>): Promise<T> {
  const worker = await Worker.create({
    connection: env.nativeConnection,
    namespace: env.namespace ?? 'default',
    taskQueue: KYC_TASK_QUEUE,
    activities,
    workflowBundle: bundle,
  });
  return worker.runUntil(test);
}

async function eddPlayer() {
  const { playerId } = await registerPlayer(
    db,
    { brand: 'luckyspin', jurisdiction: 'GB', currency: 'EUR', dateOfBirth: '1970-01-01' },
    { subject: newSubject() },
  );
  await giveKycStanding(db, playerId, KycStatus.VERIFIED);
  const { requestId } = await activities.requireEnhancedDueDiligence({
    playerId,
    trigger: DueDiligenceTrigger.PEP_MATCH,
  });
  return { playerId, requestId };
}

async function asPlayer(playerId: string, method: 'GET' | 'POST', body?: unknown) {
  const response = await fetchApi(`${app.url}/player/v1/kyc/source-of-funds`, {
    method,
    headers: { 'content-type': 'application/json', ...(await playerAuthorization(playerId, db)) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return { status: response.status, json: (await response.json()) as Record<string, unknown> };
}

async function clear(staff: StaffLogin, playerId: string, requestId: string, reason: string) {
  const response = await fetchApi(`${app.url}/api/kyc/players/${playerId}/source-of-funds/${requestId}/clear`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...staff.headers },
    body: JSON.stringify({ reason }),
  });
  return { status: response.status, json: (await response.json()) as Record<string, unknown> };
}

async function until(check: () => Promise<boolean>, what: string) {
  for (let i = 0; i < 200; i++) {
    if (await check()) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`never: ${what}`);
}

const statusOf = (playerId: string, requestId: string) =>
  env.client.workflow.getHandle(dueDiligenceWorkflowId(playerId, requestId)).query(getDueDiligenceStatusQuery);

describe('enhanced due diligence through the API', () => {
  it('takes evidence sent in time: no restriction at the deadline, and an officer clears it, audited', async () => {
    await withKycWorker(async () => {
      const { playerId, requestId } = await eddPlayer();
      const asked = await asPlayer(playerId, 'GET');
      expect(asked).toMatchObject({ status: 200, json: { requestId, status: SourceOfFundsStatus.REQUESTED } });
      expect(asked.json).not.toHaveProperty('trigger'); // the player is not told that screening matched a PEP
      expect(
        await asPlayer(playerId, 'POST', { reference: 'payslips March to May', description: 'salary as an engineer' }),
      ).toMatchObject({ status: 200, json: { status: SourceOfFundsStatus.SUBMITTED } });
      await until(
        async () => (await statusOf(playerId, requestId)).status === SourceOfFundsStatus.SUBMITTED,
        'SUBMITTED',
      );
      await env.sleep(31 * DAY_MS);
      expect(await kycRefusalFor(db, playerId, 'DEPOSIT')).toBeUndefined();

      expect(await clear(officer, playerId, requestId, 'too short')).toMatchObject({
        status: 400,
        json: { code: 'VALIDATION_FAILED' },
      });
      expect(await clear(officer, playerId, requestId, 'payslips reviewed, consistent with deposits')).toMatchObject({
        status: 200,
        json: { status: SourceOfFundsStatus.CLEARED, clearedBy: officer.staffId },
      });
      const { rows } = await db.query(
        `SELECT actor, reason FROM audit_log WHERE action = 'kyc.source-of-funds.clear' AND entity_id = $1`,
        [playerId],
      );
      expect(rows).toEqual([{ actor: officer.staffId, reason: 'payslips reviewed, consistent with deposits' }]);
      expect((await asPlayer(playerId, 'GET')).status).toBe(404);
    });
  });

  it('restricts the player when the deadline passes without evidence, until an officer (not an agent) clears it', async () => {
    await withKycWorker(async () => {
      const { playerId, requestId } = await eddPlayer();
      await env.sleep(31 * DAY_MS);
      await until(async () => (await kycStandingOf(db, playerId)).restricted, 'restricted');
      expect(await statusOf(playerId, requestId)).toMatchObject({
        status: SourceOfFundsStatus.OVERDUE,
        remindersSent: 2,
      });
      expect(await kycRefusalFor(db, playerId, 'DEPOSIT')).toBe('KYC_RESTRICTED');

      expect((await clear(agent, playerId, requestId, 'the player called, all fine')).status).toBe(403);
      expect((await clear(officer, playerId, requestId, 'bank statements received by post')).status).toBe(200);
      expect(await kycStandingOf(db, playerId)).toMatchObject({ restricted: false, requiredLevel: 'EDD' });
      expect(await kycRefusalFor(db, playerId, 'DEPOSIT')).toBeUndefined();
    });
  });
});
