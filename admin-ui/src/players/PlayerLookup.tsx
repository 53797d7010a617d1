import { Button, Group, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { NavIcon } from '../ui/NavIcon';

const PLAYER_ID = /^pl_[0-9A-HJKMNP-TV-Z]{26}$/;

/** Opens a player's 360 view by id (from a ticket, a payment or a PSP report). */
export function PlayerLookup({ initial = '' }: { initial?: string }) {
  const navigate = useNavigate();
  const [value, setValue] = useState(initial);
  const trimmed = value.trim();
  const valid = PLAYER_ID.test(trimmed);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (valid) void navigate(`/players/${trimmed}`);
  };
  return (
    <form onSubmit={submit}>
      <Group align="flex-end" gap="sm">
        <TextInput
          label="Player id"
          placeholder="pl_01J…"
          w={360}
          leftSection={<NavIcon name="search" size={14} />}
          value={value}
          onChange={(event) => setValue(event.currentTarget.value)}
          error={trimmed && !valid ? 'A player id is pl_ followed by 26 characters' : undefined}
          styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)' } }}
        />
        <Button type="submit" disabled={!valid}>
          Open player
        </Button>
      </Group>
    </form>
  );
}
