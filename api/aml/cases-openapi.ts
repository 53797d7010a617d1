import type { DomainOpenApi } from '../openapi/operation-spec';

// PLACEHOLDER (owned by aml-cases): replaced by the operations of its routes.
export const amlCasesOpenApi: DomainOpenApi = { requestSchemas: [], operations: [] };
