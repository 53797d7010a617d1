import { Button, Center, Paper, Text } from '@mantine/core';
import { useInfiniteQuery } from '@tanstack/react-query';
import { PageHeader } from '../ui/PageHeader';
import { useUrlParams } from '../ui/use-url-params';
import { listPlayers, type PlayerSearch, type PlayerStatus } from './players-api';
import { PlayerFilters } from './PlayerFilters';
import { PlayersTable } from './PlayersTable';

const KEYS = ['query', 'status', 'brand', 'jurisdiction'] as const;

/** Find a player by name, email or id, or browse by status, brand and jurisdiction; each opens their 360 view. */
export function PlayersPage() {
  const { values, set, reset } = useUrlParams(KEYS, { limit: 50 });
  const search: PlayerSearch = {
    query: values.query || undefined,
    status: (values.status || undefined) as PlayerStatus | undefined,
    brand: values.brand || undefined,
    jurisdiction: values.jurisdiction || undefined,
  };
  const players = useInfiniteQuery({
    queryKey: ['players', search],
    queryFn: ({ pageParam, signal }) => listPlayers(search, pageParam, signal),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
  const items = players.data?.pages.flatMap((page) => page.items) ?? [];

  return (
    <>
      <PageHeader
        title="Players"
        description="Newest first. Names and emails are masked here: open a player to see more; revealing personal data is audited."
      />
      <PlayerFilters values={values} onChange={set} onReset={reset} />
      <Paper p={0}>
        <PlayersTable items={items} loading={players.isPending} error={players.error} />
      </Paper>
      <Center mt="md">
        {players.hasNextPage ? (
          <Button variant="default" loading={players.isFetchingNextPage} onClick={() => void players.fetchNextPage()}>
            Show more players
          </Button>
        ) : (
          items.length > 0 && (
            <Text size="sm" c="dimmed" data-testid="players-end">
              {items.length.toLocaleString()} player{items.length === 1 ? '' : 's'}, all shown
            </Text>
          )
        )}
      </Center>
    </>
  );
}
