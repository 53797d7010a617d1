import { randomUUID } from 'node:crypto';
import { AmlCaseOutcome, type AmlSeverity } from '../contracts/aml';
import { amlAlertRaisedEvent } from '../domain/aml/events';
import { loadConfig } from '../platform/config';
import { createPool, withTransaction, type Db } from '../platform/db';
import { appendOutboxEvent } from '../platform/events';
import { newBusinessId } from '../platform/ids';
import { fetchApi } from './support/openapi-conformance';
import { balancesOf, newPlayer, requestPayment, waitForStatus } from './support/payments-client';
import { apiUrl } from './support/run-probe';
import { loginAs, type StaffLogin } from './support/staff-login';
import { until } from './support/until';

// AML cases on the real stack (issue 15): an alert raised as the monitor raises it (its row and its outbox event in
// one transaction) becomes a case through the risk.alerts router and the case workflow; a HIGH case holds the
// player's payouts, so an approved withdrawal waits in AML_HOLD with its funds reserved; closing the case with no
// action releases the hold, tags the alert a false positive, and the withdrawal is paid.

const config = loadConfig();
const RULE_ID = 'aml-cases-int-test';
let db: Db;
let officer: StaffLogin;

beforeAll(async () => {
  db = createPool(config.databaseUrl, 3);
  officer = await loginAs(db, 'aml-cases-officer', ['compliance_officer']);
  // A rule of this test's own (the starter rules are the monitoring part's), so the alert's version exists.
  await withTransaction(db, async (tx) => {
    await tx.query(`INSERT INTO aml_rules (rule_id, name) VALUES ($1, 'Cases test rule') ON CONFLICT DO NOTHING`, [
      RULE_ID,
    ]);
    await tx.query(
      `INSERT INTO aml_rule_versions (rule_id, version, definition, description, severity, score, created_by, reason)
       VALUES ($1, 1, '{}', 'raised by the cases integration test', 'HIGH', 80, 'test', 'test rule')
       ON CONFLICT DO NOTHING`,
      [RULE_ID],
    );
  });
});
afterAll(() => db.end());

/** Raises an alert as the monitor does: its row and its event in one transaction. */
async function raiseAlert(playerId: string, severity: AmlSeverity): Promise<string> {
  const alertId = newBusinessId('alt');
  const occurredAt = new Date().toISOString();
  await withTransaction(db, async (tx) => {
    await tx.query(
      `INSERT INTO aml_alerts (alert_id, alert_key, rule_id, rule_version, player_id, severity, score, event_id,
         occurred_at, explanation) VALUES ($1, $2, $3, 1, $4, $5, 80, $6, $7, '{"test": true}')`,
      [alertId, `test:${alertId}`, RULE_ID, playerId, severity, randomUUID(), occurredAt],
    );
    await appendOutboxEvent(tx, amlAlertRaisedEvent, playerId, {
      alertId,
      playerId,
      ruleId: RULE_ID,
      ruleVersion: 1,
      severity,
      score: 80,
      occurredAt,
    });
  });
  return alertId;
}

const staffCall = async (method: string, path: string, body?: unknown) => {
  const response = await fetchApi(`${apiUrl}${path}`, {
    method,
    headers: { 'content-type': 'application/json', ...officer.headers },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return { status: response.status, json: (await response.json()) as Record<string, unknown> };
};

it('holds a payout while a HIGH case is open and pays it once the case closes with no action', async () => {
  const playerId = await newPlayer(db, { fundsMinor: 10_000 });
  const alertId = await raiseAlert(playerId, 'HIGH');

  const caseId = await until('the alert filed into a case', async () => {
    const { rows } = await db.query<{ caseId: string | null }>(
      'SELECT case_id AS "caseId" FROM aml_alerts WHERE alert_id = $1',
      [alertId],
    );
    return rows[0]?.caseId ?? undefined;
  });
  await until('the hold placed', async () => {
    const { rows } = await db.query('SELECT 1 FROM aml_holds WHERE case_id = $1 AND released_at IS NULL', [caseId]);
    return rows.length ? true : undefined;
  });
  const queue = await staffCall('GET', `/api/aml/cases?playerId=${playerId}`);
  expect(queue.status).toBe(200);
  expect(queue.json.items).toEqual([
    expect.objectContaining({ caseId, status: 'OPEN', severity: 'HIGH', holdActive: true, alertCount: 1 }),
  ]);

  // The withdrawal is accepted, reserved and approved, then waits: not refused, not paid.
  const reply = await requestPayment('withdrawals', playerId, { amountMinor: 2_500 });
  expect(reply.status).toBe(202);
  const withdrawalId = reply.json.id as string;
  await waitForStatus(db, withdrawalId, 'AWAITING_APPROVAL'); // a new player's payout needs an officer
  const approved = await staffCall('POST', `/api/payments/withdrawals/${withdrawalId}/approve`, { reason: 'ok' });
  expect(approved.status).toBe(200);
  await waitForStatus(db, withdrawalId, 'AML_HOLD');
  expect(await balancesOf(db, playerId)).toMatchObject({ cash: 7_500, pending: 2_500 });
  const { rows: holdStep } = await db.query<{ reason: string }>(
    `SELECT detail->>'reason' AS reason FROM payment_events WHERE payment_id = $1 AND type = 'AML_HOLD'`,
    [withdrawalId],
  );
  expect(holdStep).toEqual([{ reason: `AML case ${caseId}` }]);

  const note = await staffCall('POST', `/api/aml/cases/${caseId}/notes`, {
    body: 'Deposits match the declared salary.',
    evidence: [{ kind: 'PAYMENT', ref: withdrawalId }],
  });
  expect(note.status).toBe(201);
  const closed = await staffCall('POST', `/api/aml/cases/${caseId}/close`, {
    outcome: AmlCaseOutcome.NO_ACTION,
    reason: 'explained by salary',
  });
  expect(closed.status).toBe(200);
  expect(closed.json).toMatchObject({ status: 'CLOSED', outcome: 'NO_ACTION', holdActive: false });

  await waitForStatus(db, withdrawalId, 'PAID', 60_000);
  expect(await balancesOf(db, playerId)).toMatchObject({ cash: 7_500, pending: 0 });
  const detail = await staffCall('GET', `/api/aml/cases/${caseId}`);
  expect(detail.json).toMatchObject({
    status: 'CLOSED',
    outcome: 'NO_ACTION',
    // The starter rules may add their own alerts of the player (a withdrawal to an instrument never deposited from).
    alerts: expect.arrayContaining([
      expect.objectContaining({ alertId, ruleId: RULE_ID, ruleVersion: 1, disposition: 'FALSE_POSITIVE' }),
    ]),
    notes: [expect.objectContaining({ evidence: [{ kind: 'PAYMENT', ref: withdrawalId }] })],
    hold: expect.objectContaining({ releasedBy: officer.staffId }),
  });
  expect((detail.json.timeline as { type: string }[]).map((t) => t.type)).toEqual(
    expect.arrayContaining(['OPENED', 'HOLD_PLACED', 'CLOSED']),
  );
});
