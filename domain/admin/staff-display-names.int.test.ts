import { loadConfig } from '../../platform/config';
import { createPool, type Db } from '../../platform/db';
import { staffDisplayNames, upsertStaff, withStaffNames } from './staff';

// Screens show staff by name: ids from workflow state (decisions) are resolved in one query; anything that is not
// a staff id ('system', a player) has no name and stays as it is.
let db: Db;
let staffId: string;
beforeAll(async () => {
  db = createPool(loadConfig().databaseUrl, 2);
  ({ staffId } = await upsertStaff(db, {
    username: 'test-display-name',
    displayName: 'Dana Display',
    roles: ['compliance_officer'],
    password: 'test-password-0001',
    totpSecret: null,
  }));
});
afterAll(() => db.end());

const unknownStaffId = 'st_01KAAAAAAAAAAAAAAAAAAAAAAA';

it('names the staff among the ids, once each, and leaves out everyone else', async () => {
  const names = await staffDisplayNames(db, [
    staffId,
    'system',
    'pl_01KAAAAAAAAAAAAAAAAAAAAAAA',
    staffId,
    unknownStaffId,
  ]);
  expect([...names]).toEqual([[staffId, 'Dana Display']]);
  expect(await staffDisplayNames(db, [])).toEqual(new Map());
});

it('adds staffName to each decision, null where the id names nobody on the staff, keeping every other field', async () => {
  const decisions = [
    { staffId, decision: 'APPROVE', at: '2026-01-01T00:00:00.000Z' },
    { staffId: unknownStaffId, decision: 'REJECT', at: '2026-01-01T00:01:00.000Z' },
  ];
  expect(await withStaffNames(db, decisions)).toEqual([
    { ...decisions[0], staffName: 'Dana Display' },
    { ...decisions[1], staffName: null },
  ]);
});
