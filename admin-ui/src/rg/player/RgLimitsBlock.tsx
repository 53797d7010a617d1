import { Badge, NumberInput, Select, Stack, Table, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { StaffName } from '../StaffName';
import { useSession } from '../../admin/session-context';
import { DateTime } from '../../ui/DateTime';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { PageLoader } from '../../ui/PageLoader';
import { LimitAmount } from '../LimitAmount';
import { ReasonActionButton } from '../ReasonActionButton';
import { EffectiveCountdown } from '../EffectiveCountdown';
import { getRgLimits, rgKeys, rgPlayerActions, type RgLimitKind, type RgLimitPeriod } from '../rg-api';
import { LIMIT_KIND_LABEL, LIMIT_PERIOD_LABEL } from '../rg-labels';

const PERIODS_OF: Record<RgLimitKind, RgLimitPeriod[]> = {
  DEPOSIT: ['DAY', 'WEEK', 'MONTH'],
  LOSS: ['DAY', 'WEEK', 'MONTH'],
  WAGER: ['DAY', 'WEEK', 'MONTH'],
  SESSION_TIME: ['SESSION'],
};

/** Limits in force with what the window has used, a pending increase with its countdown, and the history. */
export function RgLimitsBlock({ playerId }: { playerId: string }) {
  const { ability } = useSession();
  const limits = useQuery({
    queryKey: rgKeys.part(playerId, 'limits'),
    queryFn: ({ signal }) => getRgLimits(playerId, signal),
  });
  if (limits.isPending) return <PageLoader />;
  if (limits.error) return <ErrorAlert error={limits.error} title="The limits could not be loaded" />;
  const data = limits.data;
  if (!data) return <Text c="dimmed">Limits are not available for this player.</Text>;
  const currency = data.currency;
  return (
    <Stack gap="sm">
      <Table aria-label="Limits in force" verticalSpacing="xs">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Limit</Table.Th>
            <Table.Th>Period</Table.Th>
            <Table.Th>Amount</Table.Th>
            <Table.Th>Used in the window</Table.Th>
            <Table.Th>Left</Table.Th>
            <Table.Th>Set</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {data.limits.length === 0 && (
            <Table.Tr>
              <Table.Td colSpan={6}>
                <Text c="dimmed" size="sm">
                  No limit set.
                </Text>
              </Table.Td>
            </Table.Tr>
          )}
          {data.limits.map((l) => (
            <Table.Tr key={`${l.kind}-${l.period}`}>
              <Table.Td>{LIMIT_KIND_LABEL[l.kind]}</Table.Td>
              <Table.Td>{LIMIT_PERIOD_LABEL[l.period]}</Table.Td>
              <Table.Td>
                <LimitAmount kind={l.kind} amount={l.amount} currency={currency} />
              </Table.Td>
              <Table.Td>
                {l.usedInWindow === null ? (
                  '—'
                ) : (
                  <LimitAmount kind={l.kind} amount={l.usedInWindow} currency={currency} />
                )}
              </Table.Td>
              <Table.Td>
                {l.remaining === null ? '—' : <LimitAmount kind={l.kind} amount={l.remaining} currency={currency} />}
              </Table.Td>
              <Table.Td>
                <DateTime value={l.setAt} />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {ability.can('update', 'RgLimit') && (
        <div>
          <DecreaseLimitButton playerId={playerId} />
        </div>
      )}
      {data.pending.length > 0 && (
        <>
          <Title order={4} fz="sm">
            Pending increases
          </Title>
          <Table aria-label="Pending limit increases" verticalSpacing="xs">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Limit</Table.Th>
                <Table.Th>From</Table.Th>
                <Table.Th>To</Table.Th>
                <Table.Th>Status</Table.Th>
                <Table.Th>Applies</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {data.pending.map((p) => (
                <Table.Tr key={p.changeId}>
                  <Table.Td>
                    {LIMIT_KIND_LABEL[p.kind]}, {LIMIT_PERIOD_LABEL[p.period]}
                  </Table.Td>
                  <Table.Td>
                    <LimitAmount kind={p.kind} amount={p.fromAmount} currency={currency} />
                  </Table.Td>
                  <Table.Td>
                    <LimitAmount kind={p.kind} amount={p.toAmount} currency={currency} />
                  </Table.Td>
                  <Table.Td>
                    <Badge variant="light" color={p.status === 'AWAITING_CONFIRMATION' ? 'blue' : 'yellow'}>
                      {p.status === 'AWAITING_CONFIRMATION' ? 'Awaiting the player’s confirmation' : 'Cooling-off'}
                    </Badge>
                  </Table.Td>
                  <Table.Td>
                    <EffectiveCountdown at={p.effectiveAt} />
                    {p.needsConfirmation && (
                      <Text size="xs" c="dimmed">
                        then needs the player’s confirmation
                      </Text>
                    )}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </>
      )}
      <Title order={4} fz="sm">
        History
      </Title>
      <Table aria-label="Limit history" verticalSpacing="xs">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>When</Table.Th>
            <Table.Th>Limit</Table.Th>
            <Table.Th>Change</Table.Th>
            <Table.Th>By</Table.Th>
            <Table.Th>Reason</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {data.history.length === 0 && (
            <Table.Tr>
              <Table.Td colSpan={5}>
                <Text c="dimmed" size="sm">
                  No change yet.
                </Text>
              </Table.Td>
            </Table.Tr>
          )}
          {data.history.map((h, i) => (
            <Table.Tr key={`${h.appliedAt}-${i}`}>
              <Table.Td>
                <DateTime value={h.appliedAt} />
              </Table.Td>
              <Table.Td>
                {LIMIT_KIND_LABEL[h.kind]}, {LIMIT_PERIOD_LABEL[h.period]}
              </Table.Td>
              <Table.Td>
                <Badge size="sm" variant="light" color={h.direction === 'DECREASE' ? 'teal' : 'orange'}>
                  {h.direction === 'DECREASE' ? 'Lowered' : 'Raised'}
                </Badge>{' '}
                <LimitAmount kind={h.kind} amount={h.fromAmount} currency={currency} /> →{' '}
                <LimitAmount kind={h.kind} amount={h.toAmount} currency={currency} />
              </Table.Td>
              <Table.Td>
                <StaffName id={h.requestedBy} playerId={playerId} />
              </Table.Td>
              <Table.Td>{h.reason}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Stack>
  );
}

/** Lowers a limit at once on the player's behalf (a higher limit is the player's own request, after cooling-off). */
function DecreaseLimitButton({ playerId }: { playerId: string }) {
  const [kind, setKind] = useState<RgLimitKind>('DEPOSIT');
  const [period, setPeriod] = useState<RgLimitPeriod>('DAY');
  const [amount, setAmount] = useState<number | string>('');
  const minutes = kind === 'SESSION_TIME';
  // Money is entered in major units and sent in minor units (the wallet currencies here have two decimals).
  const amountSent = typeof amount === 'number' ? (minutes ? amount : Math.round(amount * 100)) : NaN;
  return (
    <ReasonActionButton
      label="Lower a limit"
      title="Lower a limit for the player"
      reasonLabel="Reason, as the player asked"
      canSubmit={Number.isSafeInteger(amountSent) && amountSent >= 0}
      run={(reason) => rgPlayerActions.decreaseLimit(playerId, kind, period, amountSent, reason)}
      refresh={[rgKeys.part(playerId, 'limits')]}
      fields={
        <>
          <Select
            label="Limit"
            value={kind}
            allowDeselect={false}
            onChange={(v) => {
              const next = (v ?? 'DEPOSIT') as RgLimitKind;
              setKind(next);
              setPeriod(PERIODS_OF[next][0]!);
            }}
            data={Object.entries(LIMIT_KIND_LABEL).map(([value, label]) => ({ value, label }))}
          />
          <Select
            label="Period"
            value={period}
            allowDeselect={false}
            onChange={(v) => setPeriod((v ?? PERIODS_OF[kind][0]) as RgLimitPeriod)}
            data={PERIODS_OF[kind].map((value) => ({ value, label: LIMIT_PERIOD_LABEL[value] }))}
          />
          <NumberInput
            label={minutes ? 'New limit (minutes)' : 'New limit (in the wallet currency)'}
            value={amount}
            onChange={setAmount}
            min={0}
            decimalScale={minutes ? 0 : 2}
            required
          />
        </>
      }
    />
  );
}
