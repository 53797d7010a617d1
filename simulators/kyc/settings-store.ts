import { withTransaction, type Db, type Queryable } from '../../platform/db';
import {
  defaultKycSimulatorSettings,
  mergeKycSimulatorPatches,
  mergeKycSimulatorSettings,
  type KycSimulatorSettings,
  type KycSimulatorSettingsPatch,
} from './kyc-settings';

// Read from Postgres on every request rather than cached, as the PSP simulator does: a restart keeps a drill's
// faults, and every process sharing the database sees the same ones.

/** The settings a request of `playerId` meets: the provider's stored ones (or the defaults), with that player's overrides. */
export async function loadKycSettings(
  db: Queryable,
  options: { playerId?: string; lock?: boolean } = {},
): Promise<KycSimulatorSettings> {
  const { rows } = await db.query<{ settings: KycSimulatorSettings }>(
    `SELECT settings FROM kyc_sim_settings WHERE id = 'provider'${options.lock ? ' FOR UPDATE' : ''}`,
  );
  // Stored settings over the defaults, so a key added to the defaults later has a value.
  const settings = { ...defaultKycSimulatorSettings(), ...rows[0]?.settings };
  if (options.playerId === undefined) return settings;
  const patch = await loadPlayerPatch(db, options.playerId);
  return patch ? mergeKycSimulatorSettings(settings, patch) : settings;
}

async function loadPlayerPatch(db: Queryable, playerId: string, lock = false) {
  const { rows } = await db.query<{ patch: KycSimulatorSettingsPatch }>(
    `SELECT patch FROM kyc_sim_player_settings WHERE player_id = $1${lock ? ' FOR UPDATE' : ''}`,
    [playerId],
  );
  return rows[0]?.patch;
}

/** Merges `patch` into the provider's stored settings and returns the result. */
export async function updateKycSettings(db: Db, patch: KycSimulatorSettingsPatch): Promise<KycSimulatorSettings> {
  return withTransaction(db, async (client) => {
    // The row lock makes concurrent patches apply one after the other instead of overwriting each other.
    await client.query(`INSERT INTO kyc_sim_settings (id, settings) VALUES ('provider', '{}') ON CONFLICT DO NOTHING`);
    const merged = mergeKycSimulatorSettings(await loadKycSettings(client, { lock: true }), patch);
    await client.query(`UPDATE kyc_sim_settings SET settings = $1, updated_at = now() WHERE id = 'provider'`, [
      JSON.stringify(merged),
    ]);
    return merged;
  });
}

/**
 * Merges `patch` into `playerId`'s overrides and returns what that player's checks now meet. Overrides stay a
 * patch, so a later change of the provider's own settings still reaches the keys a player left alone.
 */
export async function updatePlayerKycSettings(
  db: Db,
  playerId: string,
  patch: KycSimulatorSettingsPatch,
): Promise<KycSimulatorSettings> {
  return withTransaction(db, async (client) => {
    await client.query(
      `INSERT INTO kyc_sim_player_settings (player_id, patch) VALUES ($1, '{}') ON CONFLICT DO NOTHING`,
      [playerId],
    );
    const stored = (await loadPlayerPatch(client, playerId, true)) ?? {};
    await client.query('UPDATE kyc_sim_player_settings SET patch = $2, updated_at = now() WHERE player_id = $1', [
      playerId,
      JSON.stringify(mergeKycSimulatorPatches(stored, patch)),
    ]);
    return loadKycSettings(client, { playerId });
  });
}

/** Puts the provider back on its default settings and forgets every player's overrides. */
export async function resetKycSettings(db: Queryable): Promise<void> {
  await db.query('DELETE FROM kyc_sim_settings; DELETE FROM kyc_sim_player_settings');
}
