import type { JurisdictionPolicy } from '../../../contracts/jurisdictions';
import { request } from '../api/http';

// The jurisdiction rules, read only.

/* -------------------------------------------------------------------------------- jurisdictions */

export type {
  GameProduct,
  JurisdictionPolicy,
  MoneyAmount,
  RegulationReference,
  Rule,
  StakeCap,
  VulnerabilityThreshold,
} from '../../../contracts/jurisdictions';
export { DEFAULT_JURISDICTION } from '../../../contracts/jurisdictions';

/** Every jurisdiction's rules with the regulation each comes from, the default (code `*`) last. */
export function listJurisdictionPolicies(signal?: AbortSignal): Promise<{ items: JurisdictionPolicy[] }> {
  return request<{ items: JurisdictionPolicy[] }>('/api/jurisdictions', { signal });
}
