import starterRules from '../../../config/aml-starter-rules.json';
import { AmlStarterRule } from '../../../contracts/aml';
import { evaluateRules } from '../monitoring/monitor-batch';
import { computeFacts, type FactsInputs, type MonitoredEvent } from './facts';
import { alertKeyOf, compileRule, MonitoredEventKind, RuleDefinitionInvalidError } from './rule-definition';
import type { LiveRule } from './rules-repository';

// Each starter rule fires on the pattern it names and stays quiet just short of it, through the same facts and
// evaluation the monitor and the back-test use.

const rules: LiveRule[] = starterRules.map((r) => ({
  ruleId: r.ruleId,
  version: 1,
  severity: r.severity as LiveRule['severity'],
  score: r.score,
  compiled: compileRule(r.definition),
}));
const ruleOf = (id: string) => rules.find((r) => r.ruleId === id)!;

const T0 = new Date('2026-03-02T12:00:00Z').getTime();
let seq = 0;
function ev(kind: MonitoredEventKind, minutesAfter: number, over: Partial<MonitoredEvent> = {}): MonitoredEvent {
  seq++;
  return {
    eventId: `00000000-0000-4000-8000-${String(seq).padStart(12, '0')}`,
    playerId: 'pl_1',
    kind,
    occurredAt: new Date(T0 + minutesAfter * 60_000),
    paymentId: `pay_${seq}`,
    amountMinor: 10_000,
    currency: 'EUR',
    instrumentId: 'pi_card1',
    country: 'GB',
    kycStatus: null,
    ...over,
  };
}
const deposit = (min: number, over: Partial<MonitoredEvent> = {}) => ev(MonitoredEventKind.DEPOSIT_CREDITED, min, over);
const noInputs: FactsInputs = {
  turnoverSinceLastDepositMinor: 0,
  linked: { byDevice: 0, byAddress: 0, byInstrument: 0 },
};

/** Whether `ruleId` fires on the last event of `history`. */
function fires(ruleId: string, history: MonitoredEvent[], inputs: FactsInputs = noInputs): boolean {
  const event = history.at(-1)!;
  const { outcomes } = evaluateRules([ruleOf(ruleId)], event, (h) => computeFacts(event, history, h, inputs));
  expect(outcomes).toHaveLength(1);
  expect(outcomes[0]!.error).toBeUndefined();
  return outcomes[0]!.fired;
}

