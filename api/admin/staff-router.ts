import { Router } from 'express';
import { z } from 'zod';
import { appendAuditEntry } from '../../domain/admin/audit-log';
import { StaffRuleError, StaffRuleType } from '../../domain/admin/errors';
import {
  createStaff,
  listColleagues,
  listStaff,
  passwordSchema,
  rolesSchema,
  updateStaff,
  usernameSchema,
} from '../../domain/admin/staff';
import { totpProvisioningUri } from '../../domain/admin/totp';
import { withTransaction, type Db } from '../../platform/db';
import { HttpProblemError, parseOrThrow } from '../../platform/http-errors';
import { auditContextOf, authorize, staffOf } from './access-control';
import type { colleagueListSchema, staffChangeResultSchema, staffListSchema } from './response-schemas';
import { STAFF_ROLES, StaffRole } from '../../contracts/admin';

export const staffIdParam = z.object({
  staffId: z.string().regex(/^st_[0-9A-HJKMNP-TV-Z]{26}$/, 'must be a staff id (st_…)'),
});
export const newStaffBody = z
  .object({
    username: usernameSchema,
    displayName: z.string().trim().min(1).max(200),
    roles: rolesSchema,
    password: passwordSchema,
  })
  .strict();
/** Which colleagues a picker lists: those holding any of the roles named (all enabled staff when none is). */
export const colleaguesQuery = z
  .object({
    role: z
      .union([z.enum(StaffRole), z.array(z.enum(StaffRole)).max(STAFF_ROLES.length)])
      .optional()
      .transform((role) => (role === undefined ? [] : Array.isArray(role) ? role : [role])),
  })
  .strict();

export const staffChangeBody = z
  .object({
    roles: rolesSchema.optional(),
    disabled: z.boolean().optional(),
    reason: z.string().trim().max(1000).optional(),
  })
  .strict()
  .refine((b) => b.roles !== undefined || b.disabled !== undefined, { message: 'change roles or disabled' });

/** The HTTP status of each staff rule a change can break: one status per code. */
export const staffRuleStatus: Record<StaffRuleType, number> = {
  [StaffRuleType.UsernameTaken]: 409,
  [StaffRuleType.UnknownStaff]: 404,
  [StaffRuleType.CannotLockOutSelf]: 422,
};

function staffProblem(err: unknown): never {
  if (err instanceof StaffRuleError) {
    const status = staffRuleStatus[err.type];
    throw new HttpProblemError(status, 'Staff change refused', err.message, { code: err.type, ...err.context });
  }
  throw err;
}

/**
 * Staff administration, for administrators only ('manage' 'Staff'): list, create (with a TOTP provisioning URI
 * when the roles need TOTP), change roles, disable. Each change and its audit entry commit together.
 */
export function createStaffRouter(deps: { db: Db }): Router {
  const router = Router();

  // Any signed-in staff member: whoever works a queue assigns work to colleagues, whom they know by name.
  router.get('/colleagues', async (req, res) => {
    const { role } = parseOrThrow(colleaguesQuery, req.query, 'query');
    res.json({ items: await listColleagues(deps.db, role) } satisfies z.input<typeof colleagueListSchema>);
  });

  router.get('/', authorize('manage', 'Staff'), async (_req, res) => {
    res.json({ items: await listStaff(deps.db) } satisfies z.input<typeof staffListSchema>);
  });

  router.post('/', authorize('manage', 'Staff'), async (req, res) => {
    const body = parseOrThrow(newStaffBody, req.body);
    const { staff, totpSecret } = await withTransaction(deps.db, async (tx) => {
      const created = await createStaff(tx, body);
      await appendAuditEntry(tx, {
        ...auditContextOf(res),
        action: 'staff.create',
        entityType: 'Staff',
        entityId: created.staff.staffId,
        after: created.staff,
      });
      return created;
    }).catch(staffProblem);
    res
      .status(201)
      .location(`${req.baseUrl}/${staff.staffId}`)
      .json({
        staff,
        ...(totpSecret ? { totpProvisioningUri: totpProvisioningUri(staff.username, totpSecret) } : {}),
      } satisfies z.input<typeof staffChangeResultSchema>);
  });

  router.put('/:staffId', authorize('manage', 'Staff'), async (req, res) => {
    const { staffId } = parseOrThrow(staffIdParam, req.params, 'path');
    const { reason, ...changes } = parseOrThrow(staffChangeBody, req.body);
    const { after, totpSecret } = await withTransaction(deps.db, async (tx) => {
      const changed = await updateStaff(tx, staffId, changes, staffOf(res).staffId);
      await appendAuditEntry(tx, {
        ...auditContextOf(res),
        action: 'staff.update',
        entityType: 'Staff',
        entityId: staffId,
        reason,
        before: changed.before,
        after: changed.after,
      });
      return changed;
    }).catch(staffProblem);
    res.json({
      staff: after,
      ...(totpSecret ? { totpProvisioningUri: totpProvisioningUri(after.username, totpSecret) } : {}),
    } satisfies z.input<typeof staffChangeResultSchema>);
  });

  return router;
}
