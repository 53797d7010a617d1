import { abjadForm, consonantSkeleton, isVowelless, nameTokens } from './name-normalisation';

describe('name tokens', () => {
  it('transliterates other scripts to lower-case ASCII tokens', () => {
    expect(nameTokens('Владимир Воротынцев')).toEqual(['vladimir', 'vorotyntsev']);
    expect(nameTokens('محمد')).toEqual(['mhmd']);
    expect(nameTokens('José Müller-Łukasz')).toEqual(['jose', 'muller', 'lukasz']);
  });

  it('reads modern Greek digraphs as ELOT 743 does', () => {
    expect(nameTokens('Γιώργος Μπουρούνης')).toEqual(['giorgos', 'bourounis']);
    expect(nameTokens('Ντίνος')).toEqual(['dinos']);
  });

  it('joins apostrophes, splits on punctuation and drops honorifics', () => {
    expect(nameTokens("Dr. Seán O'Brien, Jr")).toEqual(['sean', 'obrien', 'jr']);
    expect(nameTokens('QABBANI-HADDAD, Yasir')).toEqual(['qabbani', 'haddad', 'yasir']);
  });
});

describe('phonetic forms', () => {
  it('gives spellings through Cyrillic and Greek one consonant skeleton', () => {
    expect(consonantSkeleton('darwish')).toBe(consonantSkeleton('darvis'));
    expect(consonantSkeleton('fakhoury')).toBe(consonantSkeleton('fakoury'));
  });

  it('writes a vowelled name as a script without short vowels does', () => {
    expect(abjadForm('yasir')).toBe('ysyr');
    expect(abjadForm('qabbani')).toBe('kbny');
    expect(isVowelless('ysyr')).toBe(true);
    expect(isVowelless('yasir')).toBe(false);
  });
});
