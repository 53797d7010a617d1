import type { RawRuleOf } from '@casl/ability';
import type { StaffRole } from '../../../contracts/admin';
import type { AppAbility } from '../../../domain/admin/abilities';
import { api, ApiProblemError, rememberCsrfToken, resultOf, toQueryString } from '../api/http';
import type { components, operations, paths } from '../api/openapi-types';

// The admin domain's calls: the staff session, the audit log, staff and roles. The types are the OpenAPI
// document's (generated into openapi-types.ts).

type Schemas = components['schemas'];

/* -------------------------------------------------------------------------------------- session */

/** A member of staff, as the staff administration shows and changes them. */
export type StaffMember = Schemas['StaffMember'];

/** A member of staff in the staff list, with their last sign-in. */
export type ListedStaffMember = Schemas['StaffList']['items'][number];

/**
 * The signed-in staff member, the CASL rules the API enforces for them, and the CSRF token for writes. The API
 * builds the rules from the same abilities (domain/admin/abilities.ts), so the UI reads them as its own.
 */
export type Session = Omit<Schemas['StaffSession'], 'rules'> & { rules: RawRuleOf<AppAbility>[] };

/** What the login form sends; `totp` once the API has answered TOTP_REQUIRED. */
export type Credentials = Schemas['StaffLogin'];

/** The current session, or null when nobody is signed in (or the session expired). */
export async function getSession(): Promise<Session | null> {
  try {
    const session = (await resultOf(api.GET('/api/auth/session'))) as Session;
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
  const session = (await resultOf(api.POST('/api/auth/login', { body: credentials }))) as Session;
  rememberCsrfToken(session.csrfToken);
  return session;
}

/** Ends the session on the server; the cookie stops working at once. */
export async function logout(): Promise<void> {
  try {
    await api.POST('/api/auth/logout');
  } finally {
    rememberCsrfToken(undefined);
  }
}

/* ---------------------------------------------------------------------------------------- audit */

/** One audited back-office action; the log is a hash chain, each entry's hash covering the previous one's. */
export type AuditEntry = Schemas['AuditPage']['items'][number];

/** Filters of the audit log; `from` and `to` are ISO times. */
export type AuditFilter = Omit<NonNullable<operations['exportAuditLog']['parameters']['query']>, 'limit' | 'offset'>;

export function listAudit(filter: AuditFilter & { limit: number; offset: number }, signal?: AbortSignal) {
  return resultOf(api.GET('/api/audit', { params: { query: filter }, signal }));
}

/** The CSV export of the audit log with the same filters as the screen (a plain link: the cookie authorises it). */
export function auditExportUrl(filter: AuditFilter): string {
  return `${AUDIT_EXPORT_PATH}${toQueryString({ ...filter })}`;
}
const AUDIT_EXPORT_PATH = '/api/audit/export.csv' satisfies keyof paths;

/* ---------------------------------------------------------------------------------------- staff */

/** Enabled colleagues holding any of `roles` (all when none), by name: whom work may be assigned to. */
export function listColleagues(roles: readonly StaffRole[], signal?: AbortSignal): Promise<Schemas['ColleagueList']> {
  return resultOf(api.GET('/api/staff/colleagues', { params: { query: { role: [...roles] } }, signal }));
}

export function listStaff(signal?: AbortSignal): Promise<Schemas['StaffList']> {
  return resultOf(api.GET('/api/staff', { signal }));
}

/** A new staff member; the answer carries the TOTP provisioning URI to enrol their authenticator. */
export type NewStaffMember = Schemas['NewStaffMember'];

export function createStaff(member: NewStaffMember): Promise<Schemas['StaffChangeResult']> {
  return resultOf(api.POST('/api/staff', { body: member }));
}

/** Changes a staff member's roles or disables them; the reason goes into the audit log. */
export function updateStaff(staffId: string, change: Schemas['StaffChange']): Promise<Schemas['StaffChangeResult']> {
  return resultOf(api.PUT('/api/staff/{staffId}', { params: { path: { staffId } }, body: change }));
}

export type { StaffRole };
