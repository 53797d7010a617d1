import { Button, Group, Modal, NumberInput, Select, Stack, Textarea, TextInput } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { useDialog } from '../../ui/use-dialog';
import { createAmlRuleVersion, type AmlRuleVersion } from './monitoring-api';

type Severity = AmlRuleVersion['severity'];

/** Proposes a new version of a rule, starting from the version shown; it is not live until the MLRO says so. */
export function RuleVersionForm({ ruleId, from }: { ruleId: string; from: AmlRuleVersion }) {
  const { opened, open, close } = useDialog();
  const [definition, setDefinition] = useState(JSON.stringify(from.definition, null, 2));
  const [description, setDescription] = useState(from.description);
  const [severity, setSeverity] = useState<Severity>(from.severity);
  const [score, setScore] = useState<number>(from.score);
  const [reason, setReason] = useState('');
  const [jsonError, setJsonError] = useState<string | null>(null);
  const queryClient = useQueryClient();
  const saving = useMutation({
    mutationFn: () =>
      createAmlRuleVersion(ruleId, {
        definition: JSON.parse(definition) as Record<string, unknown>,
        description,
        severity,
        score,
        reason,
      }),
    onSuccess: async () => {
      close();
      setReason('');
      await queryClient.invalidateQueries({ queryKey: ['aml-rule', ruleId] });
    },
  });
  const save = () => {
    try {
      JSON.parse(definition);
      setJsonError(null);
      saving.mutate();
    } catch (err) {
      setJsonError(`The definition is not valid JSON: ${(err as Error).message}`);
    }
  };
  return (
    <>
      <Button variant="light" onClick={open}>
        Propose a new version
      </Button>
      <Modal opened={opened} onClose={close} title="Propose a new version" size="xl">
        <Stack gap="sm">
          <ErrorAlert error={saving.error} title="The version was refused" />
          {jsonError && <ErrorAlert error={new Error(jsonError)} title="Check the definition" />}
          <Textarea
            label="Definition"
            description="The CEL condition, its thresholds (params), the window in hours and how alerts are suppressed."
            autosize
            minRows={8}
            styles={{ input: { fontFamily: 'monospace' } }}
            value={definition}
            onChange={(e) => setDefinition(e.currentTarget.value)}
          />
          <TextInput label="Description" value={description} onChange={(e) => setDescription(e.currentTarget.value)} />
          <Group grow>
            <Select
              label="Severity"
              data={['LOW', 'MEDIUM', 'HIGH', 'CRITICAL']}
              value={severity}
              onChange={(v) => v && setSeverity(v as Severity)}
            />
            <NumberInput label="Score" min={0} max={1000} value={score} onChange={(v) => setScore(Number(v))} />
          </Group>
          <Textarea
            label="Reason for the change"
            description="Recorded with the version and in the audit log."
            required
            value={reason}
            onChange={(e) => setReason(e.currentTarget.value)}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              Cancel
            </Button>
            <Button disabled={!reason.trim()} loading={saving.isPending} onClick={save}>
              Save the version
            </Button>
          </Group>
        </Stack>
      </Modal>
    </>
  );
}
