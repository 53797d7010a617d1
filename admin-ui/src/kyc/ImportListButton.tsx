import { Alert, Button, FileInput, Group, Modal, Select, Stack, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useSession } from '../admin/session-context';
import { describeError } from '../api/http';
import { NavIcon } from '../ui/NavIcon';
import { importScreeningList, type ListImportFormat } from './screening-lists-api';

/** The files each format needs, as the import form names them. */
const FILES: Record<ListImportFormat, { name: string; label: string }[]> = {
  'ofac-csv': [
    { name: 'sdn', label: 'sdn.csv (the entries)' },
    { name: 'alt', label: 'alt.csv (the aliases)' },
    { name: 'add', label: 'add.csv (the addresses)' },
  ],
  'uk-csv': [{ name: 'file', label: 'ConList.csv' }],
  'pep-csv': [{ name: 'file', label: 'PEP list CSV' }],
};

const FORMATS: { value: ListImportFormat; label: string }[] = [
  { value: 'ofac-csv', label: 'US OFAC SDN list (CSV: sdn, alt, add)' },
  { value: 'uk-csv', label: 'UK OFSI consolidated list (CSV)' },
  { value: 'pep-csv', label: 'PEP list (CSV, our layout)' },
];

/** Imports a list's files as its new version; the answer says what changed, or that these files are current already. */
export function ImportListButton() {
  const { ability } = useSession();
  const queryClient = useQueryClient();
  const [opened, { open, close }] = useDisclosure(false);
  const [format, setFormat] = useState<ListImportFormat>('ofac-csv');
  const [files, setFiles] = useState<Record<string, File | null>>({});
  const upload = useMutation({
    mutationFn: () =>
      importScreeningList(
        format,
        Object.fromEntries(Object.entries(files).filter((entry): entry is [string, File] => entry[1] !== null)),
      ),
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: ['screening-lists'] }),
        queryClient.invalidateQueries({ queryKey: ['screening-list-versions'] }),
      ]),
  });
  if (ability.cannot('create', 'ScreeningList')) return null;

  const needed = FILES[format];
  const complete = needed.every(({ name }) => files[name]);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (complete) upload.mutate();
  };
  const result = upload.data;

  return (
    <>
      <Button
        leftSection={<NavIcon name="plus" size={14} />}
        onClick={() => {
          setFiles({});
          upload.reset();
          open();
        }}
      >
        Import a list
      </Button>
      <Modal opened={opened} onClose={close} title="Import a sanctions or PEP list" size="lg">
        <form onSubmit={submit}>
          <Stack>
            <Select
              label="Format"
              data={FORMATS}
              value={format}
              allowDeselect={false}
              onChange={(value) => {
                setFormat((value as ListImportFormat | null) ?? 'ofac-csv');
                setFiles({});
              }}
            />
            {needed.map(({ name, label }) => (
              <FileInput
                key={`${format}:${name}`}
                label={label}
                accept=".csv,text/csv"
                required
                value={files[name] ?? null}
                onChange={(file) => setFiles((current) => ({ ...current, [name]: file }))}
              />
            ))}
            {upload.error && (
              <Alert color="red" role="alert" title="The list was not imported">
                {describeError(upload.error)}
              </Alert>
            )}
            {result && (
              <Alert color={result.unchanged ? 'blue' : 'green'} role="status" title="Imported">
                {result.unchanged ? (
                  <Text size="sm">These files are the current version already: nothing changed.</Text>
                ) : (
                  <Text size="sm">
                    {result.version.entryCount.toLocaleString()} entries: {result.version.addedCount} added,{' '}
                    {result.version.removedCount} removed, {result.version.changedCount} changed. Players are
                    re-screened against what changed.
                  </Text>
                )}
              </Alert>
            )}
            <Group justify="flex-end">
              <Button variant="default" onClick={close}>
                Close
              </Button>
              <Button type="submit" loading={upload.isPending} disabled={!complete}>
                Import
              </Button>
            </Group>
          </Stack>
        </form>
      </Modal>
    </>
  );
}
