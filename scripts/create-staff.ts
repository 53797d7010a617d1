import { parseArgs } from 'node:util';
import { z } from 'zod';
import { appendAuditEntry } from '../domain/admin/audit-log';
import { createStaff, passwordSchema, rolesSchema, usernameSchema } from '../domain/admin/staff';
import { totpProvisioningUri } from '../domain/admin/totp';
import { loadConfig } from '../platform/config';
import { createPool, withTransaction } from '../platform/db';

// The first administrator of a deployment (anywhere but the local stack, which seeds demo users) has nobody to
// create them through the API: `npx tsx scripts/create-staff.ts --username ... --roles admin` with the password
// in STAFF_PASSWORD (never on the command line, where `ps` shows it). Prints the TOTP enrolment URI if any.
const usage =
  'usage: STAFF_PASSWORD=... tsx scripts/create-staff.ts --username <name> --display-name <name> --roles a,b';

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: { username: { type: 'string' }, 'display-name': { type: 'string' }, roles: { type: 'string' } },
  });
  const input = z
    .object({
      username: usernameSchema,
      displayName: z.string().trim().min(1).max(200),
      roles: z.preprocess(
        (v) =>
          String(v ?? '')
            .split(',')
            .filter(Boolean),
        rolesSchema,
      ),
      password: passwordSchema,
    })
    .safeParse({
      username: values.username,
      displayName: values['display-name'] ?? values.username,
      roles: values.roles,
      password: process.env.STAFF_PASSWORD,
    });
  if (!input.success) {
    console.error(`${input.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('\n')}\n${usage}`);
    return 64;
  }
  const db = createPool(loadConfig().databaseUrl, 1);
  try {
    const { staff, totpSecret } = await withTransaction(db, async (tx) => {
      const created = await createStaff(tx, input.data);
      await appendAuditEntry(tx, {
        actor: 'system',
        action: 'staff.create',
        entityType: 'Staff',
        entityId: created.staff.staffId,
        reason: 'created from the command line (scripts/create-staff.ts)',
        after: created.staff,
      });
      return created;
    });
    console.log(`Created ${staff.username} (${staff.staffId}) with roles ${staff.roles.join(', ')}.`);
    if (totpSecret)
      console.log(`Enrol TOTP by scanning this URI as a QR code:\n${totpProvisioningUri(staff.username, totpSecret)}`);
    return 0;
  } finally {
    await db.end();
  }
}

main().then(
  (code) => process.exit(code),
  (err: unknown) => {
    console.error(`create-staff failed: ${(err as Error).message}`);
    process.exit(1);
  },
);
