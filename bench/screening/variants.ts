import type { ListEntry, NameVariant } from '../../domain/kyc/screening/list-entry';
import { editSimilarity } from '../../domain/kyc/screening/name-matching';
import { nameTokens } from '../../domain/kyc/screening/name-normalisation';
import type { ScreeningSubject } from '../../domain/kyc/screening/screening-index';
import { toArabic, toCyrillic, toGreek } from './scripts';
import { seededRandom, syntheticName } from './synthetic-list';

// The labelled variant set: for each person on the default lists, the names a player could register under that are
// that person (other scripts, reordered, a typo, initials, an alias) and names that are someone else (near misses
// sharing one name). Each variant says which entry it must hit, or none.

/** The kinds of variant, as the bench reports recall for each. */
export type VariantKind =
  | 'CYRILLIC'
  | 'ARABIC'
  | 'GREEK'
  | 'REORDERED'
  | 'TYPO'
  | 'INITIALS'
  | 'ALIAS'
  | 'NEAR_MISS_FAMILY'
  | 'NEAR_MISS_GIVEN';

/** One labelled query: what the player registered with, and the entry (`source/entryId`) it must hit, or null. */
export interface LabelledVariant {
  kind: VariantKind;
  subject: ScreeningSubject;
  expected: string | null;
}

/** A person's name as a player would type it in the two fields: given names and family name. */
export interface PersonName {
  given: string[];
  family: string;
}

const capitalise = (word: string) => (word.length > 0 ? word[0]!.toUpperCase() + word.slice(1).toLowerCase() : word);

/** "FAMILY, Given Middle" (OFAC) or "Given Middle FAMILY" (OFSI, PEP) into the player's two fields. */
export function personNameOf(variant: NameVariant): PersonName | null {
  const [before, after] = variant.name.split(',');
  const words = (text: string | undefined) => (text ?? '').split(/\s+/).filter(Boolean).map(capitalise);
  if (after !== undefined) {
    const family = words(before).join(' ');
    const given = words(after);
    return family && given.length > 0 ? { given, family } : null;
  }
  const all = words(before);
  const family = all.pop();
  return family && all.length > 0 ? { given: all, family } : null;
}

/** One edit somewhere after the first letter: a substitution, deletion, insertion or transposition. */
function typo(word: string, random: () => number): string {
  const at = 1 + Math.floor(random() * (word.length - 2));
  const letter = 'abcdefghiklmnoprstuvz'[Math.floor(random() * 21)]!;
  switch (Math.floor(random() * 4)) {
    case 0:
      return word.slice(0, at) + letter + word.slice(at + 1);
    case 1:
      return word.slice(0, at) + word.slice(at + 1);
    case 2:
      return word.slice(0, at) + letter + word.slice(at);
    default:
      return word.slice(0, at) + word[at + 1] + word[at] + word.slice(at + 2);
  }
}

const unlike = (a: string, b: string) => editSimilarity(a.toLowerCase(), b.toLowerCase()) < 0.5 && a[0] !== b[0];

/** The labelled variants of the people on `lists` (each entry keyed `source/entryId`). */
export function labelledVariants(
  lists: readonly { source: string; entries: readonly ListEntry[] }[],
): LabelledVariant[] {
  const random = seededRandom(14);
  const people = lists.flatMap(({ source, entries }) =>
    entries
      .filter((entry) => entry.entityType === 'INDIVIDUAL')
      .map((entry) => ({ key: `${source}/${entry.entryId}`, entry })),
  );
  const allGiven = [
    ...new Set(people.flatMap(({ entry }) => entry.names.flatMap((n) => (personNameOf(n)?.given ?? []).slice(0, 1)))),
  ];
  const listedTokenSets = people.flatMap(({ entry }) => entry.names.map((n) => new Set(nameTokens(n.name))));
  const isListed = (name: PersonName) => {
    const tokens = nameTokens([...name.given, name.family].join(' '));
    return listedTokenSets.some((set) => tokens.every((token) => set.has(token)));
  };

  const variants: LabelledVariant[] = [];
  people.forEach(({ key, entry }, index) => {
    const primary = entry.names.find((n) => n.kind === 'PRIMARY');
    const name = primary && personNameOf(primary);
    if (!name) return;
    const fullDate = entry.datesOfBirth.find((date) => date.length === 10);
    // Half the players give the date of birth the list has; the others' is unknown to the list (none given here).
    const secondary: ScreeningSubject = index % 2 === 0 && fullDate ? { dateOfBirth: fullDate } : {};
    const [firstGiven = ''] = name.given;
    const add = (kind: VariantKind, givenName: string, familyName: string, expected: string | null = key) =>
      variants.push({ kind, subject: { givenName, familyName, ...secondary }, expected });

    add('CYRILLIC', toCyrillic(firstGiven), toCyrillic(name.family));
    add('ARABIC', toArabic(firstGiven), toArabic(name.family));
    add('GREEK', toGreek(firstGiven), toGreek(name.family));
    add('REORDERED', name.family, name.given.join(' '));
    add('TYPO', firstGiven, name.family.length >= 5 ? typo(name.family, random) : name.family);
    add('INITIALS', `${firstGiven[0]}.`, name.family);
    const alias = entry.names
      .filter((n) => n.kind !== 'PRIMARY' && n.kind !== 'NON_LATIN')
      .map(personNameOf)
      .find((n): n is PersonName => n !== null);
    if (alias) add('ALIAS', alias.given.join(' '), alias.family);

    // Near misses: one name shared with the listed person, the other unlike any of theirs, and nobody listed.
    let otherFamily = syntheticName(random, 2, 3);
    while (!unlike(otherFamily, name.family)) otherFamily = syntheticName(random, 2, 3);
    if (!isListed({ given: [firstGiven], family: otherFamily })) {
      add('NEAR_MISS_FAMILY', firstGiven, otherFamily, null);
    }
    const otherGiven = allGiven.find(
      (given) => name.given.every((g) => unlike(given, g)) && !isListed({ given: [given], family: name.family }),
    );
    if (otherGiven) {
      allGiven.push(allGiven.splice(allGiven.indexOf(otherGiven), 1)[0]!); // vary the pick between people
      add('NEAR_MISS_GIVEN', otherGiven, name.family, null);
    }
  });
  return variants;
}
