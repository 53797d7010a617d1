import type { DomainOpenApi } from '../openapi/operation-spec';

// PLACEHOLDER (owned by aml-rules): replaced by the operations of its routes.
export const amlMonitoringOpenApi: DomainOpenApi = { requestSchemas: [], operations: [] };
