import { withTransaction, type Db, type Queryable } from '../../platform/db';
import type { PspProfile } from './psp-profiles';
import { defaultPspSettings, mergePspSettings, type PspSettings, type PspSettingsPatch } from './psp-settings';

// Settings are read from Postgres on every request rather than cached, so a restart keeps a chaos drill's faults
// and every simulator process sharing the database sees the same ones.

/** The current settings of `profile`'s PSP: the stored ones, or the defaults when none were ever set. */
export async function loadPspSettings(db: Queryable, profile: PspProfile, lock = false): Promise<PspSettings> {
  const { rows } = await db.query<{ settings: PspSettings }>(
    `SELECT settings FROM psp_settings WHERE psp = $1${lock ? ' FOR UPDATE' : ''}`,
    [profile.id],
  );
  // Stored settings over the defaults, so a key added to the defaults later has a value.
  return rows[0] ? { ...defaultPspSettings(profile), ...rows[0].settings } : defaultPspSettings(profile);
}

/** Merges `patch` into the stored settings of `profile`'s PSP and returns the result. */
export async function updatePspSettings(db: Db, profile: PspProfile, patch: PspSettingsPatch): Promise<PspSettings> {
  return withTransaction(db, async (client) => {
    // The row lock makes concurrent patches apply one after the other instead of overwriting each other.
    await client.query(`INSERT INTO psp_settings (psp, settings) VALUES ($1, '{}') ON CONFLICT (psp) DO NOTHING`, [
      profile.id,
    ]);
    const merged = mergePspSettings(await loadPspSettings(client, profile, true), patch);
    await client.query('UPDATE psp_settings SET settings = $2, updated_at = now() WHERE psp = $1', [
      profile.id,
      JSON.stringify(merged),
    ]);
    return merged;
  });
}

/** Puts every PSP back on its default settings. */
export async function resetAllPspSettings(db: Queryable): Promise<void> {
  await db.query('DELETE FROM psp_settings');
}
