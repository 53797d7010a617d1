import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { auditHash, listAuditEntries, recordAudit, verifyAuditChain } from '../domain/admin/audit-log';
import { upsertStaff } from '../domain/admin/staff';
import { loadConfig } from '../platform/config';
import { createPool, type Db, type DbClient } from '../platform/db';

// The audit log is append-only and tamper-evident: the database refuses changes, and a change made anyway (by a
// superuser who switched the trigger off) is found by `audit:verify`, which names the entry. Every tampering here
// happens inside a transaction that is rolled back, so the shared log stays intact for the other suites.
let db: Db;
beforeAll(() => {
  db = createPool(loadConfig().databaseUrl, 5);
});
afterAll(() => db.end());

const entry = (n: number) => ({
  actor: 'system',
  action: 'test.audit_chain',
  entityType: 'Test',
  entityId: `entry-${n}`,
  reason: 'audit chain test',
  before: { n, nested: { list: [1, 'two', null], flag: true } },
  after: { n: n + 1, at: new Date('2025-01-01T00:00:00Z') },
  requestId: `req-${n}`,
  sourceIp: '127.0.0.1',
});

/** Runs `work` in a transaction that is always rolled back; triggers are off in it when `bypassTriggers`. */
async function inRolledBackTransaction<T>(work: (tx: DbClient) => Promise<T>, bypassTriggers = false): Promise<T> {
  const tx = await db.connect();
  try {
    await tx.query('BEGIN');
    // Superuser only, and scoped to this transaction: ordinary triggers (the append-only one) do not fire. Unlike
    // ALTER TABLE ... DISABLE TRIGGER it takes no table lock, so the other suites keep appending meanwhile.
    if (bypassTriggers) await tx.query(`SET LOCAL session_replication_role = replica`);
    return await work(tx);
  } finally {
    await tx.query('ROLLBACK');
    tx.release();
  }
}

it('chains concurrent appends linearly, and verifies (also as `npm run audit:verify`)', async () => {
  const appended = await Promise.all([1, 2, 3, 4, 5, 6, 7, 8].map((n) => recordAudit(db, entry(n))));
  const ids = appended.map((e) => e.auditId).sort((a, b) => a - b);
  expect(new Set(appended.map((e) => e.prevHash)).size).toBe(8); // no two entries claim the same predecessor

  const report = await verifyAuditChain(db);
  expect(report).toMatchObject({ ok: true });
  expect(report.lastAuditId).toBeGreaterThanOrEqual(ids.at(-1)!);

  const root = path.resolve(__dirname, '..');
  const script = spawnSync(process.execPath, ['--import', 'tsx', path.join(root, 'scripts', 'audit-verify.ts')], {
    cwd: root,
    encoding: 'utf8',
    timeout: 60_000,
  });
  expect(script.stdout).toContain('the hash chain is intact');
  expect(script.status).toBe(0);
  expect(JSON.parse(script.stdout.trim().split('\n').at(-1)!)).toMatchObject({ verified: true });
});

it('lists a staff actor with their name beside the id, and other actors with none', async () => {
  const { staffId } = await upsertStaff(db, {
    username: 'test-audit-named',
    displayName: 'Avery Auditor',
    roles: ['risk_analyst'],
    password: 'test-password-0001',
    totpSecret: null,
  });
  const entityId = `named-${Date.now()}`;
  await recordAudit(db, { ...entry(50), entityId, actor: staffId });
  await recordAudit(db, { ...entry(51), entityId, actor: 'system' });
  const { items } = await listAuditEntries(db, { entityId, limit: 10, offset: 0 });
  expect(items.map(({ actor, actorName }) => ({ actor, actorName }))).toEqual([
    { actor: 'system', actorName: null },
    { actor: staffId, actorName: 'Avery Auditor' },
  ]);
  expect(await verifyAuditChain(db)).toMatchObject({ ok: true }); // the name is not part of the hashed entry
});

it('refuses UPDATE, DELETE and TRUNCATE', async () => {
  const { auditId } = await recordAudit(db, entry(10));
  for (const sql of [
    `UPDATE audit_log SET reason = 'edited' WHERE audit_id = ${auditId}`,
    `DELETE FROM audit_log WHERE audit_id = ${auditId}`,
    'TRUNCATE audit_log',
  ]) {
    await expect(inRolledBackTransaction((tx) => tx.query(sql))).rejects.toThrow('audit_log is append-only');
  }
});

it('finds an entry edited behind the trigger’s back, and names it', async () => {
  const { auditId } = await recordAudit(db, entry(20));
  await recordAudit(db, entry(21)); // so the edited entry is not the last one

  const report = await inRolledBackTransaction(async (tx) => {
    await tx.query(`UPDATE audit_log SET after = '{"n": 999}' WHERE audit_id = $1`, [auditId]);
    return verifyAuditChain(tx);
  }, true);

  expect(report).toMatchObject({ ok: false, firstBroken: { auditId, reason: 'its fields do not match its hash' } });
  expect(await verifyAuditChain(db)).toMatchObject({ ok: true }); // rolled back: the real log is intact
});

it('finds an entry removed from the middle, or edited and re-hashed, at the entry after it', async () => {
  const original = await recordAudit(db, entry(30));
  const { auditId } = original;
  const next = await recordAudit(db, entry(31));
  await recordAudit(db, entry(32));

  const removed = await inRolledBackTransaction(async (tx) => {
    await tx.query(`DELETE FROM audit_log WHERE audit_id = $1`, [auditId]);
    return verifyAuditChain(tx);
  }, true);
  expect(removed.firstBroken).toMatchObject({ auditId: next.auditId, reason: expect.stringContaining('removed') });

  // A forger who edits an entry and recomputes its hash still breaks the link to the entry after it.
  const rehashed = await inRolledBackTransaction(async (tx) => {
    const forged = { ...original, reason: 'nothing to see here' };
    const { prevHash: _prev, hash: _hash, ...fields } = forged;
    await tx.query(`UPDATE audit_log SET reason = $2, hash = $3 WHERE audit_id = $1`, [
      auditId,
      forged.reason,
      auditHash(original.prevHash, fields),
    ]);
    return verifyAuditChain(tx);
  }, true);
  expect(rehashed.firstBroken).toMatchObject({ auditId: next.auditId, reason: expect.stringContaining('removed') });
});

it('finds the tail removed, from the chain head', async () => {
  await recordAudit(db, entry(40));
  const report = await inRolledBackTransaction(async (tx) => {
    // Holding the head keeps other suites from appending after the entry about to be removed.
    const { rows } = await tx.query<{ last: number }>('SELECT last_audit_id AS last FROM audit_chain_head FOR UPDATE');
    await tx.query(`DELETE FROM audit_log WHERE audit_id = $1`, [rows[0]!.last]);
    return { last: rows[0]!.last, verdict: await verifyAuditChain(tx) };
  }, true);
  expect(report.verdict).toMatchObject({ ok: false, firstBroken: { auditId: report.last } });
  expect(report.verdict.firstBroken!.reason).toContain('tail');
});
