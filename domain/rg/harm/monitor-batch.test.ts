import { randomUUID } from 'node:crypto';
import { harmEventOf } from './monitor-batch';

const envelope = (type: string, payload: Record<string, unknown>, version = 1) =>
  Buffer.from(
    JSON.stringify({
      eventId: randomUUID(),
      type,
      version,
      occurredAt: '2026-12-01T02:00:00.000Z',
      key: 'pl_test',
      payload,
    }),
  );

describe('harmEventOf on rg.events', () => {
  it('reads a contact about gambling and a limit increase, and passes over every other RG event', () => {
    const contact = harmEventOf(
      'rg.events',
      envelope('rg.interaction.logged', {
        interactionId: 'rgi_1',
        playerId: 'pl_test',
        kind: 'CUSTOMER_CONTACT_ABOUT_GAMBLING',
        strongIndicator: true,
        at: '2026-12-01T02:00:00.000Z',
      }),
    );
    expect(contact).toMatchObject({ playerId: 'pl_test', contact: { strong: true } });
    const call = envelope('rg.interaction.logged', {
      interactionId: 'rgi_2',
      playerId: 'pl_test',
      kind: 'CALL',
      strongIndicator: false,
      at: '2026-12-01T02:00:00.000Z',
    });
    expect(harmEventOf('rg.events', call)).toBeUndefined();
    const increase = envelope('rg.limit.changed', { playerId: 'pl_test', direction: 'INCREASE', kind: 'DEPOSIT' });
    expect(harmEventOf('rg.events', increase)).toMatchObject({ limitIncreased: true });
    expect(harmEventOf('rg.events', envelope('rg.limit.changed', { playerId: 'pl_test', direction: 'DECREASE' }))).toBe(
      undefined,
    );
    // Events of other parts (and the monitor's own downstream events) never stop the consumer.
    expect(harmEventOf('rg.events', envelope('rg.restriction.applied', { playerId: 'pl_test' }))).toBeUndefined();
    expect(harmEventOf('rg.events', envelope('rg.exclusion.started', { playerId: 'pl_test' }))).toBeUndefined();
  });
});

describe('harmEventOf on wallet.transactions', () => {
  const posted = (kind: string) =>
    envelope(
      'wallet.transaction.posted',
      {
        transactionId: 1,
        idempotencyKey: 'k',
        kind,
        playerId: 'pl_test',
        currency: 'EUR',
        details: {},
        accountIds: [1, 2],
        amountsMinor: [-250, 250],
      },
      2,
    );

  it('reads that the player bet, and nothing of what they staked or won (the bet path writes their play hours)', () => {
    expect(harmEventOf('wallet.transactions', posted('BET'))).toEqual({
      eventId: expect.any(String),
      occurredAt: new Date('2026-12-01T02:00:00.000Z'),
      playerId: 'pl_test',
      bet: true,
    });
    expect(harmEventOf('wallet.transactions', posted('WIN'))).toBeUndefined();
  });
});
