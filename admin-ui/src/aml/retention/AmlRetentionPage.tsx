import { useQuery } from '@tanstack/react-query';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { PageHeader } from '../../ui/PageHeader';
import { Section } from '../../ui/Section';
import { getRetentionReport, listRetentionRuns } from './retention-api';
import { RetentionReportSummary } from './RetentionReportSummary';
import { RetentionRunsTable } from './RetentionRunsTable';
import { StartRetentionRunButton } from './StartRetentionRunButton';

/** AML record retention: what is purgeable now, and the runs that purged (or only listed) it. */
export function AmlRetentionPage() {
  const report = useQuery({
    queryKey: ['aml-retention', 'report'],
    queryFn: ({ signal }) => getRetentionReport(signal),
  });
  const runs = useQuery({
    queryKey: ['aml-retention', 'runs'],
    queryFn: ({ signal }) => listRetentionRuns(signal),
    // A run started here finishes within seconds: show it done without a reload.
    refetchInterval: (query) => (query.state.data?.items.some((r) => r.status === 'RUNNING') ? 2000 : false),
  });
  return (
    <>
      <PageHeader
        title="Record retention"
        description="AML cases, alerts and payout holds are purged once their retention period after the account closed has ended."
        actions={<StartRetentionRunButton />}
      />
      <ErrorAlert error={report.error} title="What is purgeable could not be worked out" />
      {report.data && <RetentionReportSummary report={report.data} />}
      <Section title="Runs" description="The daily run at 04:00 UTC and the runs started here, newest first." flush>
        <RetentionRunsTable runs={runs.data?.items ?? []} loading={runs.isPending} error={runs.error} />
      </Section>
    </>
  );
}
