import { transliterate } from 'transliteration';

// Names are compared as tokens of lower-case ASCII. Non-Latin scripts are transliterated first with the
// `transliteration` package: it covers Cyrillic, Greek, Arabic, Hebrew, CJK and Latin diacritics in one table,
// ships CommonJS (this codebase and jest load it without an ESM loader) and is actively released. Its Arabic
// output has no short vowels (محمد gives "mhmd"), which the consonant skeleton below bridges.

/** Titles and honorifics that say nothing about who someone is. */
const HONORIFICS = new Set(['mr', 'mrs', 'ms', 'miss', 'dr', 'prof', 'sir', 'dame', 'lord', 'lady', 'hon']);

/** The tokens of a name: transliterated to ASCII, lower case, apostrophes joined (O'Brien), honorifics dropped. */
export function nameTokens(name: string): string[] {
  return transliterate(name.normalize('NFKC'))
    .toLowerCase()
    .replace(/['’`ʼ]/g, '')
    .split(/[^a-z0-9]+/)
    .filter((token) => token.length > 0 && !HONORIFICS.has(token));
}

/**
 * The consonant skeleton of a token: what survives transliteration through scripts that write no short vowels
 * (Arabic) or spell sounds differently (Cyrillic "kh", Greek "ou"): vowels and semi-vowels dropped, letters that
 * scripts confuse merged, doubled letters collapsed. "mohammed", "muhammad" and "mhmd" share "mhmd".
 */
export function consonantSkeleton(token: string): string {
  return token
    .replace(/ph/g, 'f')
    .replace(/ck/g, 'k')
    .replace(/x/g, 'ks')
    .replace(/[cq]/g, 'k')
    .replace(/v/g, 'f')
    .replace(/p/g, 'b')
    .replace(/g/g, 'j')
    .replace(/z/g, 's')
    .replace(/[aeiouyw]/g, '')
    .replace(/(.)\1+/g, '$1');
}

/**
 * A token without its vowels, as a script that writes no short vowels (Arabic, Hebrew) spells it: "yasir" and the
 * transliterated "ysr" both give "ysr". Unlike the skeleton it keeps y and w, which such scripts do write.
 */
export const withoutVowels = (token: string): string =>
  token
    .replace(/i$/, 'y') // a final long i is written with the letter ya: "qabbani" is "qbny"
    .replace(/[aeiou]/g, '')
    .replace(/(.)\1+/g, '$1');

/** Whether a token has no vowel at all: the transliteration of a script that writes none. */
export const isVowelless = (token: string): boolean => token.length > 1 && !/[aeiou]/.test(token);
