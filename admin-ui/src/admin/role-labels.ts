import { STAFF_ROLES, type StaffRole } from '../../../contracts/admin';

/** How each role is named on screen. */
export const ROLE_LABELS: Record<StaffRole, string> = {
  compliance_officer: 'Compliance officer',
  senior_compliance: 'Senior compliance',
  payments_ops: 'Payments ops',
  cs_agent: 'Customer support',
  risk_analyst: 'Risk analyst',
  engineer: 'Engineer',
  admin: 'Administrator',
  mlro: 'MLRO',
  rg_officer: 'RG officer',
};

/** What each role is for, shown where roles are granted. */
export const ROLE_DESCRIPTIONS: Record<StaffRole, string> = {
  compliance_officer: 'Decides withdrawals below the senior threshold; reads players and the audit log',
  senior_compliance: 'Takes the senior decision on four-eyes and escalated withdrawals',
  payments_ops: 'Raises withdrawals for players, retries payouts, runs reconciliations',
  cs_agent: 'Reads payments and players (personal data masked); raises withdrawals',
  risk_analyst: 'Reads everything including personal data; exports the audit log',
  engineer: 'Reads decrypted workflow payloads in Temporal Web; runs stack probes, reads service levels',
  admin: 'Manages staff and roles; never approves money',
  mlro: 'Nominated officer: approves suspicious activity reports drafted by others; works every AML case',
  rg_officer: 'Responsible gambling: works interventions, puts on and lifts restrictions, logs interactions',
};

export const ALL_ROLES: readonly StaffRole[] = STAFF_ROLES;

export const roleLabel = (role: string) => ROLE_LABELS[role as StaffRole] ?? role;
