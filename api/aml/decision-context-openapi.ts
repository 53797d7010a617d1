import type { DomainOpenApi } from '../openapi/operation-spec';

// PLACEHOLDER (owned by aml-context): replaced by the operations of its routes.
export const decisionContextOpenApi: DomainOpenApi = { requestSchemas: [], operations: [] };
