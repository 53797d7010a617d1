import { transliterate } from 'transliteration';

// Names are compared as tokens of lower-case ASCII. Non-Latin scripts are transliterated first with the
// `transliteration` package: it covers Cyrillic, Greek, Arabic, Hebrew, CJK and Latin diacritics in one table,
// ships CommonJS (this codebase and jest load it without an ESM loader) and is actively released. Its Arabic
// output has no short vowels (محمد gives "mhmd"), which the consonant skeleton below bridges.

/** Titles and honorifics that say nothing about who someone is. */
const HONORIFICS = new Set(['mr', 'mrs', 'ms', 'miss', 'dr', 'prof', 'sir', 'dame', 'lord', 'lady', 'hon']);

/**
 * Modern Greek writes b, d and g with digraphs and u with ου; the library transliterates letter by letter ("mp",
 * "nt", "oy"), so these go first, as ELOT 743 transliterates them.
 */
const greekDigraphs = (name: string) =>
  name
    .normalize('NFD')
    .replace(/\p{M}/gu, '') // the tonos would hide ού from the digraphs
    .toLowerCase()
    .replace(/ου/g, 'ou')
    .replace(/μπ/g, 'b')
    .replace(/ντ/g, 'd')
    .replace(/γκ/g, 'g')
    .replace(/γγ/g, 'ng');

/** Where the library follows ISO 9 (ц "c", х "h"), the lists follow BGN/PCGN, as OFAC and OFSI spell Russian names. */
const CYRILLIC_AS_THE_LISTS_WRITE_IT: [string, string][] = [
  ['ц', 'ts'],
  ['Ц', 'Ts'],
  ['х', 'kh'],
  ['Х', 'Kh'],
];

/** The tokens of a name: transliterated to ASCII, lower case, apostrophes joined (O'Brien), honorifics dropped. */
export function nameTokens(name: string): string[] {
  const normalised = name.normalize('NFKC');
  const text = /\p{Script=Greek}/u.test(normalised) ? greekDigraphs(normalised) : normalised;
  return transliterate(text, { replace: CYRILLIC_AS_THE_LISTS_WRITE_IT })
    .toLowerCase()
    .replace(/['’`ʼ]/g, '')
    .split(/[^a-z0-9]+/)
    .filter((token) => token.length > 0 && !HONORIFICS.has(token));
}

/** Letters that scripts confuse when a name passes through them, merged into one. */
const mergeConfusedLetters = (token: string) =>
  token
    .replace(/ph/g, 'f')
    .replace(/ck/g, 'k')
    .replace(/x/g, 'ks')
    .replace(/[cq]/g, 'k')
    .replace(/v/g, 'f')
    .replace(/p/g, 'b')
    .replace(/g/g, 'j')
    .replace(/z/g, 's');

/**
 * The consonant skeleton of a token, for names that passed through Cyrillic or Greek: vowels, y and h dropped (Greek
 * has no h, Cyrillic writes "kh" for one letter), w written as v (в, β), letters that scripts confuse merged, doubled
 * letters collapsed. "darwish" and "darvis" share "drfs".
 */
export const consonantSkeleton = (token: string): string =>
  mergeConfusedLetters(token.replace(/w/g, 'v'))
    .replace(/[aeiouyh]/g, '')
    .replace(/(.)\1+/g, '$1');

/**
 * A token as a script without short vowels (Arabic, Hebrew) writes it: short a and e dropped, i written with ya, o
 * and u with waw. "yasir" gives "ysyr", as the transliterated يسير does; a token that has no vowels already is left
 * as it is.
 */
export const abjadForm = (token: string): string =>
  mergeConfusedLetters(token)
    .replace(/ee/g, 'y')
    .replace(/ou/g, 'w')
    .replace(/i/g, 'y')
    .replace(/[ou]/g, 'w')
    .replace(/[ae]/g, '')
    .replace(/(.)\1+/g, '$1');

/** Whether a token has no vowel at all: the transliteration of a script that writes none. */
export const isVowelless = (token: string): boolean => token.length > 1 && !/[aeiou]/.test(token);
