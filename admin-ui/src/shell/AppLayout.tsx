import { AppShell, Burger, Group, Text, ThemeIcon, Title } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { Outlet } from 'react-router';
import { NavMenu } from './NavMenu';
import { SignedInAs } from './SignedInAs';

/** The frame around every screen: the header with who is signed in, the navigation, and the screen itself. */
export function AppLayout() {
  const [opened, { toggle, close }] = useDisclosure(false);
  return (
    <AppShell
      header={{ height: 56 }}
      navbar={{ width: 264, breakpoint: 'sm', collapsed: { mobile: !opened } }}
      padding="lg"
      bg="gray.0"
    >
      <AppShell.Header bg="dark.8" c="gray.0" withBorder={false}>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap">
          <Group gap="sm" wrap="nowrap">
            <Burger opened={opened} onClick={toggle} hiddenFrom="sm" size="sm" color="gray.3" aria-label="Navigation" />
            <ThemeIcon size={30} radius="sm" variant="filled">
              <Text fw={700} fz="xs">
                BO
              </Text>
            </ThemeIcon>
            <Title order={1} fz="md" fw={600}>
              Back office
            </Title>
          </Group>
          <SignedInAs />
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="sm">
        <NavMenu onNavigate={close} />
      </AppShell.Navbar>
      <AppShell.Main>
        <div style={{ maxWidth: 1440, margin: '0 auto' }}>
          <Outlet />
        </div>
      </AppShell.Main>
    </AppShell>
  );
}
