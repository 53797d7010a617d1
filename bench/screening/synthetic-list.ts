import type { ListEntry } from '../../domain/kyc/screening/list-entry';

// Fictional entries that fill a list up to the benchmark's size: names built from syllables (no real person's), a
// share of given names taken from the default list so that common tokens are common, as on real lists.

/** A small seeded generator (mulberry32): the same seed gives the same list and the same variants. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SYLLABLES = [
  'ka',
  'ra',
  'mo',
  'len',
  'vi',
  'dor',
  'sha',
  'tel',
  'mir',
  'zan',
  'pol',
  'gre',
  'bu',
  'nak',
  'ti',
  'sor',
  'val',
  'den',
  'rus',
  'fe',
  'lo',
  'gan',
  'hid',
  'jor',
  'ki',
  'um',
  'bre',
  'cas',
  'tam',
  'vel',
  'nor',
  'qui',
  'sel',
  'ob',
];
const SUFFIXES = ['', '', 'ov', 'enko', 'escu', 'ini', 'son', 'berg', 'ez', 'ian', 'ski', 'oglu', 'ard', 'is'];
const COUNTRIES = ['RU', 'BY', 'IR', 'SY', 'IQ', 'LB', 'VE', 'CU', 'KP', 'MM', 'AF', 'LY', 'YE', 'SD', 'CY', 'AE'];

export function syntheticName(random: () => number, minSyllables: number, maxSyllables: number): string {
  const pick = <T>(items: readonly T[]) => items[Math.floor(random() * items.length)]!;
  const count = minSyllables + Math.floor(random() * (maxSyllables - minSyllables + 1));
  const word = Array.from({ length: count }, () => pick(SYLLABLES)).join('') + pick(SUFFIXES);
  return word[0]!.toUpperCase() + word.slice(1);
}

/** `count` fictional people, with ids that no default list uses. */
export function syntheticEntries(count: number, commonGivenNames: readonly string[], seed = 20_000): ListEntry[] {
  const random = seededRandom(seed);
  const givenPool = [...commonGivenNames, ...Array.from({ length: 600 }, () => syntheticName(random, 2, 3))];
  const pick = <T>(items: readonly T[]) => items[Math.floor(random() * items.length)]!;
  return Array.from({ length: count }, (_, i): ListEntry => {
    const given = pick(givenPool);
    const family = syntheticName(random, 2, 4);
    const middle = random() < 0.2 ? ` ${pick(givenPool)}` : '';
    const year = 1940 + Math.floor(random() * 60);
    const month = String(1 + Math.floor(random() * 12)).padStart(2, '0');
    const day = String(1 + Math.floor(random() * 28)).padStart(2, '0');
    return {
      entryId: `SYN-${i}`,
      entityType: 'INDIVIDUAL',
      names: [
        { name: `${family.toUpperCase()}, ${given}${middle}`, kind: 'PRIMARY' },
        ...(random() < 0.3 ? [{ name: `${given} ${syntheticName(random, 2, 3)}`, kind: 'AKA' as const }] : []),
      ],
      datesOfBirth: [random() < 0.7 ? `${year}-${month}-${day}` : String(year)],
      countries: [pick(COUNTRIES)],
      nationalities: [],
      programmes: ['SYNTHETIC'],
    };
  });
}
