import { ActionIcon, CopyButton, Group, Text, Tooltip } from '@mantine/core';
import { NavIcon } from './NavIcon';

/** A business id in monospace with a copy button: officers paste them into tickets, Temporal Web and the CLI. */
export function IdText({ value, size = 'sm' }: { value: string; size?: 'xs' | 'sm' }) {
  return (
    <Group gap={4} wrap="nowrap" component="span" style={{ display: 'inline-flex' }}>
      <Text component="span" ff="monospace" size={size} style={{ overflowWrap: 'anywhere' }}>
        {value}
      </Text>
      <CopyButton value={value} timeout={1500}>
        {({ copied, copy }) => (
          <Tooltip label={copied ? 'Copied' : 'Copy'}>
            <ActionIcon variant="subtle" color={copied ? 'teal' : 'gray'} size="xs" onClick={copy} aria-label="Copy id">
              <NavIcon name={copied ? 'check' : 'copy'} size={12} />
            </ActionIcon>
          </Tooltip>
        )}
      </CopyButton>
    </Group>
  );
}
