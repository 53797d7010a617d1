import { policyFor } from '../jurisdictions/registry';
import { playerRegistrationSchema } from './players';

// The minimum age comes from the jurisdiction registry (18 everywhere today).
const isoDateYearsAgo = (years: number, days = 0) => {
  const date = new Date();
  date.setUTCFullYear(date.getUTCFullYear() - years);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
};
const registration = (jurisdiction: string, dateOfBirth: string) => ({
  brand: 'luckyspin',
  jurisdiction,
  currency: 'EUR',
  dateOfBirth,
});

it.each(['GB', 'MT', 'SE', 'DE', 'US-NJ'])('accepts a player of exactly the minimum age in %s', (jurisdiction) => {
  const minimumAge = policyFor(jurisdiction).minimumAgeYears.value;
  expect(playerRegistrationSchema.safeParse(registration(jurisdiction, isoDateYearsAgo(minimumAge))).success).toBe(
    true,
  );
});

it.each(['GB', 'MT', 'SE', 'DE', 'US-NJ'])(
  'refuses a player a day short of it in %s, naming the age',
  (jurisdiction) => {
    const minimumAge = policyFor(jurisdiction).minimumAgeYears.value;
    const result = playerRegistrationSchema.safeParse(registration(jurisdiction, isoDateYearsAgo(minimumAge, 1)));
    expect(result.error?.issues.map((i) => [i.path.join('.'), i.message])).toEqual([
      ['dateOfBirth', `the player must be at least ${minimumAge} years old in ${jurisdiction}`],
    ]);
  },
);
