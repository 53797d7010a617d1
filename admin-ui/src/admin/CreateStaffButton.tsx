import { Alert, Button, Code, CopyButton, Group, Modal, PasswordInput, Stack, Text, TextInput } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { createStaff, type StaffRole } from './admin-api';
import { describeError } from '../api/http';
import { NavIcon } from '../ui/NavIcon';
import { RolesPicker } from './RolesPicker';
import { useSession } from './session-context';

const USERNAME = /^[a-z0-9][a-z0-9._-]{1,62}$/; // as the API's usernameSchema
const MIN_PASSWORD = 12;

/**
 * Creates a staff member with their roles. The answer may carry a TOTP provisioning URI: it is shown once, to be
 * handed to the new colleague for their authenticator app (required for anyone who can approve money).
 */
export function CreateStaffButton() {
  const { ability } = useSession();
  const queryClient = useQueryClient();
  const [opened, { open, close }] = useDisclosure(false);
  const [username, setUsername] = useState('');
  const [displayName, setDisplayName] = useState('');
  const [password, setPassword] = useState('');
  const [roles, setRoles] = useState<StaffRole[]>([]);
  const create = useMutation({
    mutationFn: () => createStaff({ username: username.trim(), displayName: displayName.trim(), password, roles }),
    onSuccess: async () => {
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: ['staff'] }),
        queryClient.invalidateQueries({ queryKey: ['audit'] }),
      ]);
    },
  });
  if (ability.cannot('manage', 'Staff')) return null;

  const reset = () => {
    setUsername('');
    setDisplayName('');
    setPassword('');
    setRoles([]);
    create.reset();
  };
  const valid =
    USERNAME.test(username.trim()) && displayName.trim() !== '' && password.length >= MIN_PASSWORD && roles.length > 0;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (valid) create.mutate();
  };
  const created = create.data;

  return (
    <>
      <Button
        leftSection={<NavIcon name="plus" size={14} />}
        onClick={() => {
          reset();
          open();
        }}
      >
        New staff member
      </Button>
      <Modal opened={opened} onClose={close} title="New staff member" size="lg" centered>
        {created ? (
          <Stack gap="md">
            <Alert color="teal" variant="light" title={`${created.staff.username} created`}>
              Roles: {created.staff.roles.join(', ')}
            </Alert>
            {created.totpProvisioningUri && (
              <Stack gap={6}>
                <Text size="sm" fw={600}>
                  Authenticator enrolment (shown once)
                </Text>
                <Text size="sm" c="dimmed">
                  Hand this to {created.staff.displayName} over a trusted channel; they add it to their authenticator
                  app before their first sign-in.
                </Text>
                <Code block style={{ overflowWrap: 'anywhere', whiteSpace: 'pre-wrap' }}>
                  {created.totpProvisioningUri}
                </Code>
                <CopyButton value={created.totpProvisioningUri}>
                  {({ copied, copy }) => (
                    <Button variant="default" size="xs" onClick={copy} w="fit-content">
                      {copied ? 'Copied' : 'Copy enrolment URI'}
                    </Button>
                  )}
                </CopyButton>
              </Stack>
            )}
            <Group justify="flex-end">
              <Button onClick={close}>Done</Button>
            </Group>
          </Stack>
        ) : (
          <form onSubmit={submit} noValidate>
            <Stack gap="md">
              <Group grow align="flex-start">
                <TextInput
                  label="Username"
                  description="Lower case letters, digits, . _ -"
                  required
                  value={username}
                  onChange={(event) => setUsername(event.currentTarget.value)}
                  error={username && !USERNAME.test(username.trim()) ? '2 to 63 characters: a-z 0-9 . _ -' : undefined}
                />
                <TextInput
                  label="Display name"
                  description="As colleagues know them"
                  required
                  value={displayName}
                  onChange={(event) => setDisplayName(event.currentTarget.value)}
                />
              </Group>
              <PasswordInput
                label="Initial password"
                description={`At least ${MIN_PASSWORD} characters`}
                required
                autoComplete="new-password"
                value={password}
                onChange={(event) => setPassword(event.currentTarget.value)}
                error={password && password.length < MIN_PASSWORD ? `At least ${MIN_PASSWORD} characters` : undefined}
              />
              <RolesPicker value={roles} onChange={setRoles} />
              {create.error && (
                <Alert color="red" variant="light" role="alert">
                  {describeError(create.error)}
                </Alert>
              )}
              <Group justify="flex-end">
                <Button variant="default" onClick={close}>
                  Cancel
                </Button>
                <Button type="submit" disabled={!valid} loading={create.isPending}>
                  Create staff member
                </Button>
              </Group>
            </Stack>
          </form>
        )}
      </Modal>
    </>
  );
}
