import { NOT_FOUND, type DomainOpenApi } from '../openapi/operation-spec';
import {
  changesQuery,
  listImportForm,
  screeningIdParam,
  ScreeningErrorCode,
  versionIdParam,
  versionsQuery,
} from './screening-router';
import {
  currentListsSchema,
  listChangePageSchema,
  listImportResultSchema,
  listVersionPageSchema,
  listVersionSchema,
  screeningHitsSchema,
} from './screening-response-schemas';

const listsTag = 'Back office: sanctions and PEP lists';

/**
 * The screening routes (api/kyc/screening-router.ts), one part of the KYC domain's document (api/kyc/openapi.ts).
 */
export const screeningOpenApi: DomainOpenApi = {
  tags: [
    {
      name: listsTag,
      description:
        'The sanctions lists (OFAC SDN, UK OFSI consolidated list) and the PEP list players are screened against: ' +
        'versions, what each import changed, imports, and the hits of a screening.',
    },
  ],
  requestSchemas: [[listImportForm, 'ScreeningListImportForm']],
  operations: [
    {
      method: 'get',
      path: '/api/kyc/screening-lists',
      operationId: 'listCurrentScreeningLists',
      tag: listsTag,
      summary: 'The current version of each list',
      caller: 'staff',
      success: { status: 200, description: 'One version per source that has one.', schema: currentListsSchema },
    },
    {
      method: 'get',
      path: '/api/kyc/screening-lists/versions',
      operationId: 'listScreeningListVersions',
      tag: listsTag,
      summary: 'Every import of the lists, newest first',
      caller: 'staff',
      query: versionsQuery,
      success: { status: 200, description: 'A page of versions.', schema: listVersionPageSchema },
    },
    {
      method: 'get',
      path: '/api/kyc/screening-lists/versions/:versionId',
      operationId: 'getScreeningListVersion',
      tag: listsTag,
      summary: 'One list version',
      caller: 'staff',
      params: versionIdParam,
      success: { status: 200, description: 'The version.', schema: listVersionSchema },
      errors: NOT_FOUND,
    },
    {
      method: 'get',
      path: '/api/kyc/screening-lists/versions/:versionId/changes',
      operationId: 'listScreeningListChanges',
      tag: listsTag,
      summary: 'What a version changed against the previous one',
      caller: 'staff',
      params: versionIdParam,
      query: changesQuery,
      success: {
        status: 200,
        description: 'A page of added, removed and changed entries.',
        schema: listChangePageSchema,
      },
      errors: NOT_FOUND,
    },
    {
      method: 'post',
      path: '/api/kyc/screening-lists/imports',
      operationId: 'importScreeningList',
      tag: listsTag,
      summary: 'Import a list',
      description:
        'multipart/form-data: `format` (`ofac-csv` with the files `sdn`, `alt` and `add`; `uk-csv` or `pep-csv` ' +
        "with one `file`). The import becomes the source's new version with its diff to the previous one, and is " +
        'audited. The files of the current version again answer 200 and import nothing.',
      caller: 'staff',
      body: listImportForm,
      bodyContentType: 'multipart/form-data',
      success: { status: 201, description: 'The new version.', schema: listImportResultSchema },
      otherAnswers: [{ status: 200, description: 'Unchanged: the current version.', schema: listImportResultSchema }],
      errors: { [ScreeningErrorCode.LIST_FORMAT_INVALID]: 422 },
    },
    {
      method: 'get',
      path: '/api/kyc/screenings/:screeningId/hits',
      operationId: 'getScreeningHits',
      tag: listsTag,
      summary: "A screening's hits beside the matched list entries",
      caller: 'staff',
      params: screeningIdParam,
      success: { status: 200, description: 'The screening and its hits, best first.', schema: screeningHitsSchema },
      errors: NOT_FOUND,
    },
  ],
};
