import { Select, Stack } from '@mantine/core';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { ErrorAlert } from '../ui/ErrorAlert';
import { PageHeader } from '../ui/PageHeader';
import { Section } from '../ui/Section';
import { TablePager } from '../ui/TablePager';
import { CurrentListsSummary } from './CurrentListsSummary';
import { ImportListButton } from './ImportListButton';
import { ListChangesTable } from './ListChangesTable';
import { ListVersionsTable } from './ListVersionsTable';
import { SOURCE_LABELS } from './screening-labels';
import { listCurrentScreeningLists, listScreeningListVersions, type ListSource } from './screening-lists-api';

/** The sanctions and PEP lists players are screened against: what is current, every import, and what each changed. */
export function ScreeningListsPage() {
  const [source, setSource] = useState<ListSource | null>(null);
  const [page, setPage] = useState({ limit: 25, offset: 0 });
  const [selected, setSelected] = useState<string | null>(null);
  const current = useQuery({
    queryKey: ['screening-lists'],
    queryFn: ({ signal }) => listCurrentScreeningLists(signal),
  });
  const versions = useQuery({
    queryKey: ['screening-list-versions', source, page],
    queryFn: ({ signal }) => listScreeningListVersions({ ...page, ...(source ? { source } : {}) }, signal),
    placeholderData: keepPreviousData,
  });
  return (
    <>
      <PageHeader
        title="Sanctions and PEP lists"
        description="The lists every player is screened against at registration and again whenever a list changes."
        actions={<ImportListButton />}
      />
      <ErrorAlert error={current.error} title="The current lists could not be loaded" />
      <CurrentListsSummary versions={current.data?.items ?? []} />
      <Stack>
        <Section
          title="Imports"
          description="Each import is a version of its list, with the SHA-256 of its files."
          flush
          actions={
            <Select
              aria-label="List"
              placeholder="All lists"
              clearable
              size="xs"
              data={Object.entries(SOURCE_LABELS).map(([value, label]) => ({ value, label }))}
              value={source}
              onChange={(value) => {
                setSource(value as ListSource | null);
                setPage((p) => ({ ...p, offset: 0 }));
              }}
            />
          }
        >
          <ListVersionsTable
            versions={versions.data?.items ?? []}
            loading={versions.isPending}
            error={versions.error}
            selected={selected}
            onSelect={setSelected}
          />
          <div style={{ padding: '0 var(--mantine-spacing-md) var(--mantine-spacing-md)' }}>
            <TablePager total={versions.data?.total ?? 0} limit={page.limit} offset={page.offset} onChange={setPage} />
          </div>
        </Section>
        {selected && <ListChangesTable versionId={selected} />}
      </Stack>
    </>
  );
}
