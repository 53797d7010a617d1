import { STAFF_ROLES } from '../../contracts/admin';
import { codesOf, Tag, type DomainOpenApi } from '../openapi/operation-spec';
import { string, dateTime, integer, ref, object, page, staffName, nullableString } from '../openapi/schema-helpers';
import { exportQuery as auditExportQuery, listQuery as auditListQuery } from './audit-router';
import { loginBody, loginRefusal } from './auth-router';
import { newStaffBody, staffChangeBody, staffIdParam, staffRuleStatus } from './staff-router';

const backOfficeTag = 'Back office: staff and audit';

const staffRole = { type: 'string', enum: STAFF_ROLES };

const staffMember = object({
  staffId: string,
  username: string,
  displayName: string,
  roles: { type: 'array', items: staffRole },
  totpEnabled: { type: 'boolean' },
  disabled: { type: 'boolean' },
  createdAt: dateTime,
  updatedAt: dateTime,
});

/** Staff sign-in, staff administration and the audit log. */
export const adminOpenApi: DomainOpenApi = {
  tags: [{ name: backOfficeTag, description: 'Staff administration and the tamper-evident audit log.' }],
  requestSchemas: [
    [loginBody, 'StaffLogin'],
    [newStaffBody, 'NewStaffMember'],
    [staffChangeBody, 'StaffChange'],
  ],
  responseSchemas: {
    StaffSession: object(
      {
        staff: object({
          staffId: string,
          username: string,
          displayName: string,
          roles: { type: 'array', items: staffRole },
          totpEnabled: { type: 'boolean' },
        }),
        csrfToken: { type: 'string', description: 'Send it as `X-CSRF-Token` on every request but GET and HEAD.' },
        rules: {
          type: 'array',
          description:
            'The CASL rules of the staff member (`@casl/ability` raw rules), for the UI to hide what is refused.',
          items: {
            type: 'object',
            properties: {
              action: { anyOf: [string, { type: 'array', items: string }] },
              subject: { anyOf: [string, { type: 'array', items: string }] },
              conditions: { type: 'object', additionalProperties: true },
              inverted: { type: 'boolean' },
            },
            required: ['action', 'subject'],
          },
        },
        idleTimeoutSeconds: integer,
        expiresAt: dateTime,
      },
      'Who is signed in, what they may do, and the CSRF token for writes.',
    ),
    StaffMember: staffMember,
    StaffList: {
      type: 'object',
      properties: {
        items: {
          type: 'array',
          items: {
            allOf: [ref('StaffMember')],
            type: 'object',
            properties: {
              lastLoginAt: { type: ['string', 'null'], format: 'date-time', description: 'Null until they sign in.' },
            },
            required: ['lastLoginAt'],
          },
        },
      },
      required: ['items'],
    },
    StaffChangeResult: {
      type: 'object',
      properties: {
        staff: ref('StaffMember'),
        totpProvisioningUri: { type: 'string', description: 'An otpauth:// URI, when the roles need TOTP.' },
      },
      required: ['staff'],
    },
    AuditPage: page(
      {
        type: 'object',
        properties: {
          auditId: integer,
          at: dateTime,
          actor: {
            type: 'string',
            description: "A staff id, 'system' (a workflow step), a player id, or 'anonymous'.",
          },
          actorName: staffName('actor'),
          action: string,
          entityType: string,
          entityId: nullableString,
          reason: nullableString,
          before: { description: 'The state before the action, as the action recorded it (any JSON).' },
          after: { description: 'The state after the action, as the action recorded it (any JSON).' },
          requestId: nullableString,
          sourceIp: nullableString,
          prevHash: { type: 'string', description: "The previous entry's hash, which this entry's hash covers." },
          hash: string,
        },
        required: [
          'auditId',
          'at',
          'actor',
          'actorName',
          'action',
          'entityType',
          'reason',
          'before',
          'after',
          'requestId',
          'sourceIp',
          'prevHash',
          'hash',
        ],
      },
      'Audit entries, newest first, with their hash chain; `actorName` is not part of the hashed entry.',
    ),
  },
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
      success: { status: 200, description: 'Signed in; `Set-Cookie` carries `bo_session`.', schema: 'StaffSession' },
      errors: Object.fromEntries(Object.entries(loginRefusal).map(([code, { status }]) => [code, status])),
    },
    {
      method: 'get',
      path: '/api/auth/session',
      operationId: 'getSession',
      tag: Tag.Auth,
      summary: 'Read the current session',
      caller: 'staff',
      success: { status: 200, description: 'The same body as sign-in.', schema: 'StaffSession' },
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
      success: { status: 200, description: 'One page of entries.', schema: 'AuditPage' },
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
      path: '/api/staff',
      operationId: 'listStaff',
      tag: backOfficeTag,
      summary: 'List staff',
      caller: 'staff',
      success: { status: 200, description: 'Every staff member.', schema: 'StaffList' },
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
        schema: 'StaffChangeResult',
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
      success: { status: 200, description: 'The staff member after the change.', schema: 'StaffChangeResult' },
      errors: codesOf(staffRuleStatus, 'UNKNOWN_STAFF', 'CANNOT_LOCK_OUT_SELF'),
    },
  ],
};
