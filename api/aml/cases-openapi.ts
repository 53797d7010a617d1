import { codesOf, NOT_FOUND, type DomainOpenApi, type OperationSpec } from '../openapi/operation-spec';
import {
  amlCaseRefusalStatus,
  assignBody,
  caseIdParam,
  caseQueueQuery,
  closeBody,
  noteBody,
  reasonBody,
  SAR_NOT_APPROVED,
  sarDraftBody,
} from './cases-router';
import {
  amlCaseDetailSchema,
  amlCaseNoteCreatedSchema,
  amlCasePageSchema,
  amlCaseStateSchema,
} from './cases-response-schemas';
import type { AmlCaseErrorType } from '../../contracts/aml';

const casesTag = 'Back office: AML cases';

const refusals = (...codes: AmlCaseErrorType[]) => ({ ...NOT_FOUND, ...codesOf(amlCaseRefusalStatus, ...codes) });
const WORK = ['AML_CASE_NOT_AUTHORISED', 'AML_CASE_SENIOR_REQUIRED', 'AML_CASE_CLOSED'] as const;

/** An officer action on a case: a Workflow Update answered with the case's state after it. */
const action = (
  path: string,
  operationId: string,
  summary: string,
  description: string,
  body: OperationSpec['body'],
  errors: AmlCaseErrorType[],
): OperationSpec => ({
  method: 'post',
  path: `/api/aml/cases/:caseId/${path}`,
  operationId,
  tag: casesTag,
  summary,
  description: `${description} A Workflow Update on \`aml:case:{caseId}\`; accepted or refused, it is audited.`,
  caller: 'staff',
  params: caseIdParam,
  ...(body ? { body } : { bodyOptional: true }),
  success: { status: 200, description: 'Accepted: the case after it.', schema: amlCaseStateSchema },
  errors: refusals(...errors),
});

