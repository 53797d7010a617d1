import { api, resultOf } from '../api/http';
import type { components } from '../api/openapi-types';

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
export function listJurisdictionPolicies(signal?: AbortSignal): Promise<components['schemas']['JurisdictionPolicies']> {
  return resultOf(api.GET('/api/jurisdictions', { signal }));
}