describe('starter AML rules', () => {
  it('ships one definition per starter rule id, each compiling', () => {
    expect(rules.map((r) => r.ruleId).sort()).toEqual(Object.values(AmlStarterRule).sort());
  });

  it('large deposit: at the threshold, not below it, not in another currency', () => {
    expect(fires(AmlStarterRule.LARGE_DEPOSIT, [deposit(0, { amountMinor: 500_000 })])).toBe(true);
    expect(fires(AmlStarterRule.LARGE_DEPOSIT, [deposit(0, { amountMinor: 499_999 })])).toBe(false);
    expect(fires(AmlStarterRule.LARGE_DEPOSIT, [deposit(0, { amountMinor: 900_000, currency: 'GBP' })])).toBe(false);
  });

  it('rapid deposit then withdrawal: fires under the turnover share, not once the money was played', () => {
    const history = [deposit(0, { amountMinor: 100_000 }), ev(MonitoredEventKind.WITHDRAWAL_REQUESTED, 30)];
    expect(
      fires(AmlStarterRule.RAPID_DEPOSIT_WITHDRAWAL, history, { ...noInputs, turnoverSinceLastDepositMinor: 49_999 }),
    ).toBe(true);
    expect(
      fires(AmlStarterRule.RAPID_DEPOSIT_WITHDRAWAL, history, { ...noInputs, turnoverSinceLastDepositMinor: 50_000 }),
    ).toBe(false);
    const late = [deposit(0, { amountMinor: 100_000 }), ev(MonitoredEventKind.WITHDRAWAL_REQUESTED, 1441)];
    expect(fires(AmlStarterRule.RAPID_DEPOSIT_WITHDRAWAL, late)).toBe(false);
  });

  it('structuring: three deposits just under the GB CDD threshold (EUR 2,000) in a day fire; two do not', () => {
    const three = [
      deposit(0, { amountMinor: 195_000 }),
      deposit(60, { amountMinor: 190_000 }),
      deposit(120, { amountMinor: 199_999 }),
    ];
    expect(fires(AmlStarterRule.STRUCTURING, three)).toBe(true);
    expect(fires(AmlStarterRule.STRUCTURING, three.slice(0, 2))).toBe(false);
    // At the threshold the deposit is not "just under" it: CDD applies anyway.
    const atThreshold = [...three.slice(0, 2), deposit(120, { amountMinor: 200_000 })];
    expect(fires(AmlStarterRule.STRUCTURING, atThreshold)).toBe(false);
    // Spread over more than the window (24 h), the first falls out.
    const spread = [
      deposit(0, { amountMinor: 195_000 }),
      deposit(1000, { amountMinor: 190_000 }),
      deposit(1500, { amountMinor: 199_999 }),
    ];
    expect(fires(AmlStarterRule.STRUCTURING, spread)).toBe(false);
  });

  it('velocity: six deposits in an hour fire, five do not', () => {
    const six = [0, 5, 10, 15, 20, 25].map((m) => deposit(m));
    expect(fires(AmlStarterRule.DEPOSIT_VELOCITY, six)).toBe(true);
    expect(fires(AmlStarterRule.DEPOSIT_VELOCITY, six.slice(1))).toBe(false);
  });

  it('many instruments: three distinct in a week fire, the same card three times does not', () => {
    const three = ['pi_a', 'pi_b', 'pi_c'].map((id, i) => deposit(i * 60, { instrumentId: id }));
    expect(fires(AmlStarterRule.MANY_INSTRUMENTS, three)).toBe(true);
    const same = ['pi_a', 'pi_a', 'pi_b'].map((id, i) => deposit(i * 60, { instrumentId: id }));
    expect(fires(AmlStarterRule.MANY_INSTRUMENTS, same)).toBe(false);
  });

  it('withdrawal to a new instrument: fires for an instrument never deposited from', () => {
    const to = (instrumentId: string) => [
      deposit(0, { instrumentId: 'pi_card1' }),
      ev(MonitoredEventKind.WITHDRAWAL_REQUESTED, 60, { instrumentId }),
    ];
    expect(fires(AmlStarterRule.NEW_PAYOUT_INSTRUMENT, to('pi_wallet9'))).toBe(true);
    expect(fires(AmlStarterRule.NEW_PAYOUT_INSTRUMENT, to('pi_card1'))).toBe(false);
  });

  it('shared device or address: fires from two other players on one device', () => {
    const linked = (byDevice: number, byAddress: number) => ({
      ...noInputs,
      linked: { byDevice, byAddress, byInstrument: 0 },
    });
    expect(fires(AmlStarterRule.SHARED_DEVICE_OR_ADDRESS, [deposit(0)], linked(2, 0))).toBe(true);
    expect(fires(AmlStarterRule.SHARED_DEVICE_OR_ADDRESS, [deposit(0)], linked(0, 2))).toBe(true);
    expect(fires(AmlStarterRule.SHARED_DEVICE_OR_ADDRESS, [deposit(0)], linked(1, 1))).toBe(false);
  });

  it('failed deposits in a row: five fire; a credited deposit between them resets the count', () => {
    const failed = (m: number) => ev(MonitoredEventKind.DEPOSIT_FAILED, m);
    expect(fires(AmlStarterRule.FAILED_DEPOSITS, [1, 2, 3, 4, 5].map(failed))).toBe(true);
    expect(
      fires(AmlStarterRule.FAILED_DEPOSITS, [
        failed(1),
        failed(2),
        deposit(3),
        failed(4),
        failed(5),
        failed(6),
        failed(7),
      ]),
    ).toBe(false);
  });

  it('judges an event as of its own time: a later event in the history does not count', () => {
    const event = deposit(0, { amountMinor: 195_000 });
    const history = [deposit(-60, { amountMinor: 195_000 }), event, deposit(60, { amountMinor: 195_000 })];
    const facts = computeFacts(event, history, 24, noInputs);
    expect(facts.window.depositAmounts).toEqual([195_000, 195_000]);
  });
});

describe('rule definitions', () => {
  const base = starterRules[0]!.definition;
  it('refuses a condition that does not parse, reads an unknown fact, or is not a boolean', () => {
    expect(() => compileRule({ ...base, condition: 'event.amountMinor >=' })).toThrow(RuleDefinitionInvalidError);
    expect(() => compileRule({ ...base, condition: 'event.nothing > 1' })).toThrow(RuleDefinitionInvalidError);
    expect(() => compileRule({ ...base, condition: 'event.amountMinor + 1' })).toThrow(/true or false/);
    expect(() => compileRule({ ...base, windowHours: 0 })).toThrow(RuleDefinitionInvalidError);
  });

  it('keys an EVENT rule by its event and a WINDOW rule by the player and the window', () => {
    const e = { eventId: 'e1', playerId: 'pl_1', occurredAt: new Date('2026-03-02T10:15:00Z') };
    expect(alertKeyOf({ ruleId: 'r', version: 2, suppress: { per: 'EVENT' } }, e)).toBe('r:v2:event:e1');
    const day = alertKeyOf({ ruleId: 'r', version: 2, suppress: { per: 'WINDOW', hours: 24 } }, e);
    expect(day).toBe('r:v2:pl_1:2026-03-02T00:00:00.000Z');
    expect(
      alertKeyOf(
        { ruleId: 'r', version: 2, suppress: { per: 'WINDOW', hours: 24 } },
        { ...e, eventId: 'e2', occurredAt: new Date('2026-03-02T23:59:00Z') },
      ),
    ).toBe(day);
  });
});
