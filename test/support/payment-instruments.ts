import { z } from 'zod';
import {
  markInstrumentUsedForDeposit,
  recordTokenisedInstrument,
  type TokenisedInstrument,
} from '../../domain/payments/payment-instruments';
import { loadConfig } from '../../platform/config';
import type { Db } from '../../platform/db';

const simulatorUrl = loadConfig().pspBaseUrl;

/** The instrument kind and PSP of a deposit made elsewhere, by the method a test later withdraws with. */
const FUNDING_INSTRUMENTS = {
  BANK_TRANSFER: { psp: 'instantbank', kind: 'BANK_ACCOUNT' },
  CARD: { psp: 'cardpay', kind: 'CARD' },
  EWALLET: { psp: 'paywallet', kind: 'EWALLET' },
} as const;

const tokenisedSchema = z.looseObject({ token: z.string(), kind: z.string(), canReceivePayouts: z.boolean() });

/**
 * Gives a player funded directly in the ledger (a deposit made elsewhere) the instrument that deposit came from:
 * tokenised by the PSP simulator (its hosted page, as a player entering it there), kept as the back office keeps a
 * deposit's instrument, and marked as used to deposit, so closed-loop payouts can go back to it. Returns its id.
 */
export async function addDepositInstrument(
  db: Db,
  playerId: string,
  method: keyof typeof FUNDING_INSTRUMENTS = 'BANK_TRANSFER',
): Promise<string> {
  const { psp, kind } = FUNDING_INSTRUMENTS[method];
  const response = await fetch(`${simulatorUrl}/${psp}/v1/instruments`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ playerId, kind }),
  });
  if (response.status !== 201) throw new Error(`${psp} did not tokenise a ${kind}: ${await response.text()}`);
  const instrument = tokenisedSchema.parse(await response.json()) as unknown as TokenisedInstrument;
  const instrumentId = await recordTokenisedInstrument(db, { playerId, psp, instrument });
  if (!instrumentId) throw new Error(`${psp} gave player ${playerId} another player's token`);
  await markInstrumentUsedForDeposit(db, instrumentId);
  return instrumentId;
}
