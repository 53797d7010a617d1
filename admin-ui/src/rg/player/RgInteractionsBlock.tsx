import { Checkbox, Select, Table, Text, Stack } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { StaffName } from '../StaffName';
import { useSession } from '../../admin/session-context';
import { DateTime } from '../../ui/DateTime';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { PageLoader } from '../../ui/PageLoader';
import { ReasonActionButton } from '../ReasonActionButton';
import { getRgInteractions, rgKeys, rgPlayerActions, type RgLogInteractionRequest } from '../rg-api';
import { INTERACTION_KIND_LABEL } from '../rg-labels';

const LOGGABLE: RgLogInteractionRequest['kind'][] = ['CALL', 'MESSAGE', 'CUSTOMER_CONTACT_ABOUT_GAMBLING', 'NOTE'];

/** What staff said to the player and heard from them about their gambling, newest first. */
export function RgInteractionsBlock({ playerId }: { playerId: string }) {
  const { ability } = useSession();
  const interactions = useQuery({
    queryKey: rgKeys.part(playerId, 'interactions'),
    queryFn: ({ signal }) => getRgInteractions(playerId, signal),
  });
  if (interactions.isPending) return <PageLoader />;
  if (interactions.error) {
    return <ErrorAlert error={interactions.error} title="The interactions could not be loaded" />;
  }
  const items = interactions.data?.items ?? [];
  return (
    <Stack gap="sm">
      <Table aria-label="RG interactions" verticalSpacing="xs">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>When</Table.Th>
            <Table.Th>Kind</Table.Th>
            <Table.Th>By</Table.Th>
            <Table.Th>Note</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.length === 0 && (
            <Table.Tr>
              <Table.Td colSpan={4}>
                <Text c="dimmed" size="sm">
                  No interaction logged.
                </Text>
              </Table.Td>
            </Table.Tr>
          )}
          {items.map((i) => (
            <Table.Tr key={i.interactionId}>
              <Table.Td>
                <DateTime value={i.createdAt} />
              </Table.Td>
              <Table.Td>
                {INTERACTION_KIND_LABEL[i.kind] ?? i.kind}
                {i.strongIndicator && (
                  <Text size="xs" c="red">
                    strong indicator
                  </Text>
                )}
              </Table.Td>
              <Table.Td>
                <StaffName id={i.by} />
              </Table.Td>
              <Table.Td>{i.note}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {ability.can('create', 'RgInteraction') && (
        <div>
          <LogInteractionButton playerId={playerId} />
        </div>
      )}
    </Stack>
  );
}

function LogInteractionButton({ playerId }: { playerId: string }) {
  const [kind, setKind] = useState<RgLogInteractionRequest['kind']>('CALL');
  const [strong, setStrong] = useState(false);
  return (
    <ReasonActionButton
      label="Log an interaction"
      title="Log an RG interaction"
      submitLabel="Log it"
      reasonLabel="What was said"
      run={(note) =>
        rgPlayerActions.logInteraction(playerId, {
          kind,
          note,
          ...(kind === 'CUSTOMER_CONTACT_ABOUT_GAMBLING' ? { strongIndicator: strong } : {}),
        })
      }
      refresh={[rgKeys.player(playerId)]}
      onDone={() => setStrong(false)}
      fields={
        <>
          <Select
            label="Kind"
            value={kind}
            allowDeselect={false}
            onChange={(v) => setKind((v ?? 'CALL') as RgLogInteractionRequest['kind'])}
            data={LOGGABLE.map((value) => ({ value, label: INTERACTION_KIND_LABEL[value] ?? value }))}
          />
          {kind === 'CUSTOMER_CONTACT_ABOUT_GAMBLING' && (
            <Checkbox
              label="The player said they cannot control their gambling (acts at once)"
              checked={strong}
              onChange={(e) => setStrong(e.currentTarget.checked)}
            />
          )}
        </>
      }
    />
  );
}
