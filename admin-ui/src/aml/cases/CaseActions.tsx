import { Button, Group, Modal, Select, Stack, Textarea } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { ColleagueSelect } from '../../admin/ColleagueSelect';
import { useSession } from '../../admin/session-context';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { useDialog } from '../../ui/use-dialog';
import { caseActions, OUTCOME_LABEL, type AmlCaseDetail } from './cases-api';

type Dialog = 'assign' | 'escalate' | 'close';

/** Who works AML cases (domain/admin/abilities.ts: `update` `AmlCase`), and so whom a case may be assigned to. */
const AML_CASE_WORKERS = ['compliance_officer', 'senior_compliance', 'risk_analyst', 'mlro'] as const;

/** Claim, assign, investigate, escalate and close, as the officer's abilities and the case's state allow. */
export function CaseActions({ found }: { found: AmlCaseDetail }) {
  const { ability, session } = useSession();
  const queryClient = useQueryClient();
  const { opened, open, close } = useDialog();
  const [dialog, setDialog] = useState<Dialog>('close');
  const [text, setText] = useState('');
  const [outcome, setOutcome] = useState<string | null>('NO_ACTION');
  const done = async () => {
    close();
    setText('');
    await queryClient.invalidateQueries({ queryKey: ['aml-case', found.caseId] });
    await queryClient.invalidateQueries({ queryKey: ['aml-cases'] });
  };
  const act = useMutation({ mutationFn: (run: () => Promise<unknown>) => run(), onSuccess: done });
  if (found.status === 'CLOSED' || !ability.can('update', 'AmlCase')) return null;
  const mine = found.assignee === session.staff.staffId;
  const start = (d: Dialog) => {
    setDialog(d);
    act.reset();
    open();
  };
  const submit = () => {
    const id = found.caseId;
    if (dialog === 'assign') act.mutate(() => caseActions.assign(id, text));
    if (dialog === 'escalate') act.mutate(() => caseActions.escalate(id, text));
    if (dialog === 'close' && outcome) {
      act.mutate(() => caseActions.close(id, { outcome: outcome as keyof typeof OUTCOME_LABEL, reason: text }));
    }
  };
  const titles: Record<Dialog, string> = {
    assign: 'Assign the case',
    escalate: 'Escalate to senior compliance',
    close: 'Close the case',
  };
  return (
    <>
      <Group gap="xs">
        {!mine && (
          <Button size="xs" variant="light" onClick={() => act.mutate(() => caseActions.claim(found.caseId))}>
            Take it
          </Button>
        )}
        <Button size="xs" variant="light" onClick={() => start('assign')}>
          Assign
        </Button>
        {mine && found.status === 'ASSIGNED' && (
          <Button size="xs" variant="light" onClick={() => act.mutate(() => caseActions.investigate(found.caseId))}>
            Start investigating
          </Button>
        )}
        {found.escalatedAt === null && (
          <Button size="xs" color="orange" variant="light" onClick={() => start('escalate')}>
            Escalate
          </Button>
        )}
        <Button size="xs" color="red" variant="light" onClick={() => start('close')}>
          Close the case
        </Button>
      </Group>
      {!opened && <ErrorAlert error={act.error} title="The action was refused" />}
      <Modal opened={opened} onClose={close} title={titles[dialog]}>
        <Stack>
          {dialog === 'close' && (
            <Select
              label="Outcome"
              value={outcome}
              onChange={setOutcome}
              data={Object.entries(OUTCOME_LABEL).map(([value, label]) => ({ value, label }))}
            />
          )}
          {dialog === 'assign' ? (
            <ColleagueSelect roles={AML_CASE_WORKERS} value={text || null} onChange={(id) => setText(id ?? '')} />
          ) : (
            <Textarea label="Reason" value={text} onChange={(e) => setText(e.currentTarget.value)} required />
          )}
          <ErrorAlert error={act.error} title="The action was refused" />
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              Cancel
            </Button>
            <Button onClick={submit} loading={act.isPending} disabled={!text.trim()}>
              {titles[dialog]}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </>
  );
}
