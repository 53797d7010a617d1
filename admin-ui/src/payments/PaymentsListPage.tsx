import { Paper } from '@mantine/core';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { listPayments, type PaymentKind } from './payments-api';
import { dayEndIso, dayStartIso } from '../ui/date-range';
import { PageHeader } from '../ui/PageHeader';
import { TablePager } from '../ui/TablePager';
import { useUrlParams } from '../ui/use-url-params';
import { PaymentFilters } from './PaymentFilters';
import { PaymentsTable } from './PaymentsTable';

const KEYS = ['kind', 'status', 'playerId', 'psp', 'from', 'to', 'order'] as const;

/** Every deposit and withdrawal, filtered, ordered and paged by the API's read model. */
export function PaymentsListPage() {
  const { values, limit, offset, set, reset } = useUrlParams(KEYS, { limit: 25 });
  const order = values.order === 'oldest' ? 'oldest' : 'newest';
  const filter = {
    kind: (values.kind || undefined) as PaymentKind | undefined,
    status: values.status ? values.status.split(',') : undefined,
    playerId: values.playerId || undefined,
    psp: values.psp || undefined,
    createdFrom: dayStartIso(values.from),
    createdTo: dayEndIso(values.to),
    order,
    limit,
    offset,
  } as const;
  const payments = useQuery({
    queryKey: ['payments', filter],
    queryFn: ({ signal }) => listPayments(filter, signal),
    placeholderData: keepPreviousData,
  });

  return (
    <>
      <PageHeader
        title="Payments"
        description="Deposits and withdrawals across every PSP, from the payments read model."
      />
      <PaymentFilters values={values} onChange={set} onReset={reset} />
      <Paper p={0}>
        <PaymentsTable
          items={payments.data?.items ?? []}
          loading={payments.isPending}
          error={payments.error}
          order={order}
          onToggleOrder={() => set({ order: order === 'newest' ? 'oldest' : 'newest' })}
        />
      </Paper>
      <TablePager total={payments.data?.total ?? 0} limit={limit} offset={offset} onChange={set} />
    </>
  );
}
