import { Text } from '@mantine/core';
import { Money } from '../ui/Money';
import type { Requirement } from './jurisdiction-rule-rows';

/** What a rule requires: its words, or an amount (formatted by the one money component) within them. */
export function RuleRequirement({ requirement }: { requirement: Requirement }) {
  if ('text' in requirement) {
    return (
      <Text size="sm" fw={600}>
        {requirement.text}
      </Text>
    );
  }
  const { before, amount, after } = requirement;
  return (
    <Text size="sm">
      {before && `${before} `}
      <Money amountMinor={amount.amountMinor} currency={amount.currency} fw={600} />
      {after && ` ${after}`}
    </Text>
  );
}
