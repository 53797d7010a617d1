import { withTransaction, type Db, type Queryable } from '../../platform/db';
import type { PspProfile } from './psp-profiles';
import {
  defaultPspSettings,
  mergePspSettings,
  mergePspSettingsPatches,
  type PspSettings,
  type PspSettingsPatch,
} from './psp-settings';

// Settings are read from Postgres on every request rather than cached, so a restart keeps a chaos drill's faults
// and every simulator process sharing the database sees the same ones.

/**
 * The settings a request of `playerId` meets at `profile`'s PSP: the PSP's stored settings (or the defaults when
 * none were ever set), with that player's overrides on top when there are any.
 */
export async function loadPspSettings(
  db: Queryable,
  profile: PspProfile,
  options: { playerId?: string; lock?: boolean } = {},
): Promise<PspSettings> {
  const { rows } = await db.query<{ settings: PspSettings }>(
    `SELECT settings FROM psp_settings WHERE psp = $1${options.lock ? ' FOR UPDATE' : ''}`,
    [profile.id],
  );
  // Stored settings over the defaults, so a key added to the defaults later has a value.
  const settings = rows[0] ? { ...defaultPspSettings(profile), ...rows[0].settings } : defaultPspSettings(profile);
  if (options.playerId === undefined) return settings;
  const patch = await loadPlayerPatch(db, profile, options.playerId);
  return patch ? mergePspSettings(settings, patch) : settings;
}

async function loadPlayerPatch(db: Queryable, profile: PspProfile, playerId: string, lock = false) {
  const { rows } = await db.query<{ patch: PspSettingsPatch }>(
    `SELECT patch FROM psp_player_settings WHERE psp = $1 AND player_id = $2${lock ? ' FOR UPDATE' : ''}`,
    [profile.id, playerId],
  );
  return rows[0]?.patch;
}

/** Merges `patch` into the stored settings of `profile`'s PSP and returns the result. */
export async function updatePspSettings(db: Db, profile: PspProfile, patch: PspSettingsPatch): Promise<PspSettings> {
  return withTransaction(db, async (client) => {
    // The row lock makes concurrent patches apply one after the other instead of overwriting each other.
    await client.query(`INSERT INTO psp_settings (psp, settings) VALUES ($1, '{}') ON CONFLICT (psp) DO NOTHING`, [
      profile.id,
    ]);
    const merged = mergePspSettings(await loadPspSettings(client, profile, { lock: true }), patch);
    await client.query('UPDATE psp_settings SET settings = $2, updated_at = now() WHERE psp = $1', [
      profile.id,
      JSON.stringify(merged),
    ]);
    return merged;
  });
}

/**
 * Merges `patch` into `playerId`'s overrides at `profile`'s PSP and returns what that player's requests now meet.
 * Overrides stay a patch, so a later change of the PSP's own settings still reaches the keys a player left alone.
 */
export async function updatePlayerPspSettings(
  db: Db,
  profile: PspProfile,
  playerId: string,
  patch: PspSettingsPatch,
): Promise<PspSettings> {
  return withTransaction(db, async (client) => {
    await client.query(
      `INSERT INTO psp_player_settings (psp, player_id, patch) VALUES ($1, $2, '{}') ON CONFLICT DO NOTHING`,
      [profile.id, playerId],
    );
    const stored = (await loadPlayerPatch(client, profile, playerId, true)) ?? {};
    await client.query(
      'UPDATE psp_player_settings SET patch = $3, updated_at = now() WHERE psp = $1 AND player_id = $2',
      [profile.id, playerId, JSON.stringify(mergePspSettingsPatches(stored, patch))],
    );
    return loadPspSettings(client, profile, { playerId });
  });
}

/** Puts every PSP back on its default settings and forgets every player's overrides. */
export async function resetAllPspSettings(db: Queryable): Promise<void> {
  await db.query('DELETE FROM psp_settings; DELETE FROM psp_player_settings');
}
