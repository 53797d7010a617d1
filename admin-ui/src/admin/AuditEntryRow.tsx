import { ActionIcon, Code, SimpleGrid, Table, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import type { AuditEntry } from './admin-api';
import { ActorName } from './ActorName';
import { DateTime } from '../ui/DateTime';
import { Fact } from '../ui/Fact';
import { NavIcon } from '../ui/NavIcon';

/** Refusals and denials stand out from routine actions. */
const actionColor = (action: string) =>
  /refused|denied|failed|throttled/.test(action) ? 'red' : action.startsWith('auth.') ? 'gray.7' : 'indigo.8';

const json = (value: unknown) => (value === null || value === undefined ? '—' : JSON.stringify(value, null, 2));

/** One audited action; the state before and after, the request id and source address fold out below. */
export function AuditEntryRow({ entry }: { entry: AuditEntry }) {
  const [expanded, { toggle }] = useDisclosure(false);
  return (
    <>
      <Table.Tr data-testid="audit-row" data-action={entry.action}>
        <Table.Td w={36}>
          <ActionIcon
            variant="subtle"
            color="gray"
            onClick={toggle}
            aria-expanded={expanded}
            aria-label={expanded ? 'Hide details' : 'Show details'}
          >
            <NavIcon name={expanded ? 'chevronDown' : 'chevronRight'} size={16} />
          </ActionIcon>
        </Table.Td>
        <Table.Td style={{ whiteSpace: 'nowrap' }}>
          <DateTime value={entry.at} />
        </Table.Td>
        <Table.Td style={{ whiteSpace: 'nowrap' }}>
          <Text size="sm">
            <ActorName id={entry.actor} name={entry.actorName} />
          </Text>
          {entry.actorName && (
            <Text size="xs" ff="monospace" c="dimmed">
              {entry.actor}
            </Text>
          )}
        </Table.Td>
        <Table.Td style={{ whiteSpace: 'nowrap' }}>
          <Text size="xs" ff="monospace" fw={600} c={actionColor(entry.action)}>
            {entry.action}
          </Text>
        </Table.Td>
        <Table.Td>
          <Text size="sm">{entry.entityType}</Text>
          <Text size="xs" ff="monospace" c="dimmed">
            {entry.entityId ?? '—'}
          </Text>
        </Table.Td>
        <Table.Td>
          <Text size="sm" lineClamp={2} c={entry.reason ? undefined : 'dimmed'}>
            {entry.reason ?? '—'}
          </Text>
        </Table.Td>
      </Table.Tr>
      {expanded && (
        <Table.Tr bg="gray.0">
          <Table.Td />
          <Table.Td colSpan={5}>
            <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md" py="xs">
              <Fact label="Before">
                <Code block>{json(entry.before)}</Code>
              </Fact>
              <Fact label="After">
                <Code block>{json(entry.after)}</Code>
              </Fact>
              <Fact label="Request id">
                <Text span ff="monospace" size="xs">
                  {entry.requestId ?? '—'}
                </Text>
              </Fact>
              <Fact label="Source address">
                <Text span ff="monospace" size="xs">
                  {entry.sourceIp ?? '—'}
                </Text>
              </Fact>
              {entry.hash && (
                <Fact label="Hash chain">
                  <Text span ff="monospace" size="xs">
                    {entry.prevHash?.slice(0, 16)}… → {entry.hash.slice(0, 16)}…
                  </Text>
                </Fact>
              )}
            </SimpleGrid>
          </Table.Td>
        </Table.Tr>
      )}
    </>
  );
}
