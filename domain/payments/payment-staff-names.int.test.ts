import { upsertStaff } from '../admin/staff';
import { loadConfig } from '../../platform/config';
import { createPool, type Db, type DbClient } from '../../platform/db';
import { newBusinessId } from '../../platform/ids';
import { getPaymentDetail } from './payments-repository';
import { getWithdrawalDecisionFacts, listWithdrawalQueue } from './withdrawal-queue';

// The back office shows staff by name: a payment's story and the approval queue carry each staff id with its
// display name, and leave 'system' and the player unnamed. The ids stay, since the screens compare them. The
// withdrawal lives in a transaction that is rolled back, so no other suite ever sees it in the queue.
let db: Db;
let tx: DbClient;
let maker: { staffId: string };
let officer: { staffId: string };
let paymentId: string;
beforeAll(async () => {
  db = createPool(loadConfig().databaseUrl, 2);
  const staff = (username: string, displayName: string) =>
    upsertStaff(db, {
      username,
      displayName,
      roles: ['payments_ops'],
      password: 'test-password-0001',
      totpSecret: null,
    });
  maker = await staff('test-names-maker', 'Mia Maker');
  officer = await staff('test-names-officer', 'Otto Officer');
  tx = await db.connect();
  await tx.query('BEGIN');
  // A four-eyes withdrawal raised by staff, with its first approval recorded as the saga records it.
  const playerId = newBusinessId('pl');
  paymentId = newBusinessId('wd');
  await tx.query(
    `INSERT INTO players (player_id, brand, jurisdiction, currency, date_of_birth)
     VALUES ($1, 'luckyspin', 'GB', 'EUR', '1990-01-01')`,
    [playerId],
  );
  await tx.query(
    `INSERT INTO payments (payment_id, kind, player_id, brand, amount_minor, currency, method, country, status,
                           client_key, request_hash, requested_by, workflow_id, approvals_needed)
     VALUES ($1, 'WITHDRAWAL', $2, 'luckyspin', 600000, 'EUR', 'BANK_TRANSFER', 'GB', 'AWAITING_SECOND_APPROVAL',
             $1, '-', $3, 'payments:withdrawal:' || $1, 2)`,
    [paymentId, playerId, maker.staffId],
  );
  await tx.query(
    `INSERT INTO payment_events (payment_id, step_key, type, actor, detail)
     VALUES ($1, 'test-1', 'REQUESTED', $2, '{}'), ($1, 'test-2', 'FUNDS_RESERVED', 'system', '{}'),
            ($1, 'test-3', 'APPROVAL', $3, '{}')`,
    [paymentId, maker.staffId, officer.staffId],
  );
  await tx.query(
    `INSERT INTO payment_decisions (payment_id, staff_id, decision, role) VALUES ($1, $2, 'APPROVE', 'compliance_officer')`,
    [paymentId, officer.staffId],
  );
});
afterAll(async () => {
  await tx.query('ROLLBACK');
  tx.release();
  await db.end();
});

it('names the staff in a payment’s story: who raised it, who acted at each step, who decided', async () => {
  const detail = await getPaymentDetail(tx, paymentId);
  expect(detail).toMatchObject({ requestedBy: maker.staffId, requestedByName: 'Mia Maker' });
  expect(detail!.timeline.map(({ type, actor, actorName }) => ({ type, actor, actorName }))).toEqual([
    { type: 'REQUESTED', actor: maker.staffId, actorName: 'Mia Maker' },
    { type: 'FUNDS_RESERVED', actor: 'system', actorName: null },
    { type: 'APPROVAL', actor: officer.staffId, actorName: 'Otto Officer' },
  ]);
  expect(detail!.decisions).toEqual([
    expect.objectContaining({ staffId: officer.staffId, staffName: 'Otto Officer', decision: 'APPROVE' }),
  ]);
});

it('names who raised a queued withdrawal and who approved it so far, beside their ids', async () => {
  const queue = await listWithdrawalQueue(tx, { approvalSlaMs: 3_600_000, limit: 5, offset: 0, search: paymentId });
  expect(queue.items).toEqual([
    expect.objectContaining({
      paymentId,
      requestedBy: maker.staffId,
      requestedByName: 'Mia Maker',
      decidedBy: [officer.staffId],
      decidedByNames: ['Otto Officer'],
      seniorRequiredForNext: true,
    }),
  ]);
  // The decision facts the API authorises with are ids only, as before.
  expect(await getWithdrawalDecisionFacts(tx, paymentId)).toMatchObject({
    decidedBy: [officer.staffId],
    fourEyes: true,
  });
});
