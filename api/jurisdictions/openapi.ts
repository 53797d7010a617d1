import type { DomainOpenApi } from '../openapi/operation-spec';
import { jurisdictionPoliciesSchema } from './response-schemas';

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
