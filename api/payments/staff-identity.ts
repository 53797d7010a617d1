import type { RequestHandler, Response } from 'express';
import { z } from 'zod';
import { HttpProblemError } from '../../platform/http-errors';
import { StaffRole, type StaffActor } from '../../workflows/payments/definitions';

const staffHeaders = z.object({
  'x-staff-id': z.string().trim().min(1, 'names the acting staff member').max(100),
  'x-staff-roles': z
    .string()
    .transform((v) => v.split(',').map((r) => r.trim()))
    .pipe(z.array(z.enum(Object.values(StaffRole) as [StaffRole, ...StaffRole[]])).min(1)),
});

/**
 * Who is acting, from the `X-Staff-Id` and `X-Staff-Roles` headers. This stands in until staff login exists
 * (the admin-UI issue replaces it with the session); every back-office route already enforces roles with it.
 */
export const staffIdentity: RequestHandler = (req, res, next) => {
  const parsed = staffHeaders.safeParse({
    'x-staff-id': req.header('x-staff-id'),
    'x-staff-roles': req.header('x-staff-roles'),
  });
  if (!parsed.success) {
    throw new HttpProblemError(
      401,
      'Unauthorized',
      'X-Staff-Id and X-Staff-Roles (comma-separated roles) are required',
      {
        errors: parsed.error.issues.map((i) => ({ field: `header.${String(i.path[0])}`, message: i.message })),
      },
    );
  }
  res.locals.staff = { staffId: parsed.data['x-staff-id'], roles: parsed.data['x-staff-roles'] } satisfies StaffActor;
  next();
};

export const staffOf = (res: Response): StaffActor => res.locals.staff as StaffActor;

/** Refuses the request with 403 unless the staff member holds one of `roles`. */
export function requireRole(...roles: StaffRole[]): RequestHandler {
  return (_req, res, next) => {
    const staff = staffOf(res);
    if (!staff.roles.some((r) => roles.includes(r))) {
      throw new HttpProblemError(403, 'Forbidden', `needs one of the roles: ${roles.join(', ')}`, {
        code: 'NOT_AUTHORISED',
      });
    }
    next();
  };
}

/** Every staff role may read payments; deciding and operating them is narrower. */
export const anyStaff = Object.values(StaffRole);
