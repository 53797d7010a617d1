import type { DomainOpenApi } from '../openapi/operation-spec';
import { amlCasesOpenApi } from './cases-openapi';
import { decisionContextOpenApi } from './decision-context-openapi';
import { amlMonitoringOpenApi } from './monitoring-openapi';
import { amlRetentionOpenApi } from './retention-openapi';

/** The AML domain's part of the OpenAPI document: each route file's operations, in the order readers meet them. */
const parts: readonly DomainOpenApi[] = [
  amlCasesOpenApi,
  amlMonitoringOpenApi,
  decisionContextOpenApi,
  amlRetentionOpenApi,
];
export const amlOpenApi: DomainOpenApi = {
  tags: parts.flatMap((part) => part.tags ?? []),
  requestSchemas: parts.flatMap((part) => part.requestSchemas),
  operations: parts.flatMap((part) => part.operations),
};
