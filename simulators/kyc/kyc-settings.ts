import { z } from 'zod';

/** The checks the simulated provider runs; the same names as the back office's `KycCheckKind`. */
export const CheckKind = { DOCUMENT: 'DOCUMENT', LIVENESS: 'LIVENESS', ADDRESS: 'ADDRESS' } as const;
export type CheckKind = (typeof CheckKind)[keyof typeof CheckKind];

/** Why the provider rejects (or wants a human to look at) a check, each belonging to the one kind of check it judges. */
export const CheckReason = {
  DOCUMENT_EXPIRED: 'DOCUMENT_EXPIRED',
  DOCUMENT_TAMPERED: 'DOCUMENT_TAMPERED',
  FACE_MISMATCH: 'FACE_MISMATCH',
  LIVENESS_FAILED: 'LIVENESS_FAILED',
  ADDRESS_UNVERIFIED: 'ADDRESS_UNVERIFIED',
} as const;
export type CheckReason = (typeof CheckReason)[keyof typeof CheckReason];

/** The check each reason judges. */
export const kindOfReason: Readonly<Record<CheckReason, CheckKind>> = {
  DOCUMENT_EXPIRED: 'DOCUMENT',
  DOCUMENT_TAMPERED: 'DOCUMENT',
  FACE_MISMATCH: 'LIVENESS',
  LIVENESS_FAILED: 'LIVENESS',
  ADDRESS_UNVERIFIED: 'ADDRESS',
};

const reasons = z.array(z.enum(CheckReason)).max(5);

/**
 * What the provider concludes about the checks it receives: CLEAR; REJECTED for the checks the reasons judge (the
 * others clear); NEEDS_REVIEW for the checks the reasons judge, or every check without reasons; NO_ANSWER accepts
 * the checks and never completes them (the back office's timeout path).
 */
export const checkOutcomeSettingSchema = z.discriminatedUnion('result', [
  z.strictObject({ result: z.literal('CLEAR') }),
  z.strictObject({ result: z.literal('REJECTED'), reasons: reasons.min(1, 'REJECTED needs at least one reason') }),
  z.strictObject({ result: z.literal('NEEDS_REVIEW'), reasons: reasons.optional() }),
  z.strictObject({ result: z.literal('NO_ANSWER') }),
]);
export type CheckOutcomeSetting = z.infer<typeof checkOutcomeSettingSchema>;

/** What one check ends with: its outcome and the reasons for it (none when CLEAR). */
export interface CheckResult {
  outcome: 'CLEAR' | 'REJECTED' | 'NEEDS_REVIEW';
  reasons: CheckReason[];
}

/** The result a check of `kind` reaches under `setting`, or undefined when it never completes (NO_ANSWER). */
export function checkResultFor(kind: CheckKind, setting: CheckOutcomeSetting): CheckResult | undefined {
  switch (setting.result) {
    case 'CLEAR':
      return { outcome: 'CLEAR', reasons: [] };
    case 'NO_ANSWER':
      return undefined;
    case 'REJECTED':
    case 'NEEDS_REVIEW': {
      if (setting.result === 'NEEDS_REVIEW' && !setting.reasons?.length)
        return { outcome: 'NEEDS_REVIEW', reasons: [] };
      const own = (setting.reasons ?? []).filter((reason) => kindOfReason[reason] === kind);
      return own.length > 0 ? { outcome: setting.result, reasons: own } : { outcome: 'CLEAR', reasons: [] };
    }
  }
}

const rate = z.number().min(0).max(1);
const milliseconds = z.number().int().min(0).max(600_000);
const outageWindowSchema = z
  .strictObject({ from: z.iso.datetime({ offset: true }), to: z.iso.datetime({ offset: true }) })
  .refine((w) => Date.parse(w.from) < Date.parse(w.to), { error: 'from must be before to' });

/** The knobs of the simulated KYC provider, for everyone or (as a patch) for one player. */
export interface KycSimulatorSettings {
  /** Every answer of the provider API waits this long first. */
  latencyMs: number;
  /** How long after its request a check completes and its webhook leaves. */
  resultDelayMs: number;
  /** How long a request that rolled a timeout is held before the 504. */
  timeoutHoldMs: number;
  outcome: CheckOutcomeSetting;
  /** Per request: an outage answers 503 at once; a timeout (check requests only) holds, then answers 504. */
  faultRates: { timeout: number; outage: number };
  /** While now is inside one of these, every provider API request answers 503. */
  outageWindows: { from: string; to: string }[];
}

/**
 * What the provider does out of the box and after a reset: every check CLEAR shortly after the request, so players
 * become verified quickly without any setting (tests and the chaos drill rely on it).
 */
export function defaultKycSimulatorSettings(): KycSimulatorSettings {
  return {
    latencyMs: 20,
    resultDelayMs: 300,
    timeoutHoldMs: 15_000,
    outcome: { result: 'CLEAR' },
    faultRates: { timeout: 0, outage: 0 },
    outageWindows: [],
  };
}

/** A partial update of the settings, as `PUT /control` takes it; `outcome` and `outageWindows` replace the old ones. */
export const kycSimulatorSettingsPatchSchema = z.strictObject({
  latencyMs: milliseconds.optional(),
  resultDelayMs: z.number().int().min(0).max(86_400_000).optional(),
  timeoutHoldMs: milliseconds.optional(),
  outcome: checkOutcomeSettingSchema.optional(),
  faultRates: z.strictObject({ timeout: rate.optional(), outage: rate.optional() }).optional(),
  outageWindows: z.array(outageWindowSchema).max(100).optional(),
});
export type KycSimulatorSettingsPatch = z.infer<typeof kycSimulatorSettingsPatchSchema>;

const defined = <T extends object>(o: T) => Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined));

/** Applies `patch` over `current`; fault rates merge one by one. */
export function mergeKycSimulatorSettings(
  current: KycSimulatorSettings,
  patch: KycSimulatorSettingsPatch,
): KycSimulatorSettings {
  const { faultRates, ...rest } = patch;
  return { ...current, ...defined(rest), faultRates: { ...current.faultRates, ...defined(faultRates ?? {}) } };
}

/** Two patches as one: `later` wins key by key, fault rates one by one (a player's stored overrides plus a new one). */
export function mergeKycSimulatorPatches(
  earlier: KycSimulatorSettingsPatch,
  later: KycSimulatorSettingsPatch,
): KycSimulatorSettingsPatch {
  const faultRates = { ...earlier.faultRates, ...defined(later.faultRates ?? {}) };
  return { ...earlier, ...defined(later), ...(Object.keys(faultRates).length > 0 ? { faultRates } : {}) };
}
