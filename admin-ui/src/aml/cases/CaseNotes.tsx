import { Button, Group, Select, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useSession } from '../../admin/session-context';
import { DateTime } from '../../ui/DateTime';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { Section } from '../../ui/Section';
import { caseActions, type AmlCaseDetail } from './cases-api';

type EvidenceKind = 'PAYMENT' | 'DOCUMENT' | 'URL';
const KIND_LABEL: Record<EvidenceKind, string> = { PAYMENT: 'Payment', DOCUMENT: 'Document', URL: 'Link' };

/** The officers' notes on the case, each with an optional evidence reference. */
export function CaseNotes({ found }: { found: AmlCaseDetail }) {
  const { ability } = useSession();
  const queryClient = useQueryClient();
  const [body, setBody] = useState('');
  const [kind, setKind] = useState<string | null>(null);
  const [ref, setRef] = useState('');
  const adding = useMutation({
    mutationFn: () =>
      caseActions.addNote(found.caseId, {
        body,
        evidence: kind && ref.trim() ? [{ kind: kind as EvidenceKind, ref: ref.trim() }] : [],
      }),
    onSuccess: async () => {
      setBody('');
      setRef('');
      await queryClient.invalidateQueries({ queryKey: ['aml-case', found.caseId] });
    },
  });
  return (
    <Section title="Notes and evidence">
      <Stack>
        {found.notes.length === 0 && <Text c="dimmed">No note yet.</Text>}
        {found.notes.map((n) => (
          <div key={n.noteId}>
            <Text size="sm" c="dimmed">
              {n.author}, <DateTime value={n.createdAt} />
            </Text>
            <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
              {n.body}
            </Text>
            {n.evidence.map((e) => (
              <Text size="sm" key={`${e.kind}:${e.ref}`}>
                {KIND_LABEL[e.kind]}: {e.ref}
              </Text>
            ))}
          </div>
        ))}
        {ability.can('update', 'AmlCase') && (
          <>
            <Textarea label="New note" value={body} onChange={(e) => setBody(e.currentTarget.value)} />
            <Group align="flex-end">
              <Select
                label="Evidence"
                placeholder="None"
                clearable
                value={kind}
                onChange={setKind}
                data={Object.entries(KIND_LABEL).map(([value, label]) => ({ value, label }))}
              />
              <TextInput
                label="Payment id, document id or link"
                value={ref}
                onChange={(e) => setRef(e.currentTarget.value)}
              />
              <Button size="xs" disabled={!body.trim()} loading={adding.isPending} onClick={() => adding.mutate()}>
                Add the note
              </Button>
            </Group>
          </>
        )}
        <ErrorAlert error={adding.error} title="The note could not be added" />
      </Stack>
    </Section>
  );
}
