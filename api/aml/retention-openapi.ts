import type { DomainOpenApi } from '../openapi/operation-spec';
import { retentionRunsQuery, startRetentionRunBody } from './retention-router';
import { retentionReportSchema, retentionRunListSchema, retentionRunStartedSchema } from './retention-schemas';

const retentionTag = 'Back office: AML record retention';

/** The retention routes (api/aml/retention-router.ts), one part of the AML domain's document (api/aml/openapi.ts). */
export const amlRetentionOpenApi: DomainOpenApi = {
  tags: [
    {
      name: retentionTag,
      description:
        "AML records (cases, alerts, holds) are kept for the jurisdiction's retention period after the player's " +
        'account closes, then purged by a daily run: its reports, a dry run, and a run started now by the MLRO.',
    },
  ],
  requestSchemas: [
    [retentionRunsQuery, 'AmlRetentionRunsQuery'],
    [startRetentionRunBody, 'AmlRetentionRunRequest'],
  ],
  operations: [
    {
      method: 'get',
      path: '/api/aml/retention/runs',
      operationId: 'listAmlRetentionRuns',
      tag: retentionTag,
      summary: 'The last retention runs, newest first',
      description: 'What each run found purgeable at its cutoff and what it purged. MLRO and admin.',
      caller: 'staff',
      query: retentionRunsQuery,
      success: { status: 200, description: 'The runs.', schema: retentionRunListSchema },
    },
    {
      method: 'get',
      path: '/api/aml/retention/report',
      operationId: 'getAmlRetentionReport',
      tag: retentionTag,
      summary: 'Dry run: what is purgeable now',
      description: 'Counts per table and players, computed now; deletes and records nothing. MLRO and admin.',
      caller: 'staff',
      success: { status: 200, description: 'The report.', schema: retentionReportSchema },
    },
    {
      method: 'post',
      path: '/api/aml/retention/runs',
      operationId: 'startAmlRetentionRun',
      tag: retentionTag,
      summary: 'Start a retention run now',
      description:
        'Starts the retention workflow (`aml:retention:<runId>`) in the mode asked: PURGE deletes only the records ' +
        'whose retention period has ended, REPORT_ONLY records a dry run. Audited. MLRO only.',
      caller: 'staff',
      body: startRetentionRunBody,
      success: { status: 202, description: 'The run started.', schema: retentionRunStartedSchema },
    },
  ],
};
