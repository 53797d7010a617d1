import { Anchor, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router';

/** A path the back office does not know. */
export function NotFoundPage() {
  return (
    <Stack gap="xs" py="xl" align="flex-start">
      <Title order={2} fz={22}>
        Page not found
      </Title>
      <Text c="dimmed">There is no back-office screen at this address.</Text>
      <Anchor component={Link} to="/">
        Go to your home screen
      </Anchor>
    </Stack>
  );
}
