import type { ListEntry } from './list-entry';
import { HIT_THRESHOLD, ScreeningIndex, type ScreeningSubject } from './screening-index';

// The matcher on a small list: each kind of name variant a player may register under, the near misses that must not
// match, the secondary factors and the explanation.

const person = (entryId: string, names: ListEntry['names'], extra: Partial<ListEntry> = {}): ListEntry => ({
  entryId,
  entityType: 'INDIVIDUAL',
  names,
  datesOfBirth: [],
  countries: [],
  nationalities: [],
  programmes: [],
  ...extra,
});

const sanctions: ListEntry[] = [
  person(
    'S1',
    [
      { name: 'VOROTYNTSEV, Kirill Gennadyevich', kind: 'PRIMARY' },
      { name: 'THE DRIVER', kind: 'WEAK_AKA' },
    ],
    { datesOfBirth: ['1979-05-16'], nationalities: ['BY'] },
  ),
  person('S2', [
    { name: 'QABBANI, Yasir', kind: 'PRIMARY' },
    { name: 'ABU IDRIS', kind: 'WEAK_AKA' },
    { name: 'QABBANI-HADDAD, Yasir', kind: 'AKA' },
  ]),
  person('S3', [{ name: 'Theodorakopoulos Spyridon', kind: 'PRIMARY' }]),
  person('S4', [
    { name: 'Marisol QUINTANILLA', kind: 'PRIMARY' },
    { name: 'Marisol ECHEVERRIA', kind: 'FKA' },
  ]),
  person('S5', [{ name: 'Munir BARAKAT', kind: 'PRIMARY' }], { datesOfBirth: ['1961'] }),
  { ...person('E1', [{ name: 'KIRILL VOROTYNTSEV TRADING LLC', kind: 'PRIMARY' }]), entityType: 'ENTITY' },
];
const peps: ListEntry[] = [person('P1', [{ name: 'Leocadio Irigoyen', kind: 'PRIMARY' }])];

const index = new ScreeningIndex([
  { versionId: 'v-sanctions', source: 'OFAC_SDN', listKind: 'SANCTIONS', entries: sanctions },
  { versionId: 'v-pep', source: 'PEP', listKind: 'PEP', entries: peps },
]);

const hitIds = (subject: ScreeningSubject) => index.screen(subject).map((hit) => hit.entryId);
const best = (subject: ScreeningSubject) => index.screen(subject, { threshold: 0 })[0];

