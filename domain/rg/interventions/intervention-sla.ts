import type { InterventionLevel } from '../../../contracts/rg';

const UNIT_MS = { s: 1_000, m: 60_000, h: 3_600_000, d: 86_400_000 } as const;

/** The SLAs the back office ships with (RG_INTERVENTION_SLA's default). */
export const DEFAULT_RG_INTERVENTION_SLA = '1=7d,2=48h,3=24h';

/** Thrown when RG_INTERVENTION_SLA does not give one positive duration per level. */
export class RgInterventionSlaError extends Error {
  constructor(
    readonly value: string,
    reason: string,
  ) {
    super(`RG_INTERVENTION_SLA "${value}": ${reason} (expected e.g. ${DEFAULT_RG_INTERVENTION_SLA})`);
    this.name = 'RgInterventionSlaError';
  }
}

/** Parses `1=7d,2=48h,3=24h` into milliseconds per level; every level must be given. */
export function parseRgInterventionSla(value: string): Record<InterventionLevel, number> {
  const sla: Partial<Record<InterventionLevel, number>> = {};
  for (const part of value
    .split(',')
    .map((p) => p.trim())
    .filter(Boolean)) {
    const match = /^([123])=(\d+)([smhd])$/.exec(part);
    if (!match) throw new RgInterventionSlaError(value, `cannot read "${part}"`);
    const ms = Number(match[2]) * UNIT_MS[match[3] as keyof typeof UNIT_MS];
    if (ms <= 0) throw new RgInterventionSlaError(value, `level ${match[1]} needs a positive duration`);
    sla[Number(match[1]) as InterventionLevel] = ms;
  }
  const missing = ([1, 2, 3] as const).filter((l) => sla[l] === undefined);
  if (missing.length) throw new RgInterventionSlaError(value, `no SLA for level ${missing.join(', ')}`);
  return sla as Record<InterventionLevel, number>;
}
