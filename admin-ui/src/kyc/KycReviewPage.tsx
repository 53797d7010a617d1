import { Anchor, Badge, Group, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { Link, useParams } from 'react-router';
import { ErrorAlert } from '../ui/ErrorAlert';
import { PageHeader } from '../ui/PageHeader';
import { PageLoader } from '../ui/PageLoader';
import { KycDecisionButtons } from './KycDecisionButtons';
import { ScreeningHitsPanel } from './ScreeningHitsPanel';
import { getKycReview } from './kyc-api';
import { REVIEW_REASON_LABEL } from './review-reasons';
import { PlayerNotesPanel } from '../players/PlayerNotesPanel';

const CHECK_LABEL: Record<string, string> = {
  DOCUMENT: 'Identity document',
  LIVENESS: 'Selfie and liveness',
  ADDRESS: 'Proof of address',
};

/** One player's KYC review: why they are held, the evidence, the decisions so far, and the decision itself. */
export function KycReviewPage() {
  const { reviewId = '' } = useParams();
  const review = useQuery({
    queryKey: ['kyc-reviews', reviewId],
    queryFn: ({ signal }) => getKycReview(reviewId, signal),
  });
  const r = review.data;
  return (
    <>
      <PageHeader title="KYC review" description="Everything needed for the decision, on one page." />
      <ErrorAlert error={review.error} title="The review could not be loaded" />
      {review.isPending ? (
        <PageLoader />
      ) : (
        r && (
          <Stack>
            <Paper p="md">
              <Group justify="space-between">
                <Stack gap={4}>
                  <Text>
                    Player{' '}
                    <Anchor component={Link} to={`/players/${r.playerId}`}>
                      {r.playerId}
                    </Anchor>{' '}
                    ({r.jurisdiction})
                  </Text>
                  <Text size="sm">{r.reasons.map((x) => REVIEW_REASON_LABEL[x] ?? x).join('; ')}</Text>
                  <Group gap="xs">
                    <Badge>{r.status}</Badge>
                    {r.fourEyes && <Badge color="orange">Four eyes: two officers must clear</Badge>}
                    {r.clearedBy.length > 0 && <Badge color="teal">Cleared so far by {r.clearedBy.join(', ')}</Badge>}
                  </Group>
                </Stack>
                {r.status === 'OPEN' && <KycDecisionButtons review={r} />}
              </Group>
            </Paper>
            <Paper p="md">
              <Title order={3} size="h5">
                Provider checks
              </Title>
              {r.checks.length === 0 ? (
                <Text size="sm" c="dimmed">
                  No check result has arrived.
                </Text>
              ) : (
                <Table aria-label="Provider check results">
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th>Check</Table.Th>
                      <Table.Th>Outcome</Table.Th>
                      <Table.Th>Reasons</Table.Th>
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {r.checks.map((c) => (
                      <Table.Tr key={c.checkId}>
                        <Table.Td>{CHECK_LABEL[c.kind] ?? c.kind}</Table.Td>
                        <Table.Td>{c.outcome}</Table.Td>
                        <Table.Td>{c.reasons.join(', ') || '—'}</Table.Td>
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              )}
            </Paper>
            <ScreeningHitsPanel screeningIds={r.screeningIds} />
            <Paper p="md">
              <Title order={3} size="h5">
                Decisions
              </Title>
              {r.decisions.length === 0 ? (
                <Text size="sm" c="dimmed">
                  None yet.
                </Text>
              ) : (
                r.decisions.map((d) => (
                  <Text size="sm" key={`${d.staffId}-${d.at}`}>
                    {new Date(d.at).toLocaleString()}: {d.decision} by {d.staffId}: {d.reason}
                  </Text>
                ))
              )}
              <Anchor href={r.temporalWebUrl} target="_blank" rel="noreferrer" size="sm">
                The onboarding in Temporal Web
              </Anchor>
            </Paper>
            <PlayerNotesPanel playerId={r.playerId} />
          </Stack>
        )
      )}
    </>
  );
}
