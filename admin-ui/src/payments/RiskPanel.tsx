import { Anchor, Badge, Group, List, SimpleGrid, Stack, Text } from '@mantine/core';
import { Link } from 'react-router';
import type { QueuedWithdrawal } from './payments-api';
import { Fact } from '../ui/Fact';
import { Money } from '../ui/Money';

/**
 * The full risk context of a queued withdrawal: the player's KYC standing (verification, the due diligence level
 * they need, any restriction), AML flags (empty until the AML issue lands), responsible gambling and money.
 */
export function RiskPanel({ withdrawal }: { withdrawal: QueuedWithdrawal }) {
  const { risk, currency } = withdrawal;
  return (
    <Stack gap="sm" py="xs" data-testid="risk-panel">
      <SimpleGrid cols={{ base: 2, md: 4, lg: 7 }} spacing="md">
        <Fact label="KYC status">
          {risk.kycStatus.replaceAll('_', ' ')} · due diligence {risk.kycRequiredLevel}
          {risk.kycRestriction && (
            <Text span c="red" size="sm" display="block">
              Restricted: {risk.kycRestriction}
            </Text>
          )}
        </Fact>
        <Fact label="AML flags">
          {risk.amlFlags.length === 0 ? (
            <Text span c="dimmed" size="sm">
              None
            </Text>
          ) : (
            <Group gap={4}>
              {risk.amlFlags.map((flag) => (
                <Badge key={flag} size="xs" color="red">
                  {flag}
                </Badge>
              ))}
            </Group>
          )}
        </Fact>
        <Fact label="RG status">{risk.rgStatus.replaceAll('_', ' ')}</Fact>
        <Fact label="Net deposits">
          <Money amountMinor={risk.netDepositsMinor} currency={currency} />
        </Fact>
        <Fact label="Deposits">{risk.depositsCount}</Fact>
        <Fact label="Withdrawals">{risk.withdrawalsCount}</Fact>
        <Fact label="Active bonus">
          {risk.bonusBalanceMinor > 0 ? <Money amountMinor={risk.bonusBalanceMinor} currency={currency} /> : 'None'}
        </Fact>
      </SimpleGrid>
      <Group justify="space-between" align="flex-end">
        <Fact label="Risk reasons">
          {risk.riskReasons?.length ? (
            <List size="sm" spacing={0}>
              {risk.riskReasons.map((reason) => (
                <List.Item key={reason}>{reason}</List.Item>
              ))}
            </List>
          ) : (
            <Text span c="dimmed" size="sm">
              None recorded
            </Text>
          )}
        </Fact>
        <Group gap="md">
          <Anchor component={Link} to={`/players/${withdrawal.playerId}`} size="sm">
            Player 360
          </Anchor>
          <Anchor component={Link} to={`/payments/${withdrawal.paymentId}`} size="sm">
            Payment detail
          </Anchor>
        </Group>
      </Group>
    </Stack>
  );
}
