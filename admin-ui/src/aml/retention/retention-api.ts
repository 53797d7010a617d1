import { api, resultOf } from '../../api/http';
import type { components } from '../../api/openapi-types';

// AML record retention: the last runs, the dry run of what is purgeable now, a run started now.

type Schemas = components['schemas'];
export type RetentionRun = Schemas['AmlRetentionRun'];
export type RetentionReport = Schemas['AmlRetentionReport'];
export type RetentionMode = Schemas['AmlRetentionRunRequest']['mode'];

/** The last runs, newest first. */
export function listRetentionRuns(signal?: AbortSignal) {
  return resultOf(api.GET('/api/aml/retention/runs', { params: { query: { limit: 20 } }, signal }));
}

/** What is purgeable now (computed, nothing deleted or recorded). */
export function getRetentionReport(signal?: AbortSignal) {
  return resultOf(api.GET('/api/aml/retention/report', { signal }));
}

/** Starts a run now: a purge, or a dry run recorded with its report. */
export function startRetentionRun(mode: RetentionMode) {
  return resultOf(api.POST('/api/aml/retention/runs', { body: { mode } }));
}
