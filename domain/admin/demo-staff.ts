import type { Queryable } from '../../platform/db';
import type { StaffRole } from '../../contracts/admin';
import { upsertStaff, type StaffMember } from './staff';

// LOCAL DEMO ONLY. These accounts, their shared password and their TOTP secrets are public (they are in this
// file and printed by `npm start`); the stack seeds them only into its own embedded Postgres, never into a
// database given by DATABASE_URL. The secrets were generated once and fixed, so tests and a phone's
// authenticator app can compute the same codes.

/** The password of every demo user. */
export const DEMO_PASSWORD = 'demo-password-1';

/** One demo user; `totpSecret` (base32) where the account signs in with TOTP. */
export interface DemoStaffMember {
  username: string;
  displayName: string;
  roles: StaffRole[];
  totpSecret?: string;
}

/** One user per role (usernames are role names with dashes and a number), and a second compliance officer for four-eyes. */
export const demoStaff: readonly DemoStaffMember[] = [
  {
    username: 'compliance-officer-1',
    displayName: 'Clara Compliance',
    roles: ['compliance_officer'],
    totpSecret: 'F5QSUTRZGGXOZIPJX6AB3RXXILIFODXJ',
  },
  {
    username: 'compliance-officer-2',
    displayName: 'Colin Compliance',
    roles: ['compliance_officer'],
    totpSecret: '2M4D2NGNIRREPBU33QZSDZ3OAZQIQXUD',
  },
  {
    username: 'senior-compliance-1',
    displayName: 'Sofia Senior',
    roles: ['senior_compliance'],
    totpSecret: '3QDFY7LN4NIIV6BHZGIK6HI3RZUPOSBO',
  },
  { username: 'payments-ops-1', displayName: 'Paul Payments', roles: ['payments_ops'] },
  { username: 'cs-agent-1', displayName: 'Cara Support', roles: ['cs_agent'] },
  { username: 'risk-analyst-1', displayName: 'Rita Risk', roles: ['risk_analyst'] },
  {
    username: 'mlro-1',
    displayName: 'Morgan MLRO',
    roles: ['mlro'],
    totpSecret: 'GVBVFMDZTU5PQLKH2VQ53MO75J3RILAT',
  },
  { username: 'rg-officer-1', displayName: 'Robin Responsible', roles: ['rg_officer'] },
  { username: 'engineer-1', displayName: 'Erin Engineer', roles: ['engineer'] },
  {
    username: 'admin-1',
    displayName: 'Adam Admin',
    roles: ['admin'],
    totpSecret: 'NMWV573PX62NUH4ANNOH2OCAIIEP2E62',
  },
];

/** Creates the demo users, or puts them back as listed (roles, password, secret, enabled): idempotent. */
export async function seedDemoStaff(db: Queryable): Promise<StaffMember[]> {
  const seeded: StaffMember[] = [];
  for (const member of demoStaff) {
    seeded.push(await upsertStaff(db, { ...member, password: DEMO_PASSWORD, totpSecret: member.totpSecret ?? null }));
  }
  return seeded;
}
