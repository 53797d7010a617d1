import type { Request, RequestHandler, Response } from 'express';
import { z } from 'zod';
import { deviceIdSchema, recordPlayerDevice } from '../../domain/players/player-devices';
import type { PersonalDataVault } from '../../domain/wallet/player-personal-data';
import type { Db } from '../../platform/db';
import { parseOrThrow } from '../../platform/http-errors';

/** The device header the player API reads on registration, deposits, withdrawals and game session opening. */
export const deviceHeader = z.object({
  'x-device-id': deviceIdSchema.optional().meta({
    description:
      "The device's id from the operator's device fingerprinting (opaque, 8 to 128 of A-Z a-z 0-9 - _ . :). " +
      'Kept only as a keyed hash, to find accounts that share a device (AML monitoring).',
  }),
});

// The player API requests that say which device a player uses: the ones that move money or open play. Reads are
// left out: they tell nothing new and would cost a write each.
const DEVICE_ROUTES = new Set(['/players', '/deposits', '/withdrawals', '/game-sessions']);
const isDeviceRoute = (req: Request) => req.method === 'POST' && DEVICE_ROUTES.has(req.path.replace(/\/+$/, ''));

/**
 * Reads `X-Device-Id` on the player API's device routes (a malformed one is refused before the route runs) and
 * records it for the authenticated player. Registration has no player yet: its route records the device once it
 * has registered the player (recordDeviceOfRegistration).
 */
export function capturePlayerDevice(deps: { db: Db; vault: PersonalDataVault }): RequestHandler {
  return async (req, res, next) => {
    if (!isDeviceRoute(req)) return next();
    const { 'x-device-id': deviceId } = parseOrThrow(deviceHeader, req.headers, 'header');
    res.locals.deviceId = deviceId;
    const playerId = res.locals.playerId as string | undefined;
    if (deviceId !== undefined && playerId !== undefined) {
      await recordPlayerDevice(deps.db, deps.vault, { playerId, deviceId });
    }
    next();
  };
}

/** Records the device of a registration request (read by capturePlayerDevice) for the player it registered. */
export async function recordDeviceOfRegistration(
  deps: { db: Db; vault: PersonalDataVault },
  res: Response,
  playerId: string,
): Promise<void> {
  const deviceId = res.locals.deviceId as string | undefined;
  if (deviceId !== undefined) await recordPlayerDevice(deps.db, deps.vault, { playerId, deviceId });
}
