import { Alert, Badge, Group, List, SimpleGrid, Stack, Text } from '@mantine/core';
import type { SagaState } from './payments-api';
import { Fact } from '../ui/Fact';
import { PaymentStatusBadge } from './PaymentStatusBadge';

/** The saga's own view of itself (its `getStatus` query), live from Temporal rather than from the read model. */
export function SagaStatePanel({ state }: { state: SagaState | null | undefined }) {
  if (!state) {
    return (
      <Text size="sm" c="dimmed">
        Temporal did not answer the saga&apos;s getStatus query (the workflow may be past its retention period).
      </Text>
    );
  }
  return (
    <Stack gap="md" data-testid="saga-state">
      <SimpleGrid cols={{ base: 2, md: 4 }} spacing="md">
        <Fact label="Workflow state">
          <PaymentStatusBadge status={state.status} testId="workflow-status" />
        </Fact>
        {state.approvalsNeeded !== undefined && (
          <Fact label="Approvals">
            {state.decisions?.filter((d) => d.decision === 'APPROVE').length ?? 0} of {state.approvalsNeeded}
            {state.seniorRequired ? ' (one senior)' : ''}
          </Fact>
        )}
        {state.escalated !== undefined && <Fact label="Escalated">{state.escalated ? 'Yes' : 'No'}</Fact>}
        {state.cancellable !== undefined && <Fact label="Player may cancel">{state.cancellable ? 'Yes' : 'No'}</Fact>}
      </SimpleGrid>
      {state.route && state.route.length > 0 && (
        <Fact label="PSP route">
          <Group gap={4}>
            {state.route.map((psp, index) => (
              <Group gap={4} key={psp}>
                {index > 0 && (
                  <Text span c="dimmed" aria-hidden="true">
                    →
                  </Text>
                )}
                <Badge size="sm" variant="outline" color="gray">
                  {psp}
                </Badge>
              </Group>
            ))}
          </Group>
        </Fact>
      )}
      {state.risk && (
        <Fact label={`Risk: ${state.risk.level}`}>
          {state.risk.reasons.length ? (
            <List size="sm" spacing={0}>
              {state.risk.reasons.map((reason) => (
                <List.Item key={reason}>{reason}</List.Item>
              ))}
            </List>
          ) : (
            'No risk reasons'
          )}
        </Fact>
      )}
      {state.failure && (
        <Alert color="red" variant="light" title="Failure">
          {state.failure}
        </Alert>
      )}
    </Stack>
  );
}
