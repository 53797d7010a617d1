import { Group, Text } from '@mantine/core';
import { formatMoney } from '../ui/Money';
import type { DecisionContext } from './context-api';

const WIDTH = 360;
const HEIGHT = 90;
const DEPOSIT_COLOR = 'var(--mantine-color-teal-6)';
const WITHDRAWAL_COLOR = 'var(--mantine-color-orange-6)';

/**
 * Deposits credited against withdrawals paid, month by month over the last year, in one currency: money that comes
 * in and goes straight out again shows as twin bars. The figures are also in the chart's text alternative.
 */
export function MoneyFlowChart({ months, currency }: { months: DecisionContext['monthly']; currency: string }) {
  const rows = months.filter((m) => m.currency === currency);
  if (rows.length === 0) return null;
  const max = Math.max(1, ...rows.flatMap((m) => [m.depositsMinor, m.withdrawalsMinor]));
  const slot = WIDTH / rows.length;
  const bar = Math.max(2, Math.min(14, slot / 2 - 2));
  const summary = rows
    .map(
      (m) =>
        `${m.month}: deposited ${formatMoney(m.depositsMinor, currency)}, withdrawn ${formatMoney(m.withdrawalsMinor, currency)}`,
    )
    .join('; ');
  return (
    <figure style={{ margin: 0 }}>
      <svg
        width="100%"
        viewBox={`0 0 ${WIDTH} ${HEIGHT + 14}`}
        role="img"
        aria-label={`Deposits and withdrawals per month, ${currency}. ${summary}`}
        style={{ maxWidth: 480 }}
      >
        {rows.map((m, i) => {
          const x = i * slot + slot / 2;
          const dh = (m.depositsMinor / max) * HEIGHT;
          const wh = (m.withdrawalsMinor / max) * HEIGHT;
          return (
            <g key={m.month}>
              <rect x={x - bar - 1} y={HEIGHT - dh} width={bar} height={dh} fill={DEPOSIT_COLOR} />
              <rect x={x + 1} y={HEIGHT - wh} width={bar} height={wh} fill={WITHDRAWAL_COLOR} />
              <text x={x} y={HEIGHT + 12} fontSize="9" textAnchor="middle" fill="currentColor">
                {m.month.slice(2)}
              </text>
            </g>
          );
        })}
      </svg>
      <Group gap="md" component="figcaption">
        <Text size="xs">
          <span aria-hidden style={{ color: DEPOSIT_COLOR }}>
            ■
          </span>{' '}
          Deposits credited
        </Text>
        <Text size="xs">
          <span aria-hidden style={{ color: WITHDRAWAL_COLOR }}>
            ■
          </span>{' '}
          Withdrawals paid
        </Text>
      </Group>
    </figure>
  );
}
