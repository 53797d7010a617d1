import { AppShell, Badge, NavLink, ScrollArea, Stack, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { Link, useLocation } from 'react-router';
import { useSession } from '../admin/session-context';
import { withdrawalQueueQuery } from '../payments/withdrawal-queries';
import { NavIcon } from '../ui/NavIcon';
import { NAV_GROUPS } from '../domain-ui';
import { NAV_ITEMS } from './nav-items';
import { StaffCard } from './StaffCard';

/** The main navigation: only the screens the staff member may use, grouped by team. */
export function NavMenu({ onNavigate }: { onNavigate: () => void }) {
  const { ability } = useSession();
  const { pathname } = useLocation();
  const items = NAV_ITEMS.filter((item) => item.allowed(ability));
  const canReadQueue = ability.can('read', 'Withdrawal');
  const queue = useQuery({ ...withdrawalQueueQuery({ limit: 1, offset: 0 }), enabled: canReadQueue });
  const pending = queue.data?.summary.awaiting;

  return (
    <>
      <AppShell.Section grow component={ScrollArea}>
        <nav aria-label="Main">
          <Stack gap="md">
            {NAV_GROUPS.map((group) => {
              const entries = items.filter((item) => item.group === group);
              if (entries.length === 0) return null;
              return (
                <div key={group}>
                  <Text size="xs" fw={700} c="dimmed" tt="uppercase" px="sm" mb={4} style={{ letterSpacing: '0.05em' }}>
                    {group}
                  </Text>
                  {entries.map((item) => {
                    const active = pathname === item.path || pathname.startsWith(`${item.path}/`);
                    return (
                      <NavLink
                        key={item.path}
                        component={Link}
                        to={item.path}
                        label={item.label}
                        leftSection={<NavIcon name={item.icon} />}
                        rightSection={
                          item.path === '/withdrawals' && pending ? (
                            <Badge size="sm" variant="filled" circle={pending < 10} aria-label={`${pending} pending`}>
                              {pending}
                            </Badge>
                          ) : undefined
                        }
                        noWrap
                        active={active}
                        aria-current={active ? 'page' : undefined}
                        onClick={onNavigate}
                        styles={{ root: { borderRadius: 'var(--mantine-radius-sm)' } }}
                      />
                    );
                  })}
                </div>
              );
            })}
          </Stack>
        </nav>
      </AppShell.Section>
      <AppShell.Section pt="sm" style={{ borderTop: '1px solid var(--mantine-color-gray-3)' }}>
        <StaffCard />
      </AppShell.Section>
    </>
  );
}
