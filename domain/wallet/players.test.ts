import { policyFor } from '../jurisdictions/registry';
import { playerRegistrationSchema } from './players';

// The minimum age comes from the jurisdiction registry (18 everywhere today), on a clock the test fixes.
beforeAll(() => jest.useFakeTimers({ now: new Date('2026-06-15T12:00:00Z'), doNotFake: ['nextTick', 'setImmediate'] }));
afterAll(() => jest.useRealTimers());

const registration = (jurisdiction: string, dateOfBirth: string) => ({
  brand: 'luckyspin',
  jurisdiction,
  currency: 'EUR',
  dateOfBirth,
});

it.each(['GB', 'MT', 'SE', 'DE', 'US-NJ'])('accepts a player of exactly the minimum age in %s', (jurisdiction) => {
  const minimumAge = policyFor(jurisdiction).minimumAgeYears.value;
  const birthday = `${2026 - minimumAge}-06-15`;
  expect(playerRegistrationSchema.safeParse(registration(jurisdiction, birthday)).success).toBe(true);
});

it.each(['GB', 'MT', 'SE', 'DE', 'US-NJ'])(
  'refuses a player a day short of it in %s, naming the age',
  (jurisdiction) => {
    const minimumAge = policyFor(jurisdiction).minimumAgeYears.value;
    const result = playerRegistrationSchema.safeParse(registration(jurisdiction, `${2026 - minimumAge}-06-16`));
    expect(result.error?.issues.map((i) => [i.path.join('.'), i.message])).toEqual([
      ['dateOfBirth', `the player must be at least ${minimumAge} years old in ${jurisdiction}`],
    ]);
  },
);
