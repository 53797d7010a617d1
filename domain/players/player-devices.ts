import { z } from 'zod';
import type { Queryable } from '../../platform/db';
import type { PersonalDataVault } from '../wallet/player-personal-data';

/**
 * The device id the operator's device fingerprinting gives the player's browser or app, as the player API receives
 * it (header `X-Device-Id`): opaque, 8 to 128 characters of letters, digits and `-_.:`. Anything else is refused
 * rather than silently ignored, so a front end that sends garbage learns it at once.
 */
export const deviceIdSchema = z
  .string()
  .min(8, 'must be at least 8 characters')
  .max(128, 'must be at most 128 characters')
  .regex(/^[A-Za-z0-9_.:-]+$/, 'must be letters, digits and - _ . : only');

/**
 * Records that `playerId` used the device `deviceId` (first and last seen, how many requests): only the device id's
 * keyed hash is kept (it is pseudonymous data). One upsert, so concurrent requests of one player count once each.
 */
export async function recordPlayerDevice(
  db: Queryable,
  vault: PersonalDataVault,
  device: { playerId: string; deviceId: string },
): Promise<void> {
  await db.query(
    `INSERT INTO player_devices (player_id, device_hash) VALUES ($1, $2)
     ON CONFLICT (player_id, device_hash) DO UPDATE
       SET last_seen_at = now(), uses = player_devices.uses + 1`,
    [device.playerId, vault.deviceIndex(device.deviceId)],
  );
}
