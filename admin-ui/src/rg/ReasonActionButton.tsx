import { Button, type ButtonProps, Group, Modal, Stack, Textarea } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type ReactNode } from 'react';
import { ErrorAlert } from '../ui/ErrorAlert';
import { useDialog } from '../ui/use-dialog';

/**
 * A button that opens a dialog for one RG action: the action's own fields, then the reason the API audits. Focus
 * returns to the button when the dialog closes; what the action changed is refetched (`refresh` query keys).
 */
export function ReasonActionButton({
  label,
  ariaLabel,
  title,
  submitLabel = title,
  reasonLabel = 'Reason',
  fields,
  canSubmit = true,
  run,
  refresh,
  onDone,
  buttonProps,
}: {
  label: string;
  /** A fuller name for the button where its label alone is ambiguous (a "Lift" on each row). */
  ariaLabel?: string;
  title: string;
  submitLabel?: string;
  reasonLabel?: string;
  /** The action's fields above the reason. */
  fields?: ReactNode;
  canSubmit?: boolean;
  run: (reason: string) => Promise<unknown>;
  refresh: readonly (readonly unknown[])[];
  onDone?: () => void;
  buttonProps?: ButtonProps;
}) {
  const queryClient = useQueryClient();
  const { opened, open, close } = useDialog();
  const [reason, setReason] = useState('');
  const act = useMutation({
    mutationFn: () => run(reason.trim()),
    onSuccess: async () => {
      close();
      setReason('');
      onDone?.();
      await Promise.all(refresh.map((queryKey) => queryClient.invalidateQueries({ queryKey })));
    },
  });
  return (
    <>
      <Button
        size="xs"
        variant="light"
        {...buttonProps}
        aria-label={ariaLabel}
        onClick={() => {
          act.reset();
          open();
        }}
      >
        {label}
      </Button>
      {opened && (
        <Modal opened onClose={close} title={title}>
          <form
            onSubmit={(e) => {
              e.preventDefault();
              act.mutate();
            }}
          >
            <Stack>
              {fields}
              <Textarea
                label={reasonLabel}
                value={reason}
                onChange={(e) => setReason(e.currentTarget.value)}
                required
                autosize
                minRows={2}
              />
              <ErrorAlert error={act.error} title="The action was refused" />
              <Group justify="flex-end">
                <Button variant="default" onClick={close}>
                  Cancel
                </Button>
                <Button type="submit" loading={act.isPending} disabled={!reason.trim() || !canSubmit}>
                  {submitLabel}
                </Button>
              </Group>
            </Stack>
          </form>
        </Modal>
      )}
    </>
  );
}
