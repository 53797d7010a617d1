import { AML_SEVERITIES, type AmlSeverity, type AmlCasePolicy } from '../../contracts/aml';

const UNIT_MS = { s: 1_000, m: 60_000, h: 3_600_000, d: 86_400_000 } as const;

/** The SLAs the back office ships with (AML_CASE_SLA's default). */
export const DEFAULT_AML_CASE_SLA = 'LOW=30d,MEDIUM=10d,HIGH=3d,CRITICAL=24h';

/** Thrown when AML_CASE_SLA does not give one duration per severity. */
export class AmlCaseSlaError extends Error {
  constructor(
    readonly value: string,
    reason: string,
  ) {
    super(`AML_CASE_SLA "${value}": ${reason} (expected e.g. ${DEFAULT_AML_CASE_SLA}; units s, m, h, d)`);
    this.name = 'AmlCaseSlaError';
  }
}

/** Parses `LOW=30d,MEDIUM=10d,HIGH=3d,CRITICAL=24h` into milliseconds per severity; every severity must be given. */
export function parseAmlCaseSla(value: string): Record<AmlSeverity, number> {
  const sla: Partial<Record<AmlSeverity, number>> = {};
  for (const part of value
    .split(',')
    .map((p) => p.trim())
    .filter(Boolean)) {
    const match = /^(LOW|MEDIUM|HIGH|CRITICAL)=(\d+)([smhd])$/.exec(part);
    if (!match) throw new AmlCaseSlaError(value, `cannot read "${part}"`);
    const ms = Number(match[2]) * UNIT_MS[match[3] as keyof typeof UNIT_MS];
    if (ms <= 0) throw new AmlCaseSlaError(value, `${match[1]} needs a positive duration`);
    sla[match[1] as AmlSeverity] = ms;
  }
  const missing = AML_SEVERITIES.filter((s) => sla[s] === undefined);
  if (missing.length) throw new AmlCaseSlaError(value, `no SLA for ${missing.join(', ')}`);
  return sla as Record<AmlSeverity, number>;
}

/** The case policy from the two config keys. */
export function amlCasePolicyOf(config: { AML_CASE_SLA: string; AML_HOLD_MIN_SEVERITY: AmlSeverity }): AmlCasePolicy {
  return { slaMs: parseAmlCaseSla(config.AML_CASE_SLA), holdMinSeverity: config.AML_HOLD_MIN_SEVERITY };
}
