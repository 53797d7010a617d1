import { api, resultOf } from '../../api/http';
import type { components, operations } from '../../api/openapi-types';

// The AML case queue, the case file and the officers' actions on it, through the generated client.

type Schemas = components['schemas'];
export type AmlCaseSummary = Schemas['AmlCaseSummary'];
export type AmlCaseDetail = Schemas['AmlCaseDetail'];
export type AmlCaseState = Schemas['AmlCaseState'];
export type CaseQueueQuery = NonNullable<operations['listAmlCases']['parameters']['query']>;

/** A page of the case queue. */
export function listAmlCases(query: CaseQueueQuery, signal?: AbortSignal): Promise<Schemas['AmlCasePage']> {
  return resultOf(api.GET('/api/aml/cases', { params: { query }, signal }));
}

/** One case with its alerts, timeline, notes, SAR and hold. */
export function getAmlCase(caseId: string, signal?: AbortSignal): Promise<AmlCaseDetail> {
  return resultOf(api.GET('/api/aml/cases/{caseId}', { params: { path: { caseId } }, signal }));
}

const path = (caseId: string) => ({ params: { path: { caseId } } });

/** The officers' actions, each answered with the case after it. */
export const caseActions = {
  claim: (caseId: string) => resultOf(api.POST('/api/aml/cases/{caseId}/claim', path(caseId))),
  assign: (caseId: string, assignee: string) =>
    resultOf(api.POST('/api/aml/cases/{caseId}/assign', { ...path(caseId), body: { assignee } })),
  investigate: (caseId: string) => resultOf(api.POST('/api/aml/cases/{caseId}/investigate', path(caseId))),
  escalate: (caseId: string, reason: string) =>
    resultOf(api.POST('/api/aml/cases/{caseId}/escalate', { ...path(caseId), body: { reason } })),
  close: (caseId: string, body: Schemas['AmlCaseCloseRequest']) =>
    resultOf(api.POST('/api/aml/cases/{caseId}/close', { ...path(caseId), body })),
  draftSar: (caseId: string, body: Schemas['AmlSarDraftRequest']) =>
    resultOf(api.PUT('/api/aml/cases/{caseId}/sar', { ...path(caseId), body })),
  approveSar: (caseId: string) => resultOf(api.POST('/api/aml/cases/{caseId}/sar/approve', path(caseId))),
  rejectSar: (caseId: string, reason: string) =>
    resultOf(api.POST('/api/aml/cases/{caseId}/sar/reject', { ...path(caseId), body: { reason } })),
  addNote: (caseId: string, body: Schemas['AmlCaseNoteRequest']) =>
    resultOf(api.POST('/api/aml/cases/{caseId}/notes', { ...path(caseId), body })),
};

/** Where the MLRO downloads the approved SAR (a plain link: the browser saves the XML file). */
export const sarExportUrl = (caseId: string) => `/api/aml/cases/${encodeURIComponent(caseId)}/sar/export`;

/** Case statuses and outcomes in the officers' words. */
export const CASE_STATUS_LABEL: Record<AmlCaseSummary['status'], string> = {
  OPEN: 'Open',
  ASSIGNED: 'Assigned',
  INVESTIGATING: 'Investigating',
  ESCALATED: 'Escalated',
  CLOSED: 'Closed',
};
export const OUTCOME_LABEL: Record<NonNullable<AmlCaseSummary['outcome']>, string> = {
  NO_ACTION: 'No action (false positive)',
  RESTRICT: 'Restrict the player',
  CLOSE_ACCOUNT: 'Close the account',
  SAR_FILED: 'SAR filed',
};
export const SEVERITY_COLOR: Record<AmlCaseSummary['severity'], string> = {
  LOW: 'gray',
  MEDIUM: 'yellow',
  HIGH: 'orange',
  CRITICAL: 'red',
};
