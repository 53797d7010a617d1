import { distance } from 'fastest-levenshtein';
import { abjadForm, consonantSkeleton, isVowelless } from './name-normalisation';

// How two name tokens compare. Edit distance comes from `fastest-levenshtein`: the most used Levenshtein package
// on npm, no dependencies, and Myers' bit-parallel algorithm, which keeps thousands of comparisons per screening
// inside the 20 ms budget. Its algorithm is complete, so a quiet release history is not neglect.

/** How a player's token matched an entry's token. */
export const TokenMatchKind = {
  EXACT: 'EXACT',
  INITIAL: 'INITIAL',
  FUZZY: 'FUZZY',
  PHONETIC: 'PHONETIC',
} as const;
/** One way of matching. */
export type TokenMatchKind = (typeof TokenMatchKind)[keyof typeof TokenMatchKind];

/** An initial stands for a name but says less than the name: it never counts as much as the full token. */
const INITIAL_SIMILARITY = 0.85;
/** Below this, an edit-distance similarity is a different name (Ivan/Ivana is 0.8, John/Jane 0.25). */
const FUZZY_FLOOR = 0.75;
/** A matching skeleton is strong evidence from another script, not as strong as the same spelling. */
const PHONETIC_SIMILARITY = 0.85;
/** Skeletons shorter than this collide too often (John and Jane are both "jn"). */
const MIN_SKELETON_LENGTH = 3;

/** Similarity of two strings from their edit distance, in [0, 1]. */
export const editSimilarity = (a: string, b: string) => 1 - distance(a, b) / Math.max(a.length, b.length, 1);

/** A token as the matcher keeps it: the text and its skeleton, computed once. */
export interface PreparedToken {
  text: string;
  skeleton: string;
  consonants: string;
  vowelless: boolean;
}

export const prepareToken = (text: string): PreparedToken => ({
  text,
  skeleton: consonantSkeleton(text),
  consonants: abjadForm(text),
  vowelless: isVowelless(text),
});

/** The best way `a` and `b` match, or null when they are different names. */
export function compareTokens(a: PreparedToken, b: PreparedToken): { kind: TokenMatchKind; similarity: number } | null {
  if (a.text === b.text) return { kind: TokenMatchKind.EXACT, similarity: 1 };
  if (a.text.length === 1 || b.text.length === 1) {
    return a.text[0] === b.text[0] ? { kind: TokenMatchKind.INITIAL, similarity: INITIAL_SIMILARITY } : null;
  }
  // A name from a script without short vowels ("ysyr") is compared with how that script writes the other ("yasir").
  if (a.vowelless !== b.vowelless && Math.min(a.consonants.length, b.consonants.length) >= 3) {
    const similarity = PHONETIC_SIMILARITY * editSimilarity(a.consonants, b.consonants);
    if (similarity >= FUZZY_FLOOR * PHONETIC_SIMILARITY) return { kind: TokenMatchKind.PHONETIC, similarity };
  }
  // Short tokens differ by one letter from too many others to be compared loosely.
  if (Math.min(a.text.length, b.text.length) < 4) return null;
  const fuzzy = editSimilarity(a.text, b.text);
  const phonetic =
    a.skeleton.length >= MIN_SKELETON_LENGTH && a.skeleton === b.skeleton
      ? PHONETIC_SIMILARITY
      : a.skeleton.length >= MIN_SKELETON_LENGTH + 1 && b.skeleton.length >= MIN_SKELETON_LENGTH + 1
        ? PHONETIC_SIMILARITY * editSimilarity(a.skeleton, b.skeleton)
        : 0;
  if (fuzzy >= FUZZY_FLOOR && fuzzy >= phonetic) return { kind: TokenMatchKind.FUZZY, similarity: fuzzy };
  if (phonetic >= FUZZY_FLOOR * PHONETIC_SIMILARITY) return { kind: TokenMatchKind.PHONETIC, similarity: phonetic };
  return null;
}
