import { Button, Group, TextInput } from '@mantine/core';
import { FilterTextInput } from '../ui/FilterTextInput';

/** The audit log's filters, as the URL holds them (`from`/`to` are local date-times, YYYY-MM-DDTHH:mm). */
export interface AuditFilterValues {
  actor: string;
  action: string;
  entityType: string;
  entityId: string;
  from: string;
  to: string;
}

/** Filters of the audit log, applied on the server: who, what, on which entity, and when. */
export function AuditFilters({
  values,
  onChange,
  onReset,
}: {
  values: AuditFilterValues;
  onChange: (change: Partial<AuditFilterValues>) => void;
  onReset: () => void;
}) {
  return (
    <Group gap="sm" align="flex-end" mb="md" wrap="wrap">
      <FilterTextInput label="Actor" w={140} value={values.actor} onCommit={(actor) => onChange({ actor })} />
      <FilterTextInput label="Action" w={160} value={values.action} onCommit={(action) => onChange({ action })} />
      <FilterTextInput
        label="Entity type"
        w={120}
        value={values.entityType}
        onCommit={(entityType) => onChange({ entityType })}
      />
      <FilterTextInput
        label="Entity id"
        w={210}
        value={values.entityId}
        onCommit={(entityId) => onChange({ entityId })}
      />
      <TextInput
        label="From"
        type="datetime-local"
        size="sm"
        w={180}
        value={values.from}
        onChange={(event) => onChange({ from: event.currentTarget.value })}
      />
      <TextInput
        label="To"
        type="datetime-local"
        size="sm"
        w={180}
        value={values.to}
        onChange={(event) => onChange({ to: event.currentTarget.value })}
      />
      <Button variant="subtle" color="gray" size="sm" onClick={onReset}>
        Clear filters
      </Button>
    </Group>
  );
}
