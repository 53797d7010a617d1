import { api, resultOf } from '../api/http';
import type { components } from '../api/openapi-types';

// The sanctions and PEP lists: current versions, every import, what each changed, and new imports.

type Schemas = components['schemas'];
export type ListVersion = Schemas['ScreeningListVersion'];
export type ListSource = ListVersion['source'];
export type ListChangePage = Schemas['ScreeningListChangePage'];
export type ListChange = NonNullable<ListChangePage['items'][number]>;
export type ListImportResult = Schemas['ScreeningListImportResult'];
export type ListImportFormat = Schemas['ScreeningListImportForm']['format'];

/** The current version of each source. */
export function listCurrentScreeningLists(signal?: AbortSignal) {
  return resultOf(api.GET('/api/kyc/screening-lists', { signal }));
}

/** Every import, newest first, of one source or all. */
export function listScreeningListVersions(
  filter: { source?: ListSource; limit: number; offset: number },
  signal?: AbortSignal,
) {
  return resultOf(api.GET('/api/kyc/screening-lists/versions', { params: { query: filter }, signal }));
}

/** What one version added, removed and changed against the previous one. */
export function listScreeningListChanges(
  versionId: string,
  filter: { change?: ListChange['change']; limit: number; offset: number },
  signal?: AbortSignal,
) {
  return resultOf(
    api.GET('/api/kyc/screening-lists/versions/{versionId}/changes', {
      params: { path: { versionId }, query: filter },
      signal,
    }),
  );
}

/** Uploads a list's files as a new version: OFAC's sdn, alt and add, or one file for the UK and PEP lists. */
export function importScreeningList(format: ListImportFormat, files: Record<string, File>): Promise<ListImportResult> {
  const form = new FormData();
  form.append('format', format);
  for (const [name, file] of Object.entries(files)) form.append(name, file, file.name);
  return resultOf(
    api.POST('/api/kyc/screening-lists/imports', {
      // The generated type says `string` for a binary part; the browser sends the files themselves.
      body: Object.fromEntries(form) as unknown as Schemas['ScreeningListImportForm'],
      bodySerializer: () => form,
    }),
  );
}
