import { Paper, SimpleGrid, Text } from '@mantine/core';
import type { PlayerOverview } from './players-api';
import { Money } from '../ui/Money';

/** Cash, bonus and withdrawal-pending (reserved) balances of the player's wallet. */
export function PlayerBalances({ balances }: { balances: PlayerOverview['balances'] }) {
  const cards = [
    { label: 'Cash', amount: balances.cashMinor, hint: 'Withdrawable' },
    { label: 'Bonus', amount: balances.bonusMinor, hint: 'Subject to wagering' },
    { label: 'Withdrawal pending', amount: balances.pendingMinor, hint: 'Reserved for payouts in progress' },
  ];
  return (
    <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="md">
      {cards.map((card) => (
        <Paper key={card.label} p="md" data-testid={`balance-${card.label.toLowerCase().replaceAll(' ', '-')}`}>
          <Text size="xs" c="dimmed" fw={600} tt="uppercase" style={{ letterSpacing: '0.04em' }}>
            {card.label}
          </Text>
          <Text fz={24} fw={700}>
            <Money amountMinor={card.amount} currency={balances.currency} />
          </Text>
          <Text size="xs" c="dimmed">
            {card.hint}
          </Text>
        </Paper>
      ))}
    </SimpleGrid>
  );
}
