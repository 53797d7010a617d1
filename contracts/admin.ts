// The admin domain's contract: who works in the back office. SDK-free, so the API, the workflows, the domain
// rules and the admin UI share this one definition.

/** The staff roles of the back office; what each may do is in domain/admin/abilities.ts. */
export const StaffRole = {
  COMPLIANCE_OFFICER: 'compliance_officer',
  SENIOR_COMPLIANCE: 'senior_compliance',
  PAYMENTS_OPS: 'payments_ops',
  CS_AGENT: 'cs_agent',
  RISK_ANALYST: 'risk_analyst',
  ENGINEER: 'engineer',
  ADMIN: 'admin',
  /** The nominated officer (money laundering reporting officer): approves suspicious activity reports. */
  MLRO: 'mlro',
  /** Responsible gambling: works the RG queue, applies restrictions, logs interactions with players. */
  RG_OFFICER: 'rg_officer',
} as const;
/** One staff role, as sessions, the staff table and the workflows' decisions carry it. */
export type StaffRole = (typeof StaffRole)[keyof typeof StaffRole];

/** Every staff role in the order screens list them. */
export const STAFF_ROLES: readonly StaffRole[] = Object.values(StaffRole);
