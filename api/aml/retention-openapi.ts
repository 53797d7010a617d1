import type { DomainOpenApi } from '../openapi/operation-spec';

// PLACEHOLDER (owned by aml-retention): replaced by the operations of its routes.
export const amlRetentionOpenApi: DomainOpenApi = { requestSchemas: [], operations: [] };
