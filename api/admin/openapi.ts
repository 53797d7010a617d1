import { codesOf, Tag, type DomainOpenApi } from '../openapi/operation-spec';
import { exportQuery as auditExportQuery, listQuery as auditListQuery } from './audit-router';
import { loginBody, loginRefusal } from './auth-router';
import {
  auditPageSchema,
  colleagueListSchema,
  staffChangeResultSchema,
  staffListSchema,
  staffSessionSchema,
} from './response-schemas';
import { colleaguesQuery, newStaffBody, staffChangeBody, staffIdParam, staffRuleStatus } from './staff-router';

const backOfficeTag = 'Back office: staff and audit';

/** Staff sign-in, staff administration and the audit log. */
export const adminOpenApi: DomainOpenApi = {
  tags: [{ name: backOfficeTag, description: 'Staff administration and the tamper-evident audit log.' }],
  requestSchemas: [
    [loginBody, 'StaffLogin'],
    [newStaffBody, 'NewStaffMember'],
    [staffChangeBody, 'StaffChange'],
  ],
  operations: [
    {
      method: 'post',
      path: '/api/auth/login',
      operationId: 'logIn',
      tag: Tag.Auth,
      summary: 'Sign in',
      description:
        'Checks the password and, for approvers or whoever enrolled, a TOTP code (each code accepted once). Sets the ' +
        '`bo_session` cookie. Five failures for a username, or twenty from one address, in 15 minutes answer 429.',
      caller: 'anyone',
      body: loginBody,
      success: {
        status: 200,
        description: 'Signed in; `Set-Cookie` carries `bo_session`.',
        schema: staffSessionSchema,
      },
      errors: Object.fromEntries(Object.entries(loginRefusal).map(([code, { status }]) => [code, status])),
    },
    {
      method: 'get',
      path: '/api/auth/session',
      operationId: 'getSession',
      tag: Tag.Auth,
      summary: 'Read the current session',
      caller: 'staff',
      success: { status: 200, description: 'The same body as sign-in.', schema: staffSessionSchema },
    },
    {
      method: 'post',
      path: '/api/auth/logout',
      operationId: 'logOut',
      tag: Tag.Auth,
      summary: 'Sign out',
      caller: 'staff',
      success: { status: 204, description: 'Signed out; the cookie is cleared.' },
    },
    {
      method: 'get',
      path: '/api/audit',
      operationId: 'listAuditEntries',
      tag: backOfficeTag,
      summary: 'Read the audit log',
      description: 'An `action` ending in `*` is a prefix.',
      caller: 'staff',
      query: auditListQuery,
      success: { status: 200, description: 'One page of entries.', schema: auditPageSchema },
    },
    {
      method: 'get',
      path: '/api/audit/export.csv',
      operationId: 'exportAuditLog',
      tag: backOfficeTag,
      summary: 'Export the audit log as CSV',
      description: 'With the hash chain, so the export can be checked offline; the export itself is audited.',
      caller: 'staff',
      query: auditExportQuery,
      success: {
        status: 200,
        description: 'The entries (at most 100,000); `X-Total-Count` says how many matched.',
        contentType: 'text/csv',
      },
    },
    {
      method: 'get',
      path: '/api/staff/colleagues',
      operationId: 'listColleagues',
      tag: backOfficeTag,
      summary: 'List colleagues to assign work to',
      description:
        'Enabled staff members by name, for any signed-in staff member: those holding any `role` given (repeat the ' +
        'parameter), or all. Names and roles only.',
      caller: 'staff',
      query: colleaguesQuery,
      success: { status: 200, description: 'The colleagues, by name.', schema: colleagueListSchema },
    },
    {
      method: 'get',
      path: '/api/staff',
      operationId: 'listStaff',
      tag: backOfficeTag,
      summary: 'List staff',
      caller: 'staff',
      success: { status: 200, description: 'Every staff member.', schema: staffListSchema },
    },
    {
      method: 'post',
      path: '/api/staff',
      operationId: 'createStaffMember',
      tag: backOfficeTag,
      summary: 'Create a staff member',
      caller: 'staff',
      body: newStaffBody,
      success: {
        status: 201,
        description: 'Created; a TOTP provisioning URI when the roles need TOTP.',
        schema: staffChangeResultSchema,
      },
      errors: codesOf(staffRuleStatus, 'USERNAME_TAKEN'),
    },
    {
      method: 'put',
      path: '/api/staff/:staffId',
      operationId: 'updateStaffMember',
      tag: backOfficeTag,
      summary: 'Change roles, or disable',
      description: "Disabling ends the staff member's sessions.",
      caller: 'staff',
      params: staffIdParam,
      body: staffChangeBody,
      success: { status: 200, description: 'The staff member after the change.', schema: staffChangeResultSchema },
      errors: codesOf(staffRuleStatus, 'UNKNOWN_STAFF', 'CANNOT_LOCK_OUT_SELF'),
    },
  ],
};
