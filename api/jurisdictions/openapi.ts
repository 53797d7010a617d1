import { z } from 'zod';
import { jurisdictionPolicySchema } from '../../domain/jurisdictions/registry';
import type { DomainOpenApi } from '../openapi/operation-spec';

const backOfficeTag = 'Back office: jurisdiction rules';

/** Every jurisdiction's rules; the registry validates its data with the same schema, so the document uses it. */
export const jurisdictionPoliciesSchema = z.object({ items: z.array(jurisdictionPolicySchema) }).meta({
  id: 'JurisdictionPolicies',
  description:
    "Each jurisdiction's rules, from the schema the registry is validated with (domain/jurisdictions/registry.ts). " +
    'Every rule is `{value, source, url?, note?}`: its value and the regulation it comes from; a `note` says ' +
    'what is still to be confirmed. Amounts are in minor units of their `currency`; `null` means no such rule.',
});

/** The jurisdiction rules every domain applies, read only in the back office. */
export const jurisdictionsOpenApi: DomainOpenApi = {
  tags: [
    {
      name: backOfficeTag,
      description: 'Per-jurisdiction rules as every domain applies them, with their regulations.',
    },
  ],
  requestSchemas: [],
  operations: [
    {
      method: 'get',
      path: '/api/jurisdictions',
      operationId: 'listJurisdictionPolicies',
      tag: backOfficeTag,
      summary: 'The rules of each jurisdiction',
      description:
        'Read only: per jurisdiction (and the default, code `*`, for any other) the minimum age, verification before ' +
        'deposit or play, reverse withdrawals, the due-diligence threshold, the cooling-off on limit increases, the ' +
        'minimum self-exclusion, stake caps, bonus rules, the financial-vulnerability threshold and record retention, ' +
        'each with the regulation it comes from and a note where a value is still to be confirmed.',
      caller: 'staff',
      success: {
        status: 200,
        description: 'Every jurisdiction, the default last.',
        schema: jurisdictionPoliciesSchema,
      },
    },
  ],
};
