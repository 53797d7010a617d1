import { randomUUID } from 'node:crypto';
import { MonitoredEventKind } from '../rules/rule-definition';
import { consumedEventOf } from './monitor-batch';

// What the monitor keeps of each consumed message: the payment events the rules read, nothing to evaluate for the
// other statuses.

const envelope = (type: string, version: number, payload: object) =>
  Buffer.from(
    JSON.stringify({
      eventId: randomUUID(),
      type,
      version,
      occurredAt: '2026-03-02T10:00:00.000Z',
      key: 'pl_1',
      payload,
    }),
  );
const payment = (status: string, previousStatus: string | null) => ({
  paymentId: 'wd_1',
  playerId: 'pl_1',
  brand: 'luckyspin',
  country: 'GB',
  amountMinor: 5_000,
  currency: 'EUR',
  method: 'CARD',
  instrumentId: 'pi_1',
  psp: 'cardpay',
  failureReason: null,
  status,
  previousStatus,
});

describe('consumedEventOf', () => {
  it("reads nothing of the wallet's events: the bet path writes their turnover itself", () => {
    const event = consumedEventOf(
      'wallet.transactions',
      envelope('wallet.transaction.posted', 2, {
        transactionId: 1,
        idempotencyKey: 'k',
        kind: 'BET',
        playerId: 'pl_1',
        currency: 'EUR',
        details: {},
        accountIds: [1, 2],
        amountsMinor: [-250, 250],
      }),
    );
    expect(event).toBeUndefined();
  });

  it('records a requested withdrawal only when it is first requested', () => {
    const first = consumedEventOf(
      'payments.withdrawals',
      envelope('payments.withdrawal.status-changed', 1, payment('REQUESTED', null)),
    );
    expect(first?.monitored).toMatchObject({ kind: MonitoredEventKind.WITHDRAWAL_REQUESTED, instrumentId: 'pi_1' });
    const later = consumedEventOf(
      'payments.withdrawals',
      envelope('payments.withdrawal.status-changed', 1, payment('PAID', 'PAYING_OUT')),
    );
    expect(later?.monitored).toBeUndefined();
  });

  it('maps credited and declined deposits to the kinds the rules read', () => {
    const kindOf = (status: string) =>
      consumedEventOf('payments.deposits', envelope('payments.deposit.status-changed', 1, payment(status, 'CREDITING')))
        ?.monitored?.kind;
    expect(kindOf('CREDITED')).toBe(MonitoredEventKind.DEPOSIT_CREDITED);
    expect(kindOf('DECLINED')).toBe(MonitoredEventKind.DEPOSIT_FAILED);
    expect(kindOf('AUTHORISING')).toBeUndefined();
  });
});
