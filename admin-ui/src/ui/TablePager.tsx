import { Group, Pagination, Select, Text } from '@mantine/core';

export const PAGE_SIZES = [25, 50, 100] as const;

/** Paging of a server-paged table: which rows are shown out of how many, page links and the page size. */
export function TablePager({
  total,
  limit,
  offset,
  onChange,
}: {
  total: number;
  limit: number;
  offset: number;
  onChange: (page: { limit: number; offset: number }) => void;
}) {
  const pages = Math.max(1, Math.ceil(total / limit));
  const page = Math.floor(offset / limit) + 1;
  const first = total === 0 ? 0 : offset + 1;
  const last = Math.min(offset + limit, total);
  return (
    <Group justify="space-between" mt="md" gap="sm">
      <Text size="sm" c="dimmed" data-testid="pager-summary">
        {total === 0 ? 'No rows' : `${first.toLocaleString()}–${last.toLocaleString()} of ${total.toLocaleString()}`}
      </Text>
      <Group gap="md">
        <Select
          aria-label="Rows per page"
          size="xs"
          w={90}
          data={PAGE_SIZES.map((size) => ({ value: String(size), label: `${size} / page` }))}
          value={String(limit)}
          allowDeselect={false}
          onChange={(value) => value && onChange({ limit: Number(value), offset: 0 })}
        />
        <Pagination
          size="sm"
          total={pages}
          value={page}
          onChange={(next) => onChange({ limit, offset: (next - 1) * limit })}
          getControlProps={(control) => ({
            'aria-label': control === 'previous' ? 'Previous page' : control === 'next' ? 'Next page' : control,
          })}
        />
      </Group>
    </Group>
  );
}
