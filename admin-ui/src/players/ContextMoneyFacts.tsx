import { SimpleGrid, Text } from '@mantine/core';
import { DateTime } from '../ui/DateTime';
import { Fact } from '../ui/Fact';
import { Money } from '../ui/Money';
import type { DecisionContext } from './context-api';

/** The player's money in one currency, from the ledger: what came in, what went out, and how much was played. */
export function ContextMoneyFacts({ money }: { money: DecisionContext['money'][number] }) {
  const { currency } = money;
  const amount = (minor: number) => <Money amountMinor={minor} currency={currency} />;
  return (
    <SimpleGrid cols={{ base: 2, md: 4 }} spacing="md" data-testid={`context-money-${currency}`}>
      <Fact label="Deposited (lifetime)">{amount(money.depositsMinor)}</Fact>
      <Fact label="Withdrawn (lifetime)">{amount(money.withdrawalsMinor)}</Fact>
      <Fact label="Net deposits">{amount(money.netDepositsMinor)}</Fact>
      <Fact label="Withdrawals pending">{amount(money.pendingWithdrawalsMinor)}</Fact>
      <Fact label="Staked (cash)">{amount(money.betsMinor)}</Fact>
      <Fact label="Won (cash)">{amount(money.winsMinor)}</Fact>
      <Fact label="GGR (staked − won)">
        <Money amountMinor={money.ggrMinor} currency={currency} signed />
      </Fact>
      <Fact label="Staked since last deposit">
        {amount(money.turnoverSinceLastDepositMinor)}
        {money.lastDepositMinor !== null && (
          <Text span size="xs" c="dimmed" display="block">
            last deposit <Money amountMinor={money.lastDepositMinor} currency={currency} />,{' '}
            <DateTime value={money.lastDepositAt} size="xs" />
          </Text>
        )}
      </Fact>
    </SimpleGrid>
  );
}
