import type { DomainUi } from '../domain-ui';
import { PaymentDetailPage } from './PaymentDetailPage';
import { PaymentsListPage } from './PaymentsListPage';
import { WithdrawalQueuePage } from './WithdrawalQueuePage';

/** The payments screens: the withdrawal approval queue, every payment, and one payment's story. */
export const paymentsUi: DomainUi = {
  name: 'payments',
  screens: [
    {
      path: 'withdrawals',
      element: <WithdrawalQueuePage />,
      allowed: (a) => a.can('read', 'Withdrawal'),
      nav: { label: 'Withdrawal queue', icon: 'queue', group: 'Payments' },
    },
    {
      path: 'payments',
      element: <PaymentsListPage />,
      allowed: (a) => a.can('read', 'Payment'),
      nav: { label: 'Payments', icon: 'payments', group: 'Payments' },
    },
    { path: 'payments/:paymentId', element: <PaymentDetailPage />, allowed: (a) => a.can('read', 'Payment') },
  ],
};
