import { Button, Group, MultiSelect, SegmentedControl, Select, TextInput } from '@mantine/core';
import { FilterTextInput } from '../ui/FilterTextInput';
import { NavIcon } from '../ui/NavIcon';
import { PSPS, statusesFor } from './payment-filter-options';

/** The filters of the payments list, as the URL holds them. */
export interface PaymentFilterValues {
  kind: string;
  status: string;
  playerId: string;
  psp: string;
  from: string;
  to: string;
}

/** Filters applied on the server: kind, statuses, player, PSP and the creation window. */
export function PaymentFilters({
  values,
  onChange,
  onReset,
  hidePlayer = false,
}: {
  values: PaymentFilterValues;
  onChange: (change: Partial<PaymentFilterValues>) => void;
  onReset: () => void;
  hidePlayer?: boolean;
}) {
  const statuses = values.status ? values.status.split(',') : [];
  return (
    <Group gap="sm" align="flex-end" mb="md" wrap="wrap">
      <SegmentedControl
        aria-label="Kind"
        size="sm"
        value={values.kind || 'ALL'}
        data={[
          { value: 'ALL', label: 'All' },
          { value: 'WITHDRAWAL', label: 'Withdrawals' },
          { value: 'DEPOSIT', label: 'Deposits' },
        ]}
        onChange={(kind) => onChange({ kind: kind === 'ALL' ? '' : kind, status: '' })}
      />
      <MultiSelect
        label="Status"
        placeholder={statuses.length ? undefined : 'Any status'}
        size="sm"
        w={280}
        data={statusesFor(values.kind).map((s) => ({ value: s, label: s.replaceAll('_', ' ') }))}
        value={statuses}
        onChange={(next) => onChange({ status: next.join(',') })}
        clearable
        searchable
      />
      {!hidePlayer && (
        <FilterTextInput
          label="Player id"
          placeholder="pl_…"
          w={260}
          leftSection={<NavIcon name="search" size={14} />}
          value={values.playerId}
          onCommit={(playerId) => onChange({ playerId })}
        />
      )}
      <Select
        label="PSP"
        placeholder="Any PSP"
        size="sm"
        w={150}
        data={[...PSPS]}
        value={values.psp || null}
        onChange={(psp) => onChange({ psp: psp ?? '' })}
        clearable
      />
      <TextInput
        label="Created from"
        type="date"
        size="sm"
        w={160}
        value={values.from}
        onChange={(event) => onChange({ from: event.currentTarget.value })}
      />
      <TextInput
        label="Created to"
        type="date"
        size="sm"
        w={160}
        value={values.to}
        onChange={(event) => onChange({ to: event.currentTarget.value })}
      />
      <Button variant="subtle" size="sm" color="gray" onClick={onReset}>
        Clear filters
      </Button>
    </Group>
  );
}
