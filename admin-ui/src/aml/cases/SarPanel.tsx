import { subject } from '@casl/ability';
import { Anchor, Badge, Button, Group, Stack, Text, Textarea } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useSession } from '../../admin/session-context';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { Section } from '../../ui/Section';
import { caseActions, sarExportUrl, type AmlCaseDetail } from './cases-api';

/**
 * The case's suspicious activity report: drafted by an analyst or officer, approved or sent back by the MLRO (never
 * one who drafted it), exported by the MLRO as goAML XML once approved.
 */
export function SarPanel({ found }: { found: AmlCaseDetail }) {
  const { ability } = useSession();
  const queryClient = useQueryClient();
  const sar = found.sar;
  const [narrative, setNarrative] = useState(sar?.narrative ?? '');
  const [reason, setReason] = useState(sar?.reasonForSuspicion ?? '');
  const [rejection, setRejection] = useState('');
  const act = useMutation({
    mutationFn: (run: () => Promise<unknown>) => run(),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['aml-case', found.caseId] }),
  });
  const open = found.status !== 'CLOSED';
  const mayDraft = open && ability.can('create', 'Sar') && sar?.status !== 'APPROVED';
  const mayDecide =
    open &&
    sar?.status === 'DRAFT' &&
    sar.draftedBy.every((d) => ability.can('approve', subject('Sar', { __typename: 'Sar' as const, draftedBy: d })));
  return (
    <Section
      title="Suspicious activity report"
      actions={sar && <Badge color={sar.status === 'APPROVED' ? 'teal' : 'gray'}>{sar.status}</Badge>}
    >
      <Stack>
        {sar && (
          <Text size="sm" c="dimmed">
            Drafted by {sar.draftedBy.join(', ')}
            {sar.decidedBy && `; ${sar.status === 'APPROVED' ? 'approved' : 'sent back'} by ${sar.decidedBy}`}
            {sar.rejectionReason && `: ${sar.rejectionReason}`}
          </Text>
        )}
        {mayDraft ? (
          <>
            <Textarea
              label="Narrative"
              autosize
              minRows={4}
              value={narrative}
              onChange={(e) => setNarrative(e.currentTarget.value)}
            />
            <Textarea
              label="Reason for suspicion"
              autosize
              minRows={2}
              value={reason}
              onChange={(e) => setReason(e.currentTarget.value)}
            />
            <Group>
              <Button
                size="xs"
                disabled={!narrative.trim() || !reason.trim()}
                loading={act.isPending}
                onClick={() =>
                  act.mutate(() =>
                    caseActions.draftSar(found.caseId, {
                      narrative,
                      reasonForSuspicion: reason,
                      alertIds: found.alerts.map((a) => a.alertId),
                      paymentIds: [],
                    }),
                  )
                }
              >
                {sar ? 'Save the draft' : 'Draft a SAR'}
              </Button>
            </Group>
          </>
        ) : (
          sar && (
            <>
              <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
                {sar.narrative}
              </Text>
              <Text size="sm">Reason for suspicion: {sar.reasonForSuspicion}</Text>
            </>
          )
        )}
        {mayDecide && (
          <Group align="flex-end">
            <Button size="xs" color="teal" onClick={() => act.mutate(() => caseActions.approveSar(found.caseId))}>
              Approve the SAR
            </Button>
            <Textarea
              label="Why it goes back"
              value={rejection}
              onChange={(e) => setRejection(e.currentTarget.value)}
            />
            <Button
              size="xs"
              color="red"
              variant="light"
              disabled={!rejection.trim()}
              onClick={() => act.mutate(() => caseActions.rejectSar(found.caseId, rejection))}
            >
              Send it back
            </Button>
          </Group>
        )}
        {sar?.status === 'APPROVED' && ability.can('export', 'Sar') && (
          <Anchor href={sarExportUrl(found.caseId)} download>
            Download the SAR (goAML XML)
          </Anchor>
        )}
        <ErrorAlert error={act.error} title="The SAR action was refused" />
      </Stack>
    </Section>
  );
}
