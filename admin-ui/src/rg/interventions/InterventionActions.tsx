import { Button, Group, Select } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useSession } from '../../admin/session-context';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { ReasonActionButton } from '../ReasonActionButton';
import { interventionActions, rgKeys, type RgInterventionDetail, type RgInterventionOutcome } from '../rg-api';
import { INTERACTION_KIND_LABEL, OUTCOME_LABEL } from '../rg-labels';

type InterventionInteractionKind = 'CALL' | 'MESSAGE' | 'NOTE';

/** The officer's actions on an open intervention: claim it, log an interaction, escalate, resolve; each audited. */
export function InterventionActions({ found }: { found: RgInterventionDetail }) {
  const { ability, session } = useSession();
  const queryClient = useQueryClient();
  const [kind, setKind] = useState<InterventionInteractionKind>('CALL');
  const [outcome, setOutcome] = useState<RgInterventionOutcome>('NO_FURTHER_ACTION');
  const refresh = [rgKeys.interventions, rgKeys.player(found.playerId)];
  const claim = useMutation({
    mutationFn: () => interventionActions.claim(found.playerId, found.n),
    onSuccess: () => Promise.all(refresh.map((queryKey) => queryClient.invalidateQueries({ queryKey }))),
  });
  if (found.status !== 'OPEN' || ability.cannot('update', 'RgIntervention')) return null;
  const { playerId, n } = found;
  return (
    <>
      <Group gap="xs">
        {found.assignee !== session.staff.staffId && (
          <Button size="xs" variant="light" loading={claim.isPending} onClick={() => claim.mutate()}>
            Take it
          </Button>
        )}
        <ReasonActionButton
          label="Log an interaction"
          title="Log an interaction with the player"
          submitLabel="Log it"
          reasonLabel="What was said"
          run={(note) => interventionActions.logInteraction(playerId, n, { kind, note })}
          refresh={refresh}
          fields={
            <Select
              label="Kind"
              value={kind}
              allowDeselect={false}
              onChange={(v) => setKind((v ?? 'CALL') as InterventionInteractionKind)}
              data={(['CALL', 'MESSAGE', 'NOTE'] as const).map((value) => ({
                value,
                label: INTERACTION_KIND_LABEL[value] ?? value,
              }))}
            />
          }
        />
        <ReasonActionButton
          label="Escalate"
          title="Escalate the intervention"
          submitLabel="Escalate"
          run={(reason) => interventionActions.escalate(playerId, n, reason)}
          refresh={refresh}
          buttonProps={{ color: 'orange' }}
        />
        <ReasonActionButton
          label="Resolve"
          title="Resolve the intervention"
          submitLabel="Resolve"
          run={(reason) => interventionActions.resolve(playerId, n, outcome, reason)}
          refresh={refresh}
          buttonProps={{ color: 'teal' }}
          fields={
            <Select
              label="Outcome"
              value={outcome}
              allowDeselect={false}
              onChange={(v) => setOutcome((v ?? 'NO_FURTHER_ACTION') as RgInterventionOutcome)}
              data={Object.entries(OUTCOME_LABEL).map(([value, label]) => ({ value, label }))}
            />
          }
        />
      </Group>
      <ErrorAlert error={claim.error} title="The intervention could not be claimed" />
    </>
  );
}
