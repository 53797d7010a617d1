import { jurisdictionPolicySchema } from '../../domain/jurisdictions/registry';
import type { DomainOpenApi } from '../openapi/operation-spec';
import { object } from '../openapi/schema-helpers';
import { jsonSchemaOf } from '../openapi/zod-json-schema';

const backOfficeTag = 'Back office: jurisdiction rules';

/** The jurisdiction rules every domain applies, read only in the back office. */
export const jurisdictionsOpenApi: DomainOpenApi = {
  tags: [
    {
      name: backOfficeTag,
      description: 'Per-jurisdiction rules as every domain applies them, with their regulations.',
    },
  ],
  requestSchemas: [],
  responseSchemas: {
    // The registry validates its data with a zod schema of its own, so the document uses that schema.
    JurisdictionPolicies: object(
      { items: { type: 'array', items: jsonSchemaOf(jurisdictionPolicySchema) } },
      "Each jurisdiction's rules, from the schema the registry is validated with (domain/jurisdictions/registry.ts). " +
        'Every rule is `{value, source, url?, note?}`: its value and the regulation it comes from; a `note` says ' +
        'what is still to be confirmed. Amounts are in minor units of their `currency`; `null` means no such rule.',
    ),
  },
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
      success: { status: 200, description: 'Every jurisdiction, the default last.', schema: 'JurisdictionPolicies' },
    },
  ],
};
