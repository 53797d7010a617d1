import { z } from 'zod';
import type { PspProfile } from './psp-profiles';

const rate = z.number().min(0).max(1);
const milliseconds = z.number().int().min(0).max(600_000);

const outageWindowSchema = z
  .strictObject({ from: z.iso.datetime({ offset: true }), to: z.iso.datetime({ offset: true }) })
  .refine((w) => Date.parse(w.from) < Date.parse(w.to), { error: 'from must be before to' });

/** The fault-injection knobs of one PSP; rates are probabilities per request, applied in the documented order. */
export interface PspSettings {
  /** Every answer of the PSP API waits this long first. */
  latencyMs: number;
  /** How long a request that rolled a timeout is held before the 504. */
  timeoutHoldMs: number;
  /** How long after the request a `PENDING` payment reaches its final status (and its webhook leaves). */
  webhookDelayMs: number;
  /** Share of synchronous answers that come back `PENDING` instead; cardpay always answers `PENDING`. */
  pendingRate: number;
  declineRates: { hard: number; soft: number; timeout: number; outage: number };
  /** While now is inside one of these, every PSP API request answers 503. */
  outageWindows: { from: string; to: string }[];
}

/** The settings a PSP starts with and returns to on reset: no faults, a little latency. */
export function defaultPspSettings(profile: PspProfile): PspSettings {
  return {
    latencyMs: 20,
    timeoutHoldMs: 15_000,
    webhookDelayMs: 1_000,
    pendingRate: profile.defaultPendingRate,
    declineRates: { hard: 0, soft: 0, timeout: 0, outage: 0 },
    outageWindows: [],
  };
}

/** A partial update of the settings, as `PUT /control/:psp` takes it; `outageWindows` replaces the whole list. */
export const pspSettingsPatchSchema = z.strictObject({
  latencyMs: milliseconds.optional(),
  timeoutHoldMs: milliseconds.optional(),
  webhookDelayMs: z.number().int().min(0).max(86_400_000).optional(),
  pendingRate: rate.optional(),
  declineRates: z
    .strictObject({ hard: rate.optional(), soft: rate.optional(), timeout: rate.optional(), outage: rate.optional() })
    .optional(),
  outageWindows: z.array(outageWindowSchema).max(100).optional(),
});
export type PspSettingsPatch = z.infer<typeof pspSettingsPatchSchema>;

/** Applies `patch` over `current`; decline rates merge one by one. */
export function mergePspSettings(current: PspSettings, patch: PspSettingsPatch): PspSettings {
  const { declineRates, ...rest } = patch;
  const defined = <T extends object>(o: T) => Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined));
  return {
    ...current,
    ...defined(rest),
    declineRates: { ...current.declineRates, ...defined(declineRates ?? {}) },
  };
}

/** Two patches as one: `later` wins key by key, decline rates one by one (a player's stored overrides plus a new one). */
export function mergePspSettingsPatches(earlier: PspSettingsPatch, later: PspSettingsPatch): PspSettingsPatch {
  const declineRates = { ...earlier.declineRates, ...later.declineRates };
  return { ...earlier, ...later, ...(Object.keys(declineRates).length > 0 ? { declineRates } : {}) };
}
