import { Center, Loader, Table, Text } from '@mantine/core';
import { describeError } from '../api/http';

/** The row a table shows while it loads, when it failed, or when nothing matches. */
export function TableState({
  columns,
  loading,
  error,
  empty,
  emptyText = 'Nothing matches these filters.',
}: {
  columns: number;
  loading: boolean;
  error: unknown;
  empty: boolean;
  emptyText?: string;
}) {
  if (!loading && !error && !empty) return null;
  return (
    <Table.Tr>
      <Table.Td colSpan={columns}>
        <Center py="xl">
          {loading ? (
            <Loader size="sm" />
          ) : error ? (
            <Text c="red" size="sm" role="alert">
              {describeError(error)}
            </Text>
          ) : (
            <Text c="dimmed" size="sm">
              {emptyText}
            </Text>
          )}
        </Center>
      </Table.Td>
    </Table.Tr>
  );
}
