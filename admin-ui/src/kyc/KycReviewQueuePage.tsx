import { Anchor, Badge, Paper, Table, Text } from '@mantine/core';
import { Link } from 'react-router';
import { useQuery } from '@tanstack/react-query';
import { ErrorAlert } from '../ui/ErrorAlert';
import { PageHeader } from '../ui/PageHeader';
import { PageLoader } from '../ui/PageLoader';
import { KycDecisionButtons } from './KycDecisionButtons';
import { listOpenKycReviews } from './kyc-api';
import { REVIEW_REASON_LABEL } from './review-reasons';

/** The players waiting for a KYC decision, longest waiting first. */
export function KycReviewQueuePage() {
  const reviews = useQuery({ queryKey: ['kyc-reviews'], queryFn: ({ signal }) => listOpenKycReviews(signal) });
  const items = reviews.data?.items ?? [];
  return (
    <>
      <PageHeader
        title="KYC reviews"
        description="Players held for a decision. A sanctions or PEP hit needs two officers to clear it; one may reject."
      />
      <ErrorAlert error={reviews.error} title="The KYC reviews could not be loaded" />
      {reviews.isPending ? (
        <PageLoader />
      ) : items.length === 0 ? (
        <Text c="dimmed">No player is waiting for a KYC decision.</Text>
      ) : (
        <Paper p={0}>
          <Table aria-label="KYC reviews waiting for a decision" verticalSpacing="sm">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Player</Table.Th>
                <Table.Th>Jurisdiction</Table.Th>
                <Table.Th>Why</Table.Th>
                <Table.Th>Waiting since</Table.Th>
                <Table.Th>Decisions</Table.Th>
                <Table.Th>Decide</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {items.map((review) => (
                <Table.Tr key={review.reviewId}>
                  <Table.Td>
                    <Anchor component={Link} to={`/kyc/reviews/${encodeURIComponent(review.reviewId)}`}>
                      {review.playerId}
                    </Anchor>
                  </Table.Td>
                  <Table.Td>{review.jurisdiction}</Table.Td>
                  <Table.Td>
                    {review.reasons.map((r) => REVIEW_REASON_LABEL[r] ?? r).join('; ')}{' '}
                    {review.fourEyes && <Badge color="orange">Four eyes</Badge>}
                  </Table.Td>
                  <Table.Td>{new Date(review.openedAt).toLocaleString()}</Table.Td>
                  <Table.Td>
                    {review.decisions.map((d) => `${d.decision} by ${d.staffId}: ${d.reason}`).join('; ') || 'None yet'}
                  </Table.Td>
                  <Table.Td>
                    <KycDecisionButtons review={review} />
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Paper>
      )}
    </>
  );
}
