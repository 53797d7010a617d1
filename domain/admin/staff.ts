import { hash, verify } from '@node-rs/argon2';
import { z } from 'zod';
import type { Queryable } from '../../platform/db';
import { newBusinessId } from '../../platform/ids';
import { StaffRole } from '../../contracts/admin';
import { StaffRuleError, StaffRuleType } from './errors';
import { revokeSessionsOf } from './sessions';
import { newTotpSecret } from './totp';

/** Roles that can approve money: their holders must sign in with a TOTP code as well as a password. */
export const TOTP_REQUIRED_ROLES: readonly StaffRole[] = ['compliance_officer', 'senior_compliance', 'mlro'];
export const totpRequiredFor = (roles: readonly StaffRole[]) => roles.some((r) => TOTP_REQUIRED_ROLES.includes(r));

export const usernameSchema = z
  .string()
  .trim()
  .toLowerCase()
  .regex(/^[a-z0-9][a-z0-9._-]{1,62}$/, 'must be 2-63 characters: letters, digits, dot, dash or underscore');
export const passwordSchema = z
  .string()
  .min(12, 'must be at least 12 characters')
  .max(256, 'must be at most 256 characters');
export const rolesSchema = z
  .array(z.enum(StaffRole))
  .min(1, 'needs at least one role')
  .transform((roles) => [...new Set(roles)]);

/** A staff member as the back office shows them: never the password hash or the TOTP secret. */
export interface StaffMember {
  staffId: string;
  username: string;
  displayName: string;
  roles: StaffRole[];
  totpEnabled: boolean;
  disabled: boolean;
  createdAt: string;
  updatedAt: string;
}

/** What login needs besides the public view. */
export interface StaffCredentials extends StaffMember {
  passwordHash: string;
  totpSecret: string | null;
}

const staffColumns = `staff_id AS "staffId", username, display_name AS "displayName", roles,
  totp_secret IS NOT NULL AS "totpEnabled", disabled,
  to_char(created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS "createdAt",
  to_char(updated_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS "updatedAt"`;

// argon2id (the library's default algorithm) with OWASP's recommended minimum: 19 MiB, 2 passes, 1 lane.
const ARGON2_OPTIONS = { memoryCost: 19_456, timeCost: 2, parallelism: 1 };

/** An argon2id PHC string for `password`, salted at random. */
export const hashPassword = (password: string): Promise<string> => hash(password, ARGON2_OPTIONS);

/** Whether `password` matches `passwordHash`; a malformed hash is a mismatch, never an error. */
export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}

let decoyHash: Promise<string> | undefined;
/**
 * Spends the time a real password check takes, for an unknown username, so the answer's timing does not tell
 * which usernames exist.
 */
export async function verifyDecoyPassword(password: string): Promise<false> {
  decoyHash ??= hashPassword('decoy password that matches nothing');
  await verifyPassword(await decoyHash, password);
  return false;
}

/** A new staff member; a TOTP secret is generated when their roles require one (returned once, for enrolment). */
export async function createStaff(
  db: Queryable,
  input: { username: string; displayName: string; roles: StaffRole[]; password: string },
): Promise<{ staff: StaffMember; totpSecret?: string }> {
  const totpSecret = totpRequiredFor(input.roles) ? newTotpSecret() : undefined;
  const { rows } = await db.query<StaffMember>(
    `INSERT INTO staff_users (staff_id, username, display_name, password_hash, roles, totp_secret)
     VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT (username) DO NOTHING RETURNING ${staffColumns}`,
    [
      newBusinessId('st'),
      input.username,
      input.displayName,
      await hashPassword(input.password),
      input.roles,
      totpSecret ?? null,
    ],
  );
  if (!rows[0]) {
    throw new StaffRuleError(StaffRuleType.UsernameTaken, `username ${input.username} is taken`, {
      username: input.username,
    });
  }
  return { staff: rows[0], totpSecret };
}

/**
 * Creates or resets a staff member by username with exactly these roles, password and TOTP secret, enabled.
 * For the local demo users and test fixtures only: real accounts go through `createStaff`.
 */
export async function upsertStaff(
  db: Queryable,
  input: {
    username: string;
    displayName: string;
    roles: readonly StaffRole[];
    password: string;
    totpSecret: string | null;
  },
): Promise<StaffMember> {
  const { rows } = await db.query<StaffMember>(
    `INSERT INTO staff_users (staff_id, username, display_name, password_hash, roles, totp_secret)
     VALUES ($1, $2, $3, $4, $5, $6)
     ON CONFLICT (username) DO UPDATE SET display_name = EXCLUDED.display_name, password_hash = EXCLUDED.password_hash,
       roles = EXCLUDED.roles, totp_secret = EXCLUDED.totp_secret, disabled = false, updated_at = now()
     RETURNING ${staffColumns}`,
    [
      newBusinessId('st'),
      input.username,
      input.displayName,
      await hashPassword(input.password),
      [...input.roles],
      input.totpSecret,
    ],
  );
  return rows[0]!;
}

export async function findStaffCredentials(db: Queryable, username: string): Promise<StaffCredentials | undefined> {
  const { rows } = await db.query<StaffCredentials>(
    `SELECT ${staffColumns}, password_hash AS "passwordHash", totp_secret AS "totpSecret"
     FROM staff_users WHERE username = $1`,
    [username],
  );
  return rows[0];
}

