import { Button, Group, Select } from '@mantine/core';
import { FilterTextInput } from '../ui/FilterTextInput';
import { NavIcon } from '../ui/NavIcon';
import { PLAYER_STATUSES } from './players-api';

/** The players list's search and filters, as the URL holds them. */
export interface PlayerFilterValues {
  query: string;
  status: string;
  brand: string;
  jurisdiction: string;
}

/** Search by name, email or player id (exact match), and filters by status, brand and jurisdiction. */
export function PlayerFilters({
  values,
  onChange,
  onReset,
}: {
  values: PlayerFilterValues;
  onChange: (change: Partial<PlayerFilterValues>) => void;
  onReset: () => void;
}) {
  return (
    <Group gap="sm" align="flex-end" mb="md" wrap="wrap">
      <FilterTextInput
        label="Name, email or player id"
        description="The whole name, family name or email: search matches exactly, ignoring case and accents"
        placeholder="Ada Lovelace, ada@example.com, pl_…"
        w={420}
        leftSection={<NavIcon name="search" size={14} />}
        value={values.query}
        onCommit={(query) => onChange({ query })}
      />
      <Select
        label="Status"
        placeholder="Any status"
        size="sm"
        w={170}
        data={PLAYER_STATUSES.map((s) => ({ value: s, label: s.replaceAll('_', ' ') }))}
        value={values.status || null}
        onChange={(status) => onChange({ status: status ?? '' })}
        clearable
      />
      <FilterTextInput
        label="Brand"
        placeholder="Any brand"
        w={160}
        value={values.brand}
        onCommit={(brand) => onChange({ brand })}
      />
      <FilterTextInput
        label="Jurisdiction"
        placeholder="GB, MT, US-NJ…"
        w={140}
        value={values.jurisdiction}
        onCommit={(jurisdiction) => onChange({ jurisdiction: jurisdiction.toUpperCase() })}
      />
      <Button variant="subtle" onClick={onReset}>
        Clear
      </Button>
    </Group>
  );
}
