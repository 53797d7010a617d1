import type { DomainOpenApi } from '../openapi/operation-spec';
import { rgExclusionsOpenApi } from './exclusions-openapi';

/** The RG domain's part of the OpenAPI document: each route file's operations, in the order readers meet them. */
const parts: readonly DomainOpenApi[] = [
  // rg-exclusions:
  rgExclusionsOpenApi,
];
export const rgOpenApi: DomainOpenApi = {
  tags: parts.flatMap((part) => part.tags ?? []),
  requestSchemas: parts.flatMap((part) => part.requestSchemas),
  operations: parts.flatMap((part) => part.operations),
};
