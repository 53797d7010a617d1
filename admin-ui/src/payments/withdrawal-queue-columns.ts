/**
 * The queue's columns, in the order the rows draw their cells. Columns of controls name themselves only to screen
 * readers (`hiddenLabel`): a sighted officer sees the buttons, a screen reader announces the column.
 */
export const withdrawalQueueColumns: { key: string; label: string; align?: 'right'; hiddenLabel?: boolean }[] = [
  { key: 'expand', label: 'Risk context', hiddenLabel: true },
  { key: 'requested', label: 'Requested / SLA' },
  { key: 'withdrawal', label: 'Withdrawal / player' },
  { key: 'amount', label: 'Amount / pays to', align: 'right' },
  { key: 'risk', label: 'Risk' },
  { key: 'approvals', label: 'Approvals / officer' },
  { key: 'actions', label: 'Decision', align: 'right', hiddenLabel: true },
];
