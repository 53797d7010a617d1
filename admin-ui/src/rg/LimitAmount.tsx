import { Text } from '@mantine/core';
import { Money } from '../ui/Money';
import type { RgLimitKind } from './rg-api';

/** A limit's amount: money for the money limits, minutes for the session-time limit, "No limit" for none. */
export function LimitAmount({
  kind,
  amount,
  currency,
}: {
  kind: RgLimitKind;
  amount: number | null;
  currency: string;
}) {
  if (amount === null) {
    return (
      <Text span inherit c="dimmed">
        No limit
      </Text>
    );
  }
  if (kind === 'SESSION_TIME') return <span>{amount} min</span>;
  return <Money amountMinor={amount} currency={currency} />;
}
