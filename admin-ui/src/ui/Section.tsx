import { Group, Paper, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';

/** A titled panel of a detail screen; tables inside it run edge to edge. */
export function Section({
  title,
  description,
  actions,
  children,
  flush = false,
  testId,
}: {
  title: string;
  description?: ReactNode;
  actions?: ReactNode;
  children: ReactNode;
  /** No inner padding, for tables. */
  flush?: boolean;
  testId?: string;
}) {
  return (
    <Paper component="section" aria-label={title} data-testid={testId}>
      <Group justify="space-between" align="flex-start" px="md" pt="md" pb={flush ? 'sm' : 0} wrap="nowrap">
        <div>
          <Title order={3} fz="md">
            {title}
          </Title>
          {description && (
            <Text size="sm" c="dimmed">
              {description}
            </Text>
          )}
        </div>
        {actions}
      </Group>
      <div style={{ padding: flush ? 0 : 'var(--mantine-spacing-md)' }}>{children}</div>
    </Paper>
  );
}
