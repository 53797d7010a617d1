import { Badge, NumberInput, SegmentedControl, Stack, Table, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { StaffName } from '../StaffName';
import { useSession } from '../../admin/session-context';
import { DateTime } from '../../ui/DateTime';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { PageLoader } from '../../ui/PageLoader';
import { EffectiveCountdown } from '../EffectiveCountdown';
import { ReasonActionButton } from '../ReasonActionButton';
import { getRgExclusions, rgKeys, rgPlayerActions, type RgExclusion } from '../rg-api';
import { EXCLUSION_KIND_LABEL, EXCLUSION_STATUS_LABEL } from '../rg-labels';

const ANSWER_COLOR: Record<string, string> = {
  LISTED: 'red',
  PREVIOUSLY_LISTED: 'orange',
  NOT_LISTED: 'teal',
  UNAVAILABLE: 'gray',
};

/** Time-outs and self-exclusions with their ends, and the national scheme checks (GAMSTOP, Spelpaus, OASIS). */
export function RgExclusionsBlock({ playerId }: { playerId: string }) {
  const { ability } = useSession();
  const exclusions = useQuery({
    queryKey: rgKeys.part(playerId, 'exclusions'),
    queryFn: ({ signal }) => getRgExclusions(playerId, signal),
  });
  if (exclusions.isPending) return <PageLoader />;
  if (exclusions.error) return <ErrorAlert error={exclusions.error} title="The exclusions could not be loaded" />;
  const data = exclusions.data ?? { exclusions: [], schemeChecks: [] };
  return (
    <Stack gap="sm">
      <Table aria-label="Time-outs and self-exclusions" verticalSpacing="xs">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Kind</Table.Th>
            <Table.Th>Status</Table.Th>
            <Table.Th>From</Table.Th>
            <Table.Th>Ends</Table.Th>
            <Table.Th>Asked by</Table.Th>
            <Table.Th>Reason</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {data.exclusions.length === 0 && (
            <Table.Tr>
              <Table.Td colSpan={6}>
                <Text c="dimmed" size="sm">
                  No time-out or self-exclusion.
                </Text>
              </Table.Td>
            </Table.Tr>
          )}
          {data.exclusions.map((e) => (
            <Table.Tr key={e.exclusionId}>
              <Table.Td>{EXCLUSION_KIND_LABEL[e.kind]}</Table.Td>
              <Table.Td>
                <Badge variant="light" color={e.status === 'ENDED' ? 'gray' : 'red'}>
                  {EXCLUSION_STATUS_LABEL[e.status]}
                </Badge>
                {e.coveredBy && (
                  <Text size="xs" c="dimmed">
                    through the same person’s account on another brand
                  </Text>
                )}
              </Table.Td>
              <Table.Td>
                <DateTime value={e.startsAt} />
              </Table.Td>
              <Table.Td>
                <ExclusionEnd exclusion={e} />
              </Table.Td>
              <Table.Td>
                <StaffName id={e.requestedBy} playerId={playerId} />
              </Table.Td>
              <Table.Td>{e.reason}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {ability.can('create', 'RgExclusion') && (
        <div>
          <StartExclusionButton playerId={playerId} />
        </div>
      )}
      <Title order={4} fz="sm">
        National scheme checks
      </Title>
      <Table aria-label="National scheme checks" verticalSpacing="xs">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>When</Table.Th>
            <Table.Th>Scheme</Table.Th>
            <Table.Th>For</Table.Th>
            <Table.Th>Answer</Table.Th>
            <Table.Th>Attempts</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {data.schemeChecks.length === 0 && (
            <Table.Tr>
              <Table.Td colSpan={5}>
                <Text c="dimmed" size="sm">
                  No scheme check recorded.
                </Text>
              </Table.Td>
            </Table.Tr>
          )}
          {data.schemeChecks.map((c) => (
            <Table.Tr key={c.checkId}>
              <Table.Td>
                <DateTime value={c.checkedAt} />
              </Table.Td>
              <Table.Td>
                {c.scheme} ({c.jurisdiction})
              </Table.Td>
              <Table.Td>{c.purpose.toLowerCase()}</Table.Td>
              <Table.Td>
                <Badge variant="light" color={ANSWER_COLOR[c.answer] ?? 'gray'}>
                  {c.answer.replaceAll('_', ' ').toLowerCase()}
                </Badge>
                {c.error && (
                  <Text size="xs" c="dimmed">
                    {c.error}
                  </Text>
                )}
              </Table.Td>
              <Table.Td>{c.attempts}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Stack>
  );
}

function ExclusionEnd({ exclusion: e }: { exclusion: RgExclusion }) {
  if (e.endedAt) return <DateTime value={e.endedAt} />;
  if (e.kind === 'TIME_OUT') return <EffectiveCountdown at={e.endsAt} doneText="Ending" />;
  if (e.returnsAt) {
    return (
      <>
        Returns <EffectiveCountdown at={e.returnsAt} />
      </>
    );
  }
  return (
    <>
      Minimum until <DateTime value={e.endsAt} />
      <Text size="xs" c="dimmed">
        then only on the player’s request
      </Text>
    </>
  );
}

/** Starts a time-out or a self-exclusion that the player asked for on the phone or in chat. */
function StartExclusionButton({ playerId }: { playerId: string }) {
  const [kind, setKind] = useState<RgExclusion['kind']>('TIME_OUT');
  const [hours, setHours] = useState<number | string>(24);
  const [months, setMonths] = useState<number | string>(6);
  const length = kind === 'TIME_OUT' ? hours : months;
  return (
    <ReasonActionButton
      label="Start a time-out or self-exclusion"
      title="Start a time-out or self-exclusion for the player"
      submitLabel="Start it now"
      reasonLabel="Reason, as the player told you"
      canSubmit={typeof length === 'number' && Number.isSafeInteger(length) && length > 0}
      run={(reason) =>
        rgPlayerActions.startExclusion(
          playerId,
          kind === 'TIME_OUT'
            ? { kind, hours: Number(hours), reason }
            : { kind: 'SELF_EXCLUSION', months: Number(months), reason },
        )
      }
      refresh={[rgKeys.player(playerId)]}
      buttonProps={{ color: 'red' }}
      fields={
        <>
          <SegmentedControl
            aria-label="Kind"
            value={kind}
            onChange={(v) => setKind(v as RgExclusion['kind'])}
            data={[
              { value: 'TIME_OUT', label: 'Time-out' },
              { value: 'SELF_EXCLUSION', label: 'Self-exclusion' },
            ]}
          />
          {kind === 'TIME_OUT' ? (
            <NumberInput
              label="Hours (24 to 1008: six weeks)"
              value={hours}
              onChange={setHours}
              min={24}
              max={1008}
              allowDecimal={false}
            />
          ) : (
            <NumberInput
              label="Months, at least the jurisdiction’s minimum"
              value={months}
              onChange={setMonths}
              min={1}
              allowDecimal={false}
            />
          )}
          <Text size="sm" c="dimmed">
            It takes effect at once, on every brand of the same person: play, deposits, bonuses and marketing stop.
          </Text>
        </>
      }
    />
  );
}
