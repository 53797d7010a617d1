import { Badge, SimpleGrid, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useSession } from '../admin/session-context';
import { DateTime } from '../ui/DateTime';
import { ErrorAlert } from '../ui/ErrorAlert';
import { Fact } from '../ui/Fact';
import { PageLoader } from '../ui/PageLoader';
import { Section } from '../ui/Section';
import { ClearSourceOfFundsButton } from './ClearSourceOfFundsButton';
import { getKycStanding, type KycStanding } from './kyc-standing-api';

const levelWords: Record<KycStanding['requiredLevel'], string> = {
  SDD: 'Simplified',
  CDD: 'Customer due diligence',
  EDD: 'Enhanced due diligence',
};
const triggerWords: Record<NonNullable<KycStanding['sourceOfFunds']>['trigger'], string> = {
  CDD_THRESHOLD: 'deposits reached the due diligence threshold',
  PEP_MATCH: 'politically exposed person',
  RISK_RULE: 'withdrawal risk rule',
};

/**
 * The player 360's KYC panel: what the payment and bet gates read (verification, whether the jurisdiction needs it
 * first, the due diligence level, any restriction) and the open source-of-funds request with its deadline.
 */
export function KycStandingPanel({ playerId }: { playerId: string }) {
  const { ability } = useSession();
  const standing = useQuery({
    queryKey: ['kyc-standing', playerId],
    queryFn: ({ signal }) => getKycStanding(playerId, signal),
    enabled: ability.can('read', 'KycStanding'),
  });
  if (ability.cannot('read', 'KycStanding')) return null;
  const data = standing.data;
  const request = data?.sourceOfFunds;
  return (
    <Section
      title="KYC"
      testId="kyc-panel"
      actions={request && <ClearSourceOfFundsButton playerId={playerId} requestId={request.requestId} />}
    >
      {!data ? (
        standing.isPending ? (
          <PageLoader />
        ) : (
          <ErrorAlert error={standing.error} title="KYC standing not available" />
        )
      ) : (
        <SimpleGrid cols={{ base: 2, md: 4 }} spacing="md" p="md">
          <Fact label="Verification" testId="kyc-status">
            <Badge color={data.status === 'VERIFIED' ? 'teal' : data.status === 'REJECTED' ? 'red' : 'gray'}>
              {data.status.replaceAll('_', ' ')}
            </Badge>
            <Text size="xs" c="dimmed">
              {data.verifyBeforeDepositOrPlay
                ? 'Required before any deposit or bet here'
                : 'Required before withdrawals'}
            </Text>
          </Fact>
          <Fact label="Due diligence" testId="kyc-level">
            {levelWords[data.requiredLevel]}
          </Fact>
          <Fact label="Money movements" testId="kyc-restriction">
            {data.restricted ? (
              <Text span c="red" size="sm">
                Restricted: {data.restrictionReason}
              </Text>
            ) : (
              'Not restricted'
            )}
          </Fact>
          <Fact label="Source of funds" testId="kyc-source-of-funds">
            {request ? (
              <>
                {request.status.replaceAll('_', ' ')} ({triggerWords[request.trigger]}), due{' '}
                <DateTime value={request.dueAt} format="date" />; {request.remindersSent} reminder(s) sent
              </>
            ) : (
              'Nothing asked'
            )}
          </Fact>
        </SimpleGrid>
      )}
    </Section>
  );
}
