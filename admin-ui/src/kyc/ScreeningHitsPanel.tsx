import { Badge, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useQueries } from '@tanstack/react-query';
import { ErrorAlert } from '../ui/ErrorAlert';
import { getScreeningHits, type ScreeningHit } from './kyc-api';

const HOW_LABEL: Record<string, string> = {
  EXACT: 'same',
  INITIAL: 'initial',
  FUZZY: 'spelling',
  PHONETIC: 'sound',
};

/** What matched, in words an officer reads: each list token and how the player's name matched it, then the factors. */
function explanationOf(hit: ScreeningHit): string {
  const e = hit.explanation;
  const tokens = e.matchedTokens.map(
    (t) => `${t.entryToken} (${HOW_LABEL[t.how] ?? t.how.toLowerCase()}, ${Math.round(t.similarity * 100)}%)`,
  );
  const factors = e.factors.map((f) => `${f.factor === 'DATE_OF_BIRTH' ? 'date of birth' : 'country'} ${f.outcome}`);
  const unmatched = e.unmatchedEntryTokens.length ? [`not matched: ${e.unmatchedEntryTokens.join(' ')}`] : [];
  return [`${e.variant.kind} "${e.variant.name}"`, tokens.join(', '), ...factors, ...unmatched].join('; ');
}

/**
 * The hits of a review's screenings, each beside the list entry it matched: the entry's names, dates of birth,
 * countries and programmes, the score and why it scored that, so the officer decides on one page.
 */
export function ScreeningHitsPanel({ screeningIds }: { screeningIds: readonly string[] }) {
  const screenings = useQueries({
    queries: screeningIds.map((screeningId) => ({
      queryKey: ['kyc-screening-hits', screeningId],
      queryFn: ({ signal }: { signal: AbortSignal }) => getScreeningHits(screeningId, signal),
    })),
  });
  return (
    <Paper p="md">
      <Title order={3} size="h5">
        Screening hits
      </Title>
      {screeningIds.length === 0 && (
        <Text size="sm" c="dimmed">
          No screening hit.
        </Text>
      )}
      <Stack>
        {screenings.map((screening, i) => (
          <div key={screeningIds[i]}>
            <ErrorAlert error={screening.error} title={`Screening ${screeningIds[i]} could not be loaded`} />
            {screening.data && (
              <Table aria-label={`Hits of screening ${screening.data.screeningId}`}>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>List entry</Table.Th>
                    <Table.Th>Born, countries, programmes</Table.Th>
                    <Table.Th>Score</Table.Th>
                    <Table.Th>What matched</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {screening.data.hits.map((hit) => (
                    <Table.Tr key={`${hit.versionId}-${hit.entryId}`}>
                      <Table.Td>
                        <Badge color={hit.listKind === 'SANCTIONS' ? 'red' : 'orange'}>{hit.source}</Badge>{' '}
                        <Text span fw={600}>
                          {hit.entry.names[0]?.name}
                        </Text>
                        <Text size="xs" c="dimmed">
                          {hit.entryId}
                          {hit.entry.names.length > 1 &&
                            `; also ${hit.entry.names
                              .slice(1)
                              .map((n) => n.name)
                              .join(', ')}`}
                        </Text>
                      </Table.Td>
                      <Table.Td>
                        <Text size="sm">{hit.entry.datesOfBirth.join(', ') || 'no date of birth'}</Text>
                        <Text size="xs" c="dimmed">
                          {[...hit.entry.countries, ...hit.entry.nationalities].join(', ') || '—'}
                          {hit.entry.programmes.length > 0 && `; ${hit.entry.programmes.join(', ')}`}
                          {hit.entry.position && `; ${hit.entry.position}`}
                        </Text>
                      </Table.Td>
                      <Table.Td>{Math.round(hit.score * 100)}%</Table.Td>
                      <Table.Td>
                        <Text size="sm">{explanationOf(hit)}</Text>
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            )}
          </div>
        ))}
      </Stack>
    </Paper>
  );
}
