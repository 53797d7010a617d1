import type { Client } from '@temporalio/client';
import { encodeSearchAttributeIndexedValueType } from '@temporalio/common/lib/search-attributes';
import { TestWorkflowEnvironment } from '@temporalio/testing';
import { bundleWorkflowCode, DefaultLogger, Runtime, Worker, type WorkflowBundleOption } from '@temporalio/worker';
import { createAmlRetentionActivities } from '../activities/aml/retention-activities';
import { AML_TASK_QUEUE, AmlWorkflowType, amlRetentionScheduleId, type AmlRetentionStatus } from '../contracts/aml';
import { SearchAttribute } from '../contracts/search-attributes';
import { AML_RECORD_TABLES, purgeableReport, stampRetentionDates } from '../domain/aml/retention';
import { ensureAmlRetentionSchedule } from '../domain/aml/retention-schedule';
import { PlayerStatus, registerPlayer, setPlayerStatus } from '../domain/wallet/players';
import { loadConfig } from '../platform/config';
import type { Db } from '../platform/db';
import { newBusinessId } from '../platform/ids';
import { connectTemporalClient } from '../platform/temporal';
import { fetchApi } from './support/openapi-conformance';
import { newSubject } from './support/player-tokens';
import { loginAs, type StaffLogin } from './support/staff-login';
import { startTestApp } from './support/test-app';
import { timeSkippingServer } from './support/time-skipping';

// AML record retention on real Postgres through the back office: a GB player whose account closed six years ago
// has every AML record (case, alerts, hold) purged; one closed two years ago, one still active with records as old,
// and a closed one with an open case keep theirs. The MLRO's run goes through the API to the retention workflow and
// its real activities (this file's worker on Temporal's test server, whose clock leaps years ahead while it waits:
// the cutoff is the database's); the dry run deletes nothing; every step is audited. The daily Schedule is created on the stack's Temporal, once.

let env: TestWorkflowEnvironment;
let bundle: WorkflowBundleOption;
let app: Awaited<ReturnType<typeof startTestApp>>;
let db: Db;
let mlro: StaffLogin;
let admin: StaffLogin;

