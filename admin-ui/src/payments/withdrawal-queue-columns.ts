/** The queue's columns, in the order the rows draw their cells. */
export const withdrawalQueueColumns: { key: string; label: string; align?: 'right' }[] = [
  { key: 'expand', label: '' },
  { key: 'requested', label: 'Requested / SLA' },
  { key: 'withdrawal', label: 'Withdrawal / player' },
  { key: 'amount', label: 'Amount', align: 'right' },
  { key: 'risk', label: 'Risk' },
  { key: 'approvals', label: 'Approvals' },
  { key: 'actions', label: '', align: 'right' },
];
