import { Button, Table, Text, VisuallyHidden } from '@mantine/core';
import { DateTime } from '../ui/DateTime';
import { TableState } from '../ui/TableState';
import { SOURCE_LABELS } from './screening-labels';
import type { ListVersion } from './screening-lists-api';

/** Every import, newest first, with its counts; choosing one shows what it changed. */
export function ListVersionsTable({
  versions,
  loading,
  error,
  selected,
  onSelect,
}: {
  versions: readonly ListVersion[];
  loading: boolean;
  error: unknown;
  selected: string | null;
  onSelect: (versionId: string) => void;
}) {
  return (
    <Table striped highlightOnHover>
      <Table.Thead>
        <Table.Tr>
          <Table.Th>List</Table.Th>
          <Table.Th>Imported</Table.Th>
          <Table.Th>Published</Table.Th>
          <Table.Th ta="right">Entries</Table.Th>
          <Table.Th ta="right">Added</Table.Th>
          <Table.Th ta="right">Removed</Table.Th>
          <Table.Th ta="right">Changed</Table.Th>
          <Table.Th>Files (SHA-256)</Table.Th>
          <Table.Th>
            <VisuallyHidden>Diff</VisuallyHidden>
          </Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        <TableState columns={9} loading={loading} error={error} empty={versions.length === 0} emptyText="No imports." />
        {versions.map((version) => (
          <Table.Tr key={version.versionId} aria-selected={selected === version.versionId}>
            <Table.Td>{SOURCE_LABELS[version.source]}</Table.Td>
            <Table.Td>
              <DateTime value={version.importedAt} />
            </Table.Td>
            <Table.Td>{version.sourceDate ?? '—'}</Table.Td>
            <Table.Td ta="right">{version.entryCount.toLocaleString()}</Table.Td>
            <Table.Td ta="right">{version.addedCount.toLocaleString()}</Table.Td>
            <Table.Td ta="right">{version.removedCount.toLocaleString()}</Table.Td>
            <Table.Td ta="right">{version.changedCount.toLocaleString()}</Table.Td>
            <Table.Td>
              {version.files.map((file) => (
                <Text key={file.name} size="xs" ff="monospace" title={file.sha256}>
                  {file.name} {file.sha256.slice(0, 12)}…
                </Text>
              ))}
            </Table.Td>
            <Table.Td>
              <Button size="xs" variant="light" onClick={() => onSelect(version.versionId)}>
                What changed
              </Button>
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