beforeAll(async () => {
  Runtime.install({ logger: new DefaultLogger('ERROR') });
  const { server } = await timeSkippingServer();
  [env, bundle] = await Promise.all([
    startTimeSkipping(server),
    bundleWorkflowCode({
      workflowsPath: require.resolve('../workflows/aml/retention'),
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
  mlro = await loginAs(db, 'retention-mlro', ['mlro'], app.url);
  admin = await loginAs(db, 'retention-admin', ['admin'], app.url);
  // A rule version for the seeded alerts to name (the monitoring part ships the real ones).
  await db.query(
    `INSERT INTO aml_rules (rule_id, name) VALUES ('retention-test-rule', 'Retention test rule') ON CONFLICT DO NOTHING`,
  );
  await db.query(
    `INSERT INTO aml_rule_versions (rule_id, version, definition, description, severity, score, created_by, reason)
     VALUES ('retention-test-rule', 1, '{}', 'seeded by the retention test', 'HIGH', 100, 'test', 'seed')
     ON CONFLICT DO NOTHING`,
  );
}, 120_000);
/**
 * The test server, started again when it does not answer within the SDK's 5 s (a loaded machine: the stack and other
 * test files start beside it).
 */
async function startTimeSkipping(server: Awaited<ReturnType<typeof timeSkippingServer>>['server']) {
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await TestWorkflowEnvironment.createTimeSkipping({ server });
    } catch (err) {
      if (attempt >= 3) throw err;
    }
  }
}

afterAll(async () => {
  await app?.close();
  await env?.teardown();
});

async function withAmlWorker<T>(test: () => Promise<T>): Promise<T> {
  const worker = await Worker.create({
    connection: env.nativeConnection,
    namespace: env.namespace ?? 'default',
    taskQueue: AML_TASK_QUEUE,
    activities: createAmlRetentionActivities({ db }),
    workflowBundle: bundle,
  });
  return worker.runUntil(test);
}

const YEAR_MS = 365.25 * 24 * 60 * 60 * 1000;

/**
 * A GB player with a case opened `yearsAgo` (closed, or still open), two alerts filed in it and a released hold;
 * their account closed `closedYearsAgo` years ago, or still active.
 */
async function playerWithAmlRecords(options: { yearsAgo: number; closedYearsAgo?: number; caseOpen?: boolean }) {
  const { playerId } = await registerPlayer(
    db,
    { brand: 'luckyspin', jurisdiction: 'GB', currency: 'GBP', dateOfBirth: '1970-01-01' },
    { subject: newSubject() },
  );
  const at = new Date(Date.now() - options.yearsAgo * YEAR_MS);
  const caseId = newBusinessId('case');
  await db.query(
    `INSERT INTO aml_cases (case_id, player_id, jurisdiction, status, severity, outcome, workflow_id, opened_at,
                           sla_due_at, closed_at, closed_by, close_reason)
     VALUES ($1, $2, 'GB', $3, 'HIGH', $4, $5, $6, $6, $7, $8, $9)`,
    options.caseOpen
      ? [caseId, playerId, 'INVESTIGATING', null, `aml:case:${caseId}`, at, null, null, null]
      : [caseId, playerId, 'CLOSED', 'NO_ACTION', `aml:case:${caseId}`, at, at, 'st_test', 'no concern'],
  );
  for (const n of [1, 2]) {
    await db.query(
      `INSERT INTO aml_alerts (alert_id, alert_key, rule_id, rule_version, player_id, severity, score, event_id,
                               occurred_at, explanation, case_id, raised_at)
       VALUES ($1, $2, 'retention-test-rule', 1, $3, 'HIGH', 100, gen_random_uuid(), $4, '{}', $5, $4)`,
      [newBusinessId('alt'), `retention-test:${caseId}:${n}`, playerId, at, caseId],
    );
  }
  await db.query(
    `INSERT INTO aml_holds (case_id, player_id, placed_at, released_at, released_by) VALUES ($1, $2, $3, $3, 'st_test')`,
    [caseId, playerId, at],
  );
  if (options.closedYearsAgo !== undefined) {
    await setPlayerStatus(db, playerId, PlayerStatus.CLOSED);
    await db.query('UPDATE players SET closed_at = $2 WHERE player_id = $1', [
      playerId,
      new Date(Date.now() - options.closedYearsAgo * YEAR_MS),
    ]);
  }
  return playerId;
}

async function recordsOf(playerId: string) {
  const { rows } = await db.query<{ cases: number; alerts: number; holds: number }>(
    `SELECT (SELECT count(*)::int FROM aml_cases WHERE player_id = $1) AS cases,
            (SELECT count(*)::int FROM aml_alerts WHERE player_id = $1) AS alerts,
            (SELECT count(*)::int FROM aml_holds WHERE player_id = $1) AS holds`,
    [playerId],
  );
  return rows[0]!;
}

async function call<T>(staff: StaffLogin, method: 'GET' | 'POST', path: string, body?: unknown) {
  const response = await fetchApi(`${app.url}/api/aml/retention${path}`, {
    method,
    headers: { 'content-type': 'application/json', ...staff.headers },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return { status: response.status, json: (await response.json()) as T };
}

async function runAndWait(staff: StaffLogin, mode: 'PURGE' | 'REPORT_ONLY') {
  return withAmlWorker(async () => {
    const started = await call<{ runId: string; workflowId: string }>(staff, 'POST', '/runs', { mode });
    expect({ status: started.status, body: started.json }).toMatchObject({ status: 202 });
    const result = (await env.client.workflow.getHandle(started.json.workflowId).result()) as AmlRetentionStatus;
    return { ...started.json, result };
  });
}

it('purges only the AML records whose retention period after the account closed has ended, audited', async () => {
  const expired = await playerWithAmlRecords({ yearsAgo: 7, closedYearsAgo: 6 });
  const retained = await playerWithAmlRecords({ yearsAgo: 7, closedYearsAgo: 2 });
  const active = await playerWithAmlRecords({ yearsAgo: 7 });
  const underInvestigation = await playerWithAmlRecords({ yearsAgo: 7, closedYearsAgo: 6, caseOpen: true });
  const all = { cases: 1, alerts: 2, holds: 1 };

  // Each record carries its date: five years (GB) after the account closed; none while the relationship lasts.
  await stampRetentionDates(db);
  const { rows: dates } = await db.query<{ playerId: string; retainUntil: Date | null; closedAt: Date | null }>(
    `SELECT a.player_id AS "playerId", a.retain_until AS "retainUntil", p.closed_at AS "closedAt"
     FROM aml_alerts a JOIN players p USING (player_id) WHERE a.player_id = ANY($1)`,
    [[expired, retained, active, underInvestigation]],
  );
  for (const row of dates) {
    if (row.playerId === expired || row.playerId === retained) {
      const expected = new Date(row.closedAt!);
      expected.setUTCFullYear(expected.getUTCFullYear() + 5);
      expect({ player: row.playerId, retainUntil: row.retainUntil?.toISOString() }).toEqual({
        player: row.playerId,
        retainUntil: expected.toISOString(),
      });
    } else {
      expect({ player: row.playerId, retainUntil: row.retainUntil }).toEqual({
        player: row.playerId,
        retainUntil: null,
      });
    }
  }

  // The dry run lists the expired player's records (among any others the database holds) and deletes nothing.
  const report = await call<Awaited<ReturnType<typeof purgeableReport>>>(admin, 'GET', '/report');
  expect(report.status).toBe(200);
  expect(report.json.players).toBeGreaterThanOrEqual(1);
  expect(report.json.playersRetained).toBeGreaterThanOrEqual(1);
  expect(report.json.tables.map((t) => t.table)).toEqual(AML_RECORD_TABLES.map((t) => t.table));
  const dryRun = await runAndWait(mlro, 'REPORT_ONLY');
  expect(dryRun.result).toMatchObject({ mode: 'REPORT_ONLY', status: 'COMPLETED', playersPurged: 0 });
  expect(dryRun.result.report!.players).toBeGreaterThanOrEqual(1);
  expect(await recordsOf(expired)).toEqual(all);

  const purge = await runAndWait(mlro, 'PURGE');
  expect(purge.result).toMatchObject({ mode: 'PURGE', status: 'COMPLETED' });
  expect(purge.result.playersPurged).toBe(purge.result.report!.players);
  expect(purge.result.purged).toEqual(purge.result.report!.tables);
  expect(await recordsOf(expired)).toEqual({ cases: 0, alerts: 0, holds: 0 });
  expect(await recordsOf(retained)).toEqual(all);
  expect(await recordsOf(active)).toEqual(all);
  expect(await recordsOf(underInvestigation)).toEqual(all);
  // The player stays (other domains keep their own records); only the AML records went.
  expect((await db.query('SELECT 1 FROM players WHERE player_id = $1', [expired])).rowCount).toBe(1);

  // Idempotent: nothing purgeable is left at a cutoff before the next expiry.
  expect((await purgeableReport(db, new Date())).players).toBe(0);

  // The runs, newest first, with who started them; the audit log has the start, the purged players and the end.
  const runs = await call<{ items: { runId: string; mode: string; requestedByName: string | null }[] }>(
    admin,
    'GET',
    '/runs?limit=2',
  );
  expect(runs.json.items.map((r) => [r.runId, r.mode, r.requestedByName])).toEqual([
    [purge.runId, 'PURGE', expect.any(String)],
    [dryRun.runId, 'REPORT_ONLY', expect.any(String)],
  ]);
  const { rows: audited } = await db.query<{ action: string; actor: string; after: { playerIds?: string[] } }>(
    `SELECT action, actor, after FROM audit_log WHERE entity_type = 'AmlRetention' AND entity_id = $1
     ORDER BY audit_id`,
    [purge.runId],
  );
  // The API's entry races the run's own (the worker may purge before the API answers): compared as a set.
  const batches = audited.filter((a) => a.action === 'aml.retention.purge.batch').length;
  expect(batches).toBeGreaterThanOrEqual(1);
  expect(audited.map((a) => `${a.action} by ${a.actor}`).sort()).toEqual(
    [
      `aml.retention.run.start by ${mlro.staffId}`,
      `aml.retention.purge by ${mlro.staffId}`,
      ...Array.from({ length: batches }, () => `aml.retention.purge.batch by ${mlro.staffId}`),
    ].sort(),
  );
  expect(audited.flatMap((a) => a.after.playerIds ?? [])).toContain(expired);
}, 120_000);

it('refuses a run to anyone but the MLRO, and a mode it does not know', async () => {
  const refused = await call<{ code: string }>(admin, 'POST', '/runs', { mode: 'PURGE' });
  expect({ status: refused.status, code: refused.json.code }).toEqual({ status: 403, code: 'FORBIDDEN' });
  const invalid = await call<{ code: string }>(mlro, 'POST', '/runs', { mode: 'EVERYTHING' });
  expect({ status: invalid.status, code: invalid.json.code }).toEqual({ status: 400, code: 'VALIDATION_FAILED' });
});

it("creates the daily Schedule on the stack's Temporal once, starting the retention workflow on the AML queue", async () => {
  const temporal: Client = await connectTemporalClient(loadConfig());
  try {
    await ensureAmlRetentionSchedule(temporal);
    expect(await ensureAmlRetentionSchedule(temporal)).toBe(false);
    const { action, spec } = await temporal.schedule.getHandle(amlRetentionScheduleId).describe();
    expect(action).toMatchObject({
      type: 'startWorkflow',
      workflowType: AmlWorkflowType.retention,
      taskQueue: AML_TASK_QUEUE,
    });
    expect(spec.calendars?.[0]).toMatchObject({ hour: [{ start: 4, end: 4, step: 1 }] });
  } finally {
    await temporal.connection.close();
  }
});
