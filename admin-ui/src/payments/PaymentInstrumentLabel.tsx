import { Badge, Group, Stack, Text } from '@mantine/core';
import type { PaymentInstrument } from './payments-api';

/**
 * Where a withdrawal is paid, or what a deposit was paid from: the PSP's display data ("Visa •••• 4242, 12/2030"),
 * and for a payout whether the instrument ever funded the account (closed-loop payouts go back to one that did).
 */
export function PaymentInstrumentLabel({
  instrument,
  showDepositUse = false,
}: {
  instrument: PaymentInstrument | null;
  showDepositUse?: boolean;
}) {
  if (!instrument) {
    return (
      <Text size="sm" c="dimmed">
        Not known yet
      </Text>
    );
  }
  return (
    <Stack gap={2}>
      <Text size="sm">{instrument.label}</Text>
      <Group gap={4}>
        <Text size="xs" c="dimmed">
          via {instrument.psp}
        </Text>
        {showDepositUse && <DepositUseBadge instrument={instrument} />}
      </Group>
    </Stack>
  );
}

/** Whether an instrument was used to deposit: a payout to one that never was is worth a second look. */
export function DepositUseBadge({ instrument }: { instrument: PaymentInstrument }) {
  return instrument.usedForDeposit ? (
    <Badge size="xs" variant="light" color="teal">
      Used to deposit
    </Badge>
  ) : (
    <Badge size="xs" variant="light" color="orange">
      Never used to deposit
    </Badge>
  );
}
