import { Badge, Group, Select, Stack, Table, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { StaffName } from '../StaffName';
import { useSession } from '../../admin/session-context';
import { DateTime } from '../../ui/DateTime';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { PageLoader } from '../../ui/PageLoader';
import { ReasonActionButton } from '../ReasonActionButton';
import { getRgRestrictions, rgKeys, rgPlayerActions, type RgRestriction, type RgRestrictionKind } from '../rg-api';
import { RESTRICTION_LABEL, RESTRICTION_SOURCE_LABEL } from '../rg-labels';

/** The restrictions in force first, then those lifted or expired; RG officers apply and lift them with a reason. */
export function RgRestrictionsBlock({ playerId }: { playerId: string }) {
  const { ability } = useSession();
  const restrictions = useQuery({
    queryKey: rgKeys.part(playerId, 'restrictions'),
    queryFn: ({ signal }) => getRgRestrictions(playerId, signal),
  });
  if (restrictions.isPending) return <PageLoader />;
  if (restrictions.error) {
    return <ErrorAlert error={restrictions.error} title="The restrictions could not be loaded" />;
  }
  const data = restrictions.data ?? { inForce: [], items: [] };
  const mayChange = ability.can('update', 'RgRestriction');
  const items = [...data.items].sort((a, b) => Number(b.inForce) - Number(a.inForce));
  return (
    <Stack gap="sm">
      <Group gap="xs" data-testid="rg-restrictions-in-force">
        <Text size="sm" fw={600}>
          In force:
        </Text>
        {data.inForce.length === 0 ? (
          <Text size="sm" c="dimmed">
            none
          </Text>
        ) : (
          data.inForce.map((kind) => (
            <Badge key={kind} color="red" variant="light">
              {RESTRICTION_LABEL[kind]}
            </Badge>
          ))
        )}
      </Group>
      <Table aria-label="Restrictions" verticalSpacing="xs">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Restriction</Table.Th>
            <Table.Th>From</Table.Th>
            <Table.Th>Applied</Table.Th>
            <Table.Th>Reason</Table.Th>
            <Table.Th>Until</Table.Th>
            {mayChange && <Table.Th>Action</Table.Th>}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.length === 0 && (
            <Table.Tr>
              <Table.Td colSpan={mayChange ? 6 : 5}>
                <Text c="dimmed" size="sm">
                  No restriction applied.
                </Text>
              </Table.Td>
            </Table.Tr>
          )}
          {items.map((r) => (
            <Table.Tr key={r.restrictionId}>
              <Table.Td>
                {RESTRICTION_LABEL[r.kind]}
                {!r.inForce && (
                  <Badge ml="xs" size="sm" color="gray" variant="light">
                    {r.liftedAt ? 'Lifted' : 'Expired'}
                  </Badge>
                )}
              </Table.Td>
              <Table.Td>{RESTRICTION_SOURCE_LABEL[r.source]}</Table.Td>
              <Table.Td>
                <DateTime value={r.appliedAt} /> by <StaffName id={r.appliedBy} />
              </Table.Td>
              <Table.Td>{r.reason}</Table.Td>
              <Table.Td>
                {r.liftedAt ? (
                  <>
                    Lifted <DateTime value={r.liftedAt} /> by <StaffName id={r.liftedBy ?? ''} />
                    {r.liftReason && (
                      <Text size="xs" c="dimmed">
                        {r.liftReason}
                      </Text>
                    )}
                  </>
                ) : r.until ? (
                  <DateTime value={r.until} />
                ) : (
                  'Until lifted'
                )}
              </Table.Td>
              {mayChange && (
                <Table.Td>{r.inForce && <LiftRestrictionButton playerId={playerId} restriction={r} />}</Table.Td>
              )}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {mayChange && (
        <div>
          <ApplyRestrictionButton playerId={playerId} />
        </div>
      )}
    </Stack>
  );
}

function ApplyRestrictionButton({ playerId }: { playerId: string }) {
  const [kind, setKind] = useState<RgRestrictionKind>('DEPOSIT_BLOCK');
  return (
    <ReasonActionButton
      label="Apply a restriction"
      title="Apply a restriction"
      submitLabel="Apply"
      run={(reason) => rgPlayerActions.applyRestriction(playerId, { kind, reason })}
      refresh={[rgKeys.player(playerId)]}
      buttonProps={{ color: 'red' }}
      fields={
        <Select
          label="Restriction"
          value={kind}
          allowDeselect={false}
          onChange={(v) => setKind((v ?? 'DEPOSIT_BLOCK') as RgRestrictionKind)}
          data={Object.entries(RESTRICTION_LABEL).map(([value, label]) => ({ value, label }))}
        />
      }
    />
  );
}

function LiftRestrictionButton({ playerId, restriction }: { playerId: string; restriction: RgRestriction }) {
  const label = RESTRICTION_LABEL[restriction.kind];
  return (
    <ReasonActionButton
      label="Lift"
      title={`Lift the ${label.toLowerCase()}`}
      submitLabel="Lift"
      run={(reason) => rgPlayerActions.liftRestriction(playerId, restriction.restrictionId, reason)}
      refresh={[rgKeys.player(playerId)]}
      ariaLabel={`Lift the ${label.toLowerCase()}`}
    />
  );
}
