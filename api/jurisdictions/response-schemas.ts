import { z } from 'zod';
import { jurisdictionPolicySchema } from '../../domain/jurisdictions/registry';

// What the jurisdiction rules route answers, registered by id for the OpenAPI document (api/jurisdictions/openapi.ts).

/** Every jurisdiction's rules; the registry validates its data with the same schema, so the document uses it. */
export const jurisdictionPoliciesSchema = z.object({ items: z.array(jurisdictionPolicySchema) }).meta({
  id: 'JurisdictionPolicies',
  description:
    "Each jurisdiction's rules, from the schema the registry is validated with (domain/jurisdictions/registry.ts). " +
    'Every rule is `{value, source, url?, note?}`: its value and the regulation it comes from; a `note` says ' +
    'what is still to be confirmed. Amounts are in minor units of their `currency`; `null` means no such rule.',
});
