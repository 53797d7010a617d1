import { Center, Loader, SimpleGrid, Text } from '@mantine/core';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { getServiceLevels, type SloWindow } from './ops-api';
import { DateTime } from '../ui/DateTime';
import { ErrorAlert } from '../ui/ErrorAlert';
import { Section } from '../ui/Section';
import { SloCard } from './SloCard';
import { SloWindowPicker } from './SloWindowPicker';

const REFRESH_MS = 10_000;

const stepText = (seconds: number) => (seconds < 60 ? `${seconds} s` : `${seconds / 60} min`);

/** The service levels the back office promises, one card and chart each, refreshed every 10 s. */
export function SloSection() {
  const [sloWindow, setSloWindow] = useState<SloWindow>('1h');
  // TanStack Query does not start an interval refetch while the previous report is still in flight; the previous
  // window's report stays on screen while a newly chosen one loads.
  const slo = useQuery({
    queryKey: ['ops', 'slo', sloWindow],
    queryFn: ({ signal }) => getServiceLevels(sloWindow, signal),
    refetchInterval: REFRESH_MS,
    placeholderData: keepPreviousData,
    retry: false,
  });
  const report = slo.data;
  return (
    <Section
      title="SLOs"
      testId="slo-section"
      description={
        report ? (
          <>
            Over the last {report.window}, one point per {stepText(report.stepSeconds)}; updated at{' '}
            <DateTime value={new Date(slo.dataUpdatedAt)} format="time-ms" />, every {REFRESH_MS / 1000} s
          </>
        ) : (
          'Loading the service levels…'
        )
      }
      actions={<SloWindowPicker value={sloWindow} onChange={setSloWindow} />}
    >
      <ErrorAlert error={slo.error} title="The service levels could not be loaded" />
      {slo.isPending ? (
        <Center py={60}>
          <Loader size="md" aria-label="Loading the service levels" />
        </Center>
      ) : report && report.indicators.length > 0 ? (
        <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="md">
          {report.indicators.map((indicator) => (
            <SloCard key={indicator.id} indicator={indicator} />
          ))}
        </SimpleGrid>
      ) : (
        !slo.error && (
          <Text c="dimmed" size="sm" ta="center" py="lg">
            No service levels reported.
          </Text>
        )
      )}
    </Section>
  );
}