describe('screening a name', () => {
  it('matches the listed name exactly, with a score of 1 and every token explained', () => {
    const [hit] = index.screen({ givenName: 'Yasir', familyName: 'Qabbani' });
    expect(hit).toMatchObject({ entryId: 'S2', listKind: 'SANCTIONS', versionId: 'v-sanctions', score: 1 });
    expect(hit?.explanation.variant).toEqual({ name: 'QABBANI, Yasir', kind: 'PRIMARY' });
    expect(hit?.explanation.matchedTokens).toEqual([
      expect.objectContaining({ playerPart: 'givenName', playerToken: 0, entryToken: 'yasir', how: 'EXACT' }),
      expect.objectContaining({ playerPart: 'familyName', playerToken: 0, entryToken: 'qabbani', how: 'EXACT' }),
    ]);
  });

  it('matches names written in Cyrillic, Arabic and Greek script', () => {
    expect(hitIds({ givenName: 'Кирилл', familyName: 'Воротынцев' })).toEqual(['S1']);
    expect(hitIds({ givenName: 'يسير', familyName: 'قبني' })).toEqual(['S2']);
    expect(hitIds({ givenName: 'Σπυρίδων', familyName: 'Θεοδωρακόπουλος' })).toEqual(['S3']);
  });

  it('matches whatever the order of the names', () => {
    expect(hitIds({ givenName: 'Vorotyntsev', familyName: 'Kirill' })).toEqual(['S1']);
    expect(hitIds({ givenName: 'Spyridon', familyName: 'Theodorakopoulos' })).toEqual(['S3']);
  });

  it('matches a typo and an initial, scoring them below the exact name', () => {
    const typo = best({ givenName: 'Kirill', familyName: 'Vorotyntsv' });
    const initial = best({ givenName: 'K.', familyName: 'Vorotyntsev' });
    expect(typo).toMatchObject({ entryId: 'S1' });
    expect(typo?.explanation.matchedTokens.map((t) => t.how).sort()).toEqual(['EXACT', 'FUZZY']);
    expect(initial).toMatchObject({ entryId: 'S1' });
    expect(initial?.explanation.matchedTokens.map((t) => t.how).sort()).toEqual(['EXACT', 'INITIAL']);
    for (const hit of [typo, initial]) {
      expect(hit?.score).toBeGreaterThanOrEqual(HIT_THRESHOLD);
      expect(hit?.score).toBeLessThan(1);
    }
  });

  it('matches aliases and former names, and weighs a weak alias less', () => {
    expect(best({ givenName: 'Marisol', familyName: 'Echeverria' })).toMatchObject({ entryId: 'S4' });
    const strong = best({ givenName: 'Yasir', familyName: 'Qabbani-Haddad' });
    expect(strong?.explanation.variant.kind).toBe('AKA');
    const weak = best({ givenName: 'Abu', familyName: 'Idris' });
    expect(weak).toMatchObject({ entryId: 'S2' });
    expect(weak?.explanation.aliasFactor).toBeLessThan(1);
    expect(weak?.score).toBeLessThan(strong?.score ?? 0);
  });

  it('matches PEPs as PEP hits', () => {
    expect(index.screen({ givenName: 'Leocadio', familyName: 'Irigoyen' })[0]).toMatchObject({ listKind: 'PEP' });
  });

  it('does not match a name that shares only one name with a listed person', () => {
    expect(hitIds({ givenName: 'Yasir', familyName: 'Barakat' })).toEqual([]);
    expect(hitIds({ givenName: 'Kirill', familyName: 'Petrov' })).toEqual([]);
    expect(hitIds({ givenName: 'Samir', familyName: 'Qabbani' })).toEqual([]);
    expect(best({ givenName: 'Yasir', familyName: 'Barakat' })?.score ?? 0).toBeLessThanOrEqual(0.5);
  });

  it('does not match a different name that merely looks alike', () => {
    expect(hitIds({ givenName: 'Marisa', familyName: 'Quintero' })).toEqual([]);
    expect(hitIds({ givenName: 'Leonid', familyName: 'Irigaray' })).toEqual([]);
  });

  it('never screens people against companies', () => {
    expect(index.screen({ givenName: 'Kirill', familyName: 'Vorotyntsev' }).map((hit) => hit.entryId)).toEqual(['S1']);
  });
});

describe('secondary factors', () => {
  const name = { givenName: 'Kirill', familyName: 'Vorotyntsev' };

  it('boosts a matching date of birth and nationality, and says so', () => {
    const plain = best(name);
    const same = best({ ...name, dateOfBirth: '1979-05-16', countries: ['BY'] });
    expect(same?.score).toBeGreaterThan(plain?.score ?? 1);
    expect(same?.explanation.factors).toEqual([
      expect.objectContaining({ factor: 'DATE_OF_BIRTH', outcome: 'SAME_DAY', entryValues: ['1979-05-16'] }),
      expect.objectContaining({ factor: 'COUNTRY', outcome: 'SAME' }),
    ]);
  });

  it('penalises a different date of birth enough to drop a weak name match', () => {
    const typo = { givenName: 'K.', familyName: 'Vorotyntsev' };
    expect(hitIds(typo)).toEqual(['S1']);
    expect(hitIds({ ...typo, dateOfBirth: '1990-01-01' })).toEqual([]);
  });

  it('compares a year-only date of birth by year', () => {
    const hit = best({ givenName: 'Munir', familyName: 'Barakat', dateOfBirth: '1961-08-30' });
    expect(hit?.explanation.factors[0]).toMatchObject({ outcome: 'SAME_YEAR' });
  });

  it('never turns a name that does not match into a hit', () => {
    const subject = { givenName: 'Yasir', familyName: 'Barakat', dateOfBirth: '1961-08-30', countries: ['SY'] };
    expect(hitIds(subject)).toEqual([]);
    expect(best(subject)?.explanation.factors).toEqual([]);
  });
});

describe('re-screening against some entries only', () => {
  it('ignores the entries it is not given', () => {
    const subject = { givenName: 'Yasir', familyName: 'Qabbani' };
    expect(index.screen(subject, { onlyEntries: new Set(['v-sanctions/S1']) })).toEqual([]);
    expect(index.screen(subject, { onlyEntries: new Set(['v-sanctions/S2']) }).map((hit) => hit.entryId)).toEqual([
      'S2',
    ]);
  });
});