/** The AML case routes (api/aml/cases-router.ts), one part of the AML domain's document (api/aml/openapi.ts). */
export const amlCasesOpenApi: DomainOpenApi = {
  tags: [
    {
      name: casesTag,
      description:
        'AML cases: the alerts of a player while open, with an SLA per severity that escalates to senior ' +
        "compliance, a hold on the player's payouts at or above the hold severity, notes and evidence, a SAR " +
        'approved by the MLRO (never its drafter) and exported as goAML-style XML, and the close with an outcome.',
    },
  ],
  requestSchemas: [
    [assignBody, 'AmlCaseAssignRequest'],
    [reasonBody, 'AmlCaseReasonRequest'],
    [closeBody, 'AmlCaseCloseRequest'],
    [sarDraftBody, 'AmlSarDraftRequest'],
    [noteBody, 'AmlCaseNoteRequest'],
  ],
  operations: [
    {
      method: 'get',
      path: '/api/aml/cases',
      operationId: 'listAmlCases',
      tag: casesTag,
      summary: 'The AML case queue',
      description: 'Open cases by default, the nearest SLA first; filter by status, severity, assignee and player.',
      caller: 'staff',
      query: caseQueueQuery,
      success: { status: 200, description: 'A page of cases.', schema: amlCasePageSchema },
    },
    {
      method: 'get',
      path: '/api/aml/cases/:caseId',
      operationId: 'getAmlCase',
      tag: casesTag,
      summary: 'One AML case with everything for the decision',
      description: 'Summary, alerts with their rule versions, timeline, notes, SAR and hold.',
      caller: 'staff',
      params: caseIdParam,
      success: { status: 200, description: 'The case.', schema: amlCaseDetailSchema },
      errors: NOT_FOUND,
    },
    action('claim', 'claimAmlCase', 'Take the case', 'The caller becomes the assignee.', undefined, [
      ...WORK,
      'AML_CASE_INVALID_TRANSITION',
    ]),
    action('assign', 'assignAmlCase', 'Give the case to a staff member', 'By staff id.', assignBody, [
      ...WORK,
      'AML_CASE_INVALID_TRANSITION',
    ]),
    action('investigate', 'investigateAmlCase', 'Start investigating', 'Only the assignee.', undefined, [
      ...WORK,
      'AML_CASE_INVALID_TRANSITION',
    ]),
    action('escalate', 'escalateAmlCase', 'Escalate to senior compliance', 'With a reason.', reasonBody, [
      ...WORK,
      'AML_CASE_INVALID_TRANSITION',
      'AML_CASE_REASON_REQUIRED',
    ]),
    action(
      'close',
      'closeAmlCase',
      'Close the case with an outcome',
      'NO_ACTION tags its alerts false positive, any other outcome true positive; RESTRICT blocks and CLOSE_ACCOUNT ' +
        'closes the player; SAR_FILED needs an approved SAR; an escalated case is closed by senior compliance or ' +
        "the MLRO. The hold is released and the player's held withdrawals go on.",
      closeBody,
      [...WORK, 'AML_CASE_REASON_REQUIRED', 'AML_SAR_APPROVAL_REQUIRED', 'AML_CASE_INVALID_TRANSITION'],
    ),
    {
      method: 'post',
      path: '/api/aml/cases/:caseId/notes',
      operationId: 'addAmlCaseNote',
      tag: casesTag,
      summary: 'Add a note, with evidence references',
      description: 'Evidence references point at a payment id, a document id or a URL. Audited.',
      caller: 'staff',
      params: caseIdParam,
      body: noteBody,
      success: { status: 201, description: 'The note was added.', schema: amlCaseNoteCreatedSchema },
      errors: NOT_FOUND,
    },
    {
      method: 'put',
      path: '/api/aml/cases/:caseId/sar',
      operationId: 'draftAmlSar',
      tag: casesTag,
      summary: 'Draft the SAR, or revise the draft',
      description:
        'The text is kept in Postgres as a revision; the case workflow makes it the SAR in draft. An approved SAR ' +
        'no longer changes. Audited.',
      caller: 'staff',
      params: caseIdParam,
      body: sarDraftBody,
      success: { status: 200, description: 'The SAR is in draft.', schema: amlCaseStateSchema },
      errors: refusals(
        ...WORK,
        'AML_SAR_ALREADY_APPROVED',
        'AML_SAR_NOT_AWAITING_DECISION',
        'AML_CASE_INVALID_TRANSITION',
      ),
    },
    action('sar/approve', 'approveAmlSar', 'Approve the SAR (MLRO)', 'Never by anyone who drafted it.', undefined, [
      'AML_CASE_NOT_AUTHORISED',
      'AML_CASE_CLOSED',
      'AML_SAR_NOT_AWAITING_DECISION',
      'AML_SAR_DRAFTER_CANNOT_APPROVE',
    ]),
    action('sar/reject', 'rejectAmlSar', 'Send the SAR back (MLRO)', 'With a reason.', reasonBody, [
      'AML_CASE_NOT_AUTHORISED',
      'AML_CASE_CLOSED',
      'AML_SAR_NOT_AWAITING_DECISION',
      'AML_SAR_DRAFTER_CANNOT_APPROVE',
      'AML_CASE_REASON_REQUIRED',
    ]),
    {
      method: 'get',
      path: '/api/aml/cases/:caseId/sar/export',
      operationId: 'exportAmlSar',
      tag: casesTag,
      summary: 'Export the approved SAR as goAML-style XML (MLRO)',
      description:
        '`report` with the reporting entity, reason and narrative, the indicators (alerts with rule versions), a ' +
        '`transaction` per covered payment and the `involved_person` from the personal data vault; the read of ' +
        'personal data is audited.',
      caller: 'staff',
      params: caseIdParam,
      success: { status: 200, description: 'The XML file.', contentType: 'application/xml' },
      errors: { ...NOT_FOUND, [SAR_NOT_APPROVED]: 409 },
    },
  ],
};
