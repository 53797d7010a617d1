import type { RawRuleOf } from '@casl/ability';
import type { StaffRole } from '../../../contracts/admin';
import type { AppAbility } from '../../../domain/admin/abilities';
import { ApiProblemError, rememberCsrfToken, request, toQueryString, type Page } from '../api/http';

// The admin domain's calls: the staff session, the audit log, staff and roles.

/* -------------------------------------------------------------------------------------- session */

/** A member of staff, as the session and the staff list show them. */
export interface StaffMember {
  staffId: string;
  username: string;
  displayName: string;
  roles: StaffRole[];
  totpEnabled: boolean;
  disabled?: boolean;
  createdAt?: string;
  lastLoginAt?: string | null;
}

/** The signed-in staff member, the CASL rules the API enforces for them, and the CSRF token for writes. */
export interface Session {
  staff: StaffMember;
  csrfToken: string;
  rules: RawRuleOf<AppAbility>[];
  idleTimeoutSeconds: number;
}

/** What the login form sends; `totp` once the API has answered TOTP_REQUIRED. */
export interface Credentials {
  username: string;
  password: string;
  totp?: string;
}

/** The current session, or null when nobody is signed in (or the session expired). */
export async function getSession(): Promise<Session | null> {
  try {
    const session = await request<Session>('/api/auth/session', { sessionProbe: true });
    rememberCsrfToken(session.csrfToken);
    return session;
  } catch (err) {
    if (err instanceof ApiProblemError && err.status === 401) {
      rememberCsrfToken(undefined);
      return null;
    }
    throw err;
  }
}

/** Signs in; the API sets the session cookie. Throws with code TOTP_REQUIRED when a code is needed. */
export async function login(credentials: Credentials): Promise<Session> {
  const session = await request<Session>('/api/auth/login', {
    method: 'POST',
    body: credentials,
    sessionProbe: true,
  });
  rememberCsrfToken(session.csrfToken);
  return session;
}

/** Ends the session on the server; the cookie stops working at once. */
export async function logout(): Promise<void> {
  try {
    await request<void>('/api/auth/logout', { method: 'POST', sessionProbe: true });
  } finally {
    rememberCsrfToken(undefined);
  }
}

/* ---------------------------------------------------------------------------------------- audit */

/** One audited back-office action. */
export interface AuditEntry {
  auditId: string | number;
  at: string;
  /** A staff id, 'system' (a workflow step), a player id, or 'anonymous'. */
  actor: string;
  /** The display name when `actor` is a staff member (not part of the hashed entry). */
  actorName: string | null;
  action: string;
  entityType: string;
  entityId: string | null;
  reason: string | null;
  before: unknown;
  after: unknown;
  requestId: string | null;
  sourceIp: string | null;
  /** The log is a hash chain: each entry's hash covers the previous one's. */
  prevHash?: string;
  hash?: string;
}

/** Filters of the audit log; `from` and `to` are ISO times. */
export interface AuditFilter {
  actor?: string;
  action?: string;
  entityType?: string;
  entityId?: string;
  from?: string;
  to?: string;
}

export function listAudit(filter: AuditFilter & { limit: number; offset: number }, signal?: AbortSignal) {
  return request<Page<AuditEntry>>(`/api/audit${toQueryString({ ...filter })}`, { signal });
}

/** The CSV export of the audit log with the same filters as the screen (a plain link: the cookie authorises it). */
export function auditExportUrl(filter: AuditFilter): string {
  return `/api/audit/export.csv${toQueryString({ ...filter })}`;
}

/* ---------------------------------------------------------------------------------------- staff */

export function listStaff(signal?: AbortSignal): Promise<{ items: StaffMember[] }> {
  return request<{ items: StaffMember[] } | StaffMember[]>('/api/staff', { signal }).then((answer) =>
    Array.isArray(answer) ? { items: answer } : answer,
  );
}

/** A new staff member; the answer carries the TOTP provisioning URI to enrol their authenticator. */
export interface NewStaffMember {
  username: string;
  displayName: string;
  roles: StaffRole[];
  password: string;
}

export function createStaff(member: NewStaffMember): Promise<{ staff: StaffMember; totpProvisioningUri?: string }> {
  return request<{ staff: StaffMember; totpProvisioningUri?: string }>('/api/staff', { method: 'POST', body: member });
}

/** Changes a staff member's roles or disables them; the reason goes into the audit log. */
export function updateStaff(staffId: string, change: { roles?: StaffRole[]; disabled?: boolean; reason?: string }) {
  return request<StaffMember | { staff: StaffMember }>(`/api/staff/${encodeURIComponent(staffId)}`, {
    method: 'PUT',
    body: change,
  });
}

export type { StaffRole };
