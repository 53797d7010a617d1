import { Badge, Group } from '@mantine/core';
import type { WithdrawalRiskContext } from './payments-api';
import { HoverHint } from '../ui/HoverHint';

/** The risk context in one line of badges, so an officer can scan the queue; the panel below a row has the detail. */
export function RiskSummary({ risk }: { risk: WithdrawalRiskContext }) {
  const level = risk.riskLevel ?? 'UNKNOWN';
  return (
    <Group gap={4} wrap="wrap" miw={150} maw={220}>
      <HoverHint label={risk.riskReasons?.length ? risk.riskReasons.join('; ') : 'No risk reasons recorded'}>
        <Badge size="sm" color={level === 'LOW' ? 'teal' : level === 'ELEVATED' ? 'orange' : 'gray'}>
          {level === 'UNKNOWN' ? 'Risk n/a' : `${level} risk`}
        </Badge>
      </HoverHint>
      <Badge size="sm" color={risk.kycStatus === 'VERIFIED' ? 'teal' : 'gray'} variant="outline">
        KYC {risk.kycStatus.replaceAll('_', ' ')}
      </Badge>
      {risk.amlFlags.length > 0 && (
        <Badge size="sm" color="red">
          {risk.amlFlags.length} AML flag{risk.amlFlags.length === 1 ? '' : 's'}
        </Badge>
      )}
      {risk.rgStatus !== 'ACTIVE' && (
        <Badge size="sm" color="red" variant="filled">
          {risk.rgStatus.replaceAll('_', ' ')}
        </Badge>
      )}
    </Group>
  );
}
