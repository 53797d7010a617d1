import { failsOver, PspOutcomeClass } from '../../contracts/payments';
import { classifyDecline } from './decline-taxonomy';

describe('decline taxonomy', () => {
  it.each([
    ['cardpay', '51', PspOutcomeClass.HARD_DECLINE],
    ['cardpay', '05', PspOutcomeClass.SOFT_DECLINE],
    ['instantbank', 'AC04', PspOutcomeClass.HARD_DECLINE],
    ['instantbank', 'AB05', PspOutcomeClass.TIMEOUT],
    ['paywallet', 'RISK_REJECTED', PspOutcomeClass.HARD_DECLINE],
    ['paywallet', 'TRY_AGAIN_LATER', PspOutcomeClass.SOFT_DECLINE],
  ])('maps %s code %s to %s', (psp, code, outcome) => {
    expect(classifyDecline(psp, code)).toEqual({ outcome, known: true });
  });

  it('treats an unknown code as a soft decline and says it is unknown', () => {
    expect(classifyDecline('cardpay', 'ZZ')).toEqual({ outcome: PspOutcomeClass.SOFT_DECLINE, known: false });
  });

  it('fails over on soft declines, timeouts and outages, never on hard declines', () => {
    expect(failsOver(PspOutcomeClass.HARD_DECLINE)).toBe(false);
    expect(failsOver(PspOutcomeClass.SOFT_DECLINE)).toBe(true);
    expect(failsOver(PspOutcomeClass.TIMEOUT)).toBe(true);
    expect(failsOver(PspOutcomeClass.OUTAGE)).toBe(true);
    expect(failsOver(PspOutcomeClass.SUCCESS)).toBe(false);
  });
});
