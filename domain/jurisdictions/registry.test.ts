import { DEFAULT_JURISDICTION, type JurisdictionPolicy } from '../../contracts/jurisdictions';
import {
  jurisdictionPolicySchema,
  jurisdictionRegistrySchema,
  listJurisdictionPolicies,
  policyFor,
  stakeCapFor,
} from './registry';

describe('the jurisdiction registry', () => {
  it('holds GB, MT, SE, DE and the default, each valid against the schema, the default last', () => {
    const policies = listJurisdictionPolicies();
    expect(policies.map((p) => p.code)).toEqual(['GB', 'MT', 'SE', 'DE', DEFAULT_JURISDICTION]);
    for (const policy of policies) {
      expect({ code: policy.code, issues: jurisdictionPolicySchema.safeParse(policy).error?.issues }).toEqual({
        code: policy.code,
        issues: undefined,
      });
    }
  });

  it('names a regulation or an operator decision for every value', () => {
    for (const policy of listJurisdictionPolicies()) {
      const rules = Object.values(policy).filter(
        (v): v is { source: string } => typeof v === 'object' && 'source' in v,
      );
      // 13; rg-limits' limitIncreaseNeedsReconfirmation; rg-exclusions' nationalScheme,
      // selfExclusionReturnCoolingOffHours and forfeitBonusOnSelfExclusion.
      expect(rules.length).toBe(17);
      for (const rule of [...rules, ...policy.stakeCaps]) expect(rule.source.length).toBeGreaterThan(10);
    }
  });

  it('refuses a malformed registry: a duplicate code, no default, a float amount, a rule without its source', () => {
    const gb = policyFor('GB');
    const fallback = policyFor(DEFAULT_JURISDICTION);
    expect(jurisdictionRegistrySchema.safeParse([gb, gb, fallback]).success).toBe(false);
    expect(jurisdictionRegistrySchema.safeParse([gb]).success).toBe(false);
    const floatCdd: JurisdictionPolicy = {
      ...gb,
      cddThreshold: { ...gb.cddThreshold, value: { amountMinor: 2000.5, currency: 'EUR' } },
    };
    expect(jurisdictionPolicySchema.safeParse(floatCdd).success).toBe(false);
    const { source: _source, ...unsourced } = gb.minimumAgeYears;
    expect(jurisdictionPolicySchema.safeParse({ ...gb, minimumAgeYears: unsourced }).success).toBe(false);
  });

  it('is frozen: no domain can change a rule for the others', () => {
    expect(() => {
      (policyFor('GB').minimumAgeYears as { value: number }).value = 16;
    }).toThrow(TypeError);
    expect(policyFor('GB').minimumAgeYears.value).toBe(18);
  });
});

describe('policyFor', () => {
  it('answers the entry of the exact code, and the default for any other code', () => {
    expect(policyFor('SE').name).toBe('Sweden');
    for (const code of ['FR', 'US-NJ', 'GB-SCT', 'gb', '']) expect(policyFor(code).code).toBe(DEFAULT_JURISDICTION);
  });

  // The withdrawal saga reads these (domain/payments/player-eligibility.ts); they are the rows the
  // jurisdiction_payment_policies table held, and SE and DE had no row so took the default's.
  it.each([
    ['GB', false, true],
    ['MT', true, true],
    ['SE', true, true],
    ['DE', true, true],
    ['FR', true, true],
  ])('keeps the payment values for %s: reverse withdrawals %s, bonus forfeited %s', (code, reverse, forfeit) => {
    const policy = policyFor(code);
    expect(policy.reverseWithdrawalAllowed.value).toBe(reverse);
    expect(policy.forfeitBonusOnWithdrawal.value).toBe(forfeit);
  });

  it('keeps 18 as the minimum age everywhere, as registration checked before the registry', () => {
    for (const policy of listJurisdictionPolicies()) expect(policy.minimumAgeYears.value).toBe(18);
  });
});

describe('stakeCapFor', () => {
  it('caps GB slots at £2 for ages 18 to 24 and £5 from 25', () => {
    const gb = policyFor('GB');
    expect(stakeCapFor(gb, 'SLOTS', 18)?.maxStake).toEqual({ amountMinor: 200, currency: 'GBP' });
    expect(stakeCapFor(gb, 'SLOTS', 24)?.maxStake).toEqual({ amountMinor: 200, currency: 'GBP' });
    expect(stakeCapFor(gb, 'SLOTS', 25)?.maxStake).toEqual({ amountMinor: 500, currency: 'GBP' });
    expect(stakeCapFor(gb, 'SLOTS', 80)?.maxStake).toEqual({ amountMinor: 500, currency: 'GBP' });
  });

  it('answers no cap for a product or a jurisdiction without one', () => {
    expect(stakeCapFor(policyFor('GB'), 'BETTING', 30)).toBeUndefined();
    expect(stakeCapFor(policyFor('MT'), 'SLOTS', 20)).toBeUndefined();
    expect(stakeCapFor(policyFor('DE'), 'SLOTS', 20)?.maxStake).toEqual({ amountMinor: 100, currency: 'EUR' });
  });

  it('takes the strictest cap where two bands overlap', () => {
    const gb = policyFor('GB');
    const overlapping: JurisdictionPolicy = {
      ...gb,
      stakeCaps: [
        ...gb.stakeCaps,
        { ...gb.stakeCaps[1]!, fromAgeYears: 18, maxStake: { amountMinor: 100, currency: 'GBP' } },
      ],
    };
    expect(stakeCapFor(overlapping, 'SLOTS', 30)?.maxStake.amountMinor).toBe(100);
  });
});

describe('closed-loop payouts', () => {
  it.each([
    ['GB', true],
    ['MT', true],
    ['SE', true],
    ['DE', true],
    ['FR', false],
  ])('pays withdrawals in %s back to a deposit instrument: %s', (code, closedLoop) => {
    expect(policyFor(code).closedLoopPayouts.value).toBe(closedLoop);
  });
});

// rg-exclusions:
describe('national self-exclusion schemes', () => {
  it.each([
    ['GB', 'GAMSTOP'],
    ['SE', 'SPELPAUS'],
    ['DE', 'OASIS'],
    ['MT', null],
    ['FR', null],
  ])('checks %s players against %s', (code, scheme) => {
    expect(policyFor(code).nationalScheme.value).toBe(scheme);
  });
});
