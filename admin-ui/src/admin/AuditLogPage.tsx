import { Paper, Table, VisuallyHidden } from '@mantine/core';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { listAudit, type AuditFilter } from './admin-api';
import { PageHeader } from '../ui/PageHeader';
import { TablePager } from '../ui/TablePager';
import { TableState } from '../ui/TableState';
import { useUrlParams } from '../ui/use-url-params';
import { AuditEntryRow } from './AuditEntryRow';
import { AuditFilters } from './AuditFilters';
import { ExportAuditButton } from './ExportAuditButton';

const KEYS = ['actor', 'action', 'entityType', 'entityId', 'from', 'to'] as const;

/** A local date-time from the filter (the officer's time zone) as the ISO instant the API filters on. */
function instant(local: string): string | undefined {
  if (!local) return undefined;
  const date = new Date(local);
  return Number.isNaN(date.getTime()) ? undefined : date.toISOString();
}

/** Every back-office action, newest first: who did what to which entity, why, and the state before and after. */
export function AuditLogPage() {
  const { values, limit, offset, set, reset } = useUrlParams(KEYS, { limit: 50 });
  const filter: AuditFilter = {
    actor: values.actor || undefined,
    action: values.action || undefined,
    entityType: values.entityType || undefined,
    entityId: values.entityId || undefined,
    from: instant(values.from),
    to: instant(values.to),
  };
  const audit = useQuery({
    queryKey: ['audit', filter, limit, offset],
    queryFn: ({ signal }) => listAudit({ ...filter, limit, offset }, signal),
    placeholderData: keepPreviousData,
  });
  const items = audit.data?.items ?? [];
  return (
    <>
      <PageHeader
        title="Audit log"
        description="Every back-office action with its actor, reason and the state before and after. Times in your time zone; hover for UTC."
        actions={<ExportAuditButton filter={filter} />}
      />
      <AuditFilters values={values} onChange={set} onReset={reset} />
      <Paper p={0}>
        <Table.ScrollContainer minWidth={960}>
          <Table highlightOnHover stickyHeader aria-label="Audit log">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>
                  <VisuallyHidden>Details</VisuallyHidden>
                </Table.Th>
                <Table.Th>When</Table.Th>
                <Table.Th>Actor</Table.Th>
                <Table.Th>Action</Table.Th>
                <Table.Th>Entity</Table.Th>
                <Table.Th>Reason</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              <TableState columns={6} loading={audit.isPending} error={audit.error} empty={items.length === 0} />
              {items.map((entry) => (
                <AuditEntryRow key={entry.auditId} entry={entry} />
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      </Paper>
      <TablePager total={audit.data?.total ?? 0} limit={limit} offset={offset} onChange={set} />
    </>
  );
}