/** The TOTP secret of a staff member, for a step-up check; null when they have not enrolled. */
export async function findTotpSecret(db: Queryable, staffId: string): Promise<string | null> {
  const { rows } = await db.query<{ totpSecret: string | null }>(
    `SELECT totp_secret AS "totpSecret" FROM staff_users WHERE staff_id = $1`,
    [staffId],
  );
  return rows[0]?.totpSecret ?? null;
}

export async function getStaff(db: Queryable, staffId: string): Promise<StaffMember | undefined> {
  const { rows } = await db.query<StaffMember>(`SELECT ${staffColumns} FROM staff_users WHERE staff_id = $1`, [
    staffId,
  ]);
  return rows[0];
}

/**
 * The display names of the staff members among `ids`, for screens that show people by name; ids that name nobody
 * on the staff ('system', a player) are absent from the map.
 */
export async function staffDisplayNames(db: Queryable, ids: Iterable<string>): Promise<Map<string, string>> {
  const staffIds = [...new Set(ids)].filter((id) => id.startsWith('st_'));
  if (staffIds.length === 0) return new Map();
  const { rows } = await db.query<{ staffId: string; displayName: string }>(
    `SELECT staff_id AS "staffId", display_name AS "displayName" FROM staff_users WHERE staff_id = ANY($1)`,
    [staffIds],
  );
  return new Map(rows.map((row) => [row.staffId, row.displayName]));
}

/** Each item with `staffName`, the display name of its `staffId` (null when that id names nobody on the staff). */
export async function withStaffNames<T extends { staffId: string }>(
  db: Queryable,
  items: readonly T[],
): Promise<(T & { staffName: string | null })[]> {
  const names = await staffDisplayNames(
    db,
    items.map((item) => item.staffId),
  );
  return items.map((item) => ({ ...item, staffName: names.get(item.staffId) ?? null }));
}

/** A colleague as a staff picker shows them: to assign work to, by name. */
export interface Colleague {
  staffId: string;
  displayName: string;
  roles: StaffRole[];
}

/** The enabled staff members who hold any of `roles` (every enabled one when none is given), by name. */
export async function listColleagues(db: Queryable, roles: readonly StaffRole[] = []): Promise<Colleague[]> {
  const { rows } = await db.query<Colleague>(
    `SELECT staff_id AS "staffId", display_name AS "displayName", roles FROM staff_users
     WHERE NOT disabled AND (cardinality($1::TEXT[]) = 0 OR roles && $1::TEXT[])
     ORDER BY display_name, staff_id`,
    [roles],
  );
  return rows;
}

/** Every staff member, by username, with when they last signed in. */
export async function listStaff(db: Queryable): Promise<(StaffMember & { lastLoginAt: string | null })[]> {
  const { rows } = await db.query<StaffMember & { lastLoginAt: string | null }>(
    `SELECT ${staffColumns},
            to_char((SELECT max(s.created_at) FROM staff_sessions s WHERE s.staff_id = staff_users.staff_id)
                    AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS "lastLoginAt"
     FROM staff_users ORDER BY username`,
  );
  return rows;
}

/**
 * Changes a staff member's roles or disables them, in the caller's transaction. Disabling ends their sessions at
 * once (role changes apply from their next request anyway); roles that newly require TOTP get a new secret,
 * returned once for enrolment. Administrators cannot disable themselves or drop their own admin role.
 */
export async function updateStaff(
  tx: Queryable,
  staffId: string,
  changes: { roles?: StaffRole[]; disabled?: boolean },
  actingStaffId: string,
): Promise<{ before: StaffMember; after: StaffMember; totpSecret?: string }> {
  const { rows: found } = await tx.query<StaffMember & { hasSecret: boolean }>(
    `SELECT ${staffColumns}, totp_secret IS NOT NULL AS "hasSecret" FROM staff_users WHERE staff_id = $1 FOR UPDATE`,
    [staffId],
  );
  const current = found[0];
  if (!current) throw new StaffRuleError(StaffRuleType.UnknownStaff, `no staff member ${staffId}`, { staffId });
  if (staffId === actingStaffId && (changes.disabled === true || (changes.roles && !changes.roles.includes('admin')))) {
    throw new StaffRuleError(
      StaffRuleType.CannotLockOutSelf,
      'administrators cannot disable themselves or remove their own admin role',
    );
  }
  const totpSecret =
    changes.roles && totpRequiredFor(changes.roles) && !current.hasSecret ? newTotpSecret() : undefined;
  const { rows } = await tx.query<StaffMember>(
    `UPDATE staff_users SET roles = COALESCE($2, roles), disabled = COALESCE($3, disabled),
            totp_secret = COALESCE(totp_secret, $4), updated_at = now()
     WHERE staff_id = $1 RETURNING ${staffColumns}`,
    [staffId, changes.roles ?? null, changes.disabled ?? null, totpSecret ?? null],
  );
  if (changes.disabled) await revokeSessionsOf(tx, staffId);
  const { hasSecret: _hasSecret, ...before } = current;
  return { before, after: rows[0]!, totpSecret };
}
