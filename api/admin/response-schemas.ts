import { z } from 'zod';
import { StaffRole } from '../../contracts/admin';
import { dateTime, integer, nullableDateTime, page, staffName } from '../openapi/common-schemas';

// What the auth, staff and audit routes answer, registered by id for the OpenAPI document (api/admin/openapi.ts).

const staffRoles = z.array(z.enum(StaffRole));
const oneOrMany = z.union([z.string(), z.array(z.string())]);

/** Who is signed in, what they may do, and the CSRF token for writes. */
export const staffSessionSchema = z
  .object({
    staff: z.object({
      staffId: z.string(),
      username: z.string(),
      displayName: z.string(),
      roles: staffRoles,
      totpEnabled: z.boolean(),
    }),
    csrfToken: z.string().meta({ description: 'Send it as `X-CSRF-Token` on every request but GET and HEAD.' }),
    rules: z
      .array(
        z.object({
          action: oneOrMany,
          subject: oneOrMany,
          conditions: z.looseObject({}).optional(),
          inverted: z.boolean().optional(),
        }),
      )
      .meta({
        description:
          'The CASL rules of the staff member (`@casl/ability` raw rules), for the UI to hide what is refused.',
      }),
    idleTimeoutSeconds: integer,
    expiresAt: dateTime,
  })
  .meta({ id: 'StaffSession', description: 'Who is signed in, what they may do, and the CSRF token for writes.' });

/** A staff member as the back office shows them. */
export const staffMemberSchema = z
  .object({
    staffId: z.string(),
    username: z.string(),
    displayName: z.string(),
    roles: staffRoles,
    totpEnabled: z.boolean(),
    disabled: z.boolean(),
    createdAt: dateTime,
    updatedAt: dateTime,
  })
  .meta({ id: 'StaffMember' });

/** Every staff member, with their last sign-in. */
export const staffListSchema = z
  .object({
    items: z.array(
      z.intersection(
        staffMemberSchema,
        z.object({ lastLoginAt: nullableDateTime.meta({ description: 'Null until they sign in.' }) }),
      ),
    ),
  })
  .meta({ id: 'StaffList' });

/** Colleagues to assign work to, by name. */
export const colleagueListSchema = z
  .object({
    items: z.array(
      z.object({
        staffId: z.string(),
        displayName: z.string(),
        roles: staffRoles,
      }),
    ),
  })
  .meta({ id: 'ColleagueList', description: 'Enabled staff members, by name.' });

/** A staff member after a change, with a TOTP provisioning URI when the roles need TOTP. */
export const staffChangeResultSchema = z
  .object({
    staff: staffMemberSchema,
    totpProvisioningUri: z.string().optional().meta({ description: 'An otpauth:// URI, when the roles need TOTP.' }),
  })
  .meta({ id: 'StaffChangeResult' });

/** One page of the audit log. */
export const auditPageSchema = page(
  z.object({
    auditId: integer,
    at: dateTime,
    actor: z.string().meta({ description: "A staff id, 'system' (a workflow step), a player id, or 'anonymous'." }),
    actorName: staffName('actor'),
    action: z.string(),
    entityType: z.string(),
    entityId: z.string().nullable().optional(),
    reason: z.string().nullable(),
    before: z.unknown().meta({ description: 'The state before the action, as the action recorded it (any JSON).' }),
    after: z.unknown().meta({ description: 'The state after the action, as the action recorded it (any JSON).' }),
    requestId: z.string().nullable(),
    sourceIp: z.string().nullable(),
    prevHash: z.string().meta({ description: "The previous entry's hash, which this entry's hash covers." }),
    hash: z.string(),
  }),
).meta({
  id: 'AuditPage',
  description: 'Audit entries, newest first, with their hash chain; `actorName` is not part of the hashed entry.',
});
