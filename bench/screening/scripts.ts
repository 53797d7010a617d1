// Latin names written in other scripts, as a clerk or a passport would write them, for the labelled variant set:
// the matcher must bring them back to the list's Latin spelling. Greedy longest match over each map's keys.

type ScriptMap = readonly (readonly [string, string])[];

const CYRILLIC: ScriptMap = [
  ['shch', 'щ'],
  ['zh', 'ж'],
  ['kh', 'х'],
  ['ts', 'ц'],
  ['ch', 'ч'],
  ['sh', 'ш'],
  ['ya', 'я'],
  ['yu', 'ю'],
  ['a', 'а'],
  ['b', 'б'],
  ['v', 'в'],
  ['g', 'г'],
  ['d', 'д'],
  ['e', 'е'],
  ['z', 'з'],
  ['i', 'и'],
  ['y', 'ы'],
  ['k', 'к'],
  ['l', 'л'],
  ['m', 'м'],
  ['n', 'н'],
  ['o', 'о'],
  ['p', 'п'],
  ['r', 'р'],
  ['s', 'с'],
  ['t', 'т'],
  ['u', 'у'],
  ['f', 'ф'],
  ['h', 'х'],
  ['c', 'к'],
  ['q', 'к'],
  ['w', 'в'],
  ['x', 'кс'],
  ['j', 'дж'],
];

const GREEK: ScriptMap = [
  ['th', 'θ'],
  ['ch', 'χ'],
  ['ps', 'ψ'],
  ['ks', 'ξ'],
  ['ph', 'φ'],
  ['ou', 'ου'],
  ['b', 'μπ'],
  ['a', 'α'],
  ['v', 'β'],
  ['g', 'γ'],
  ['d', 'δ'],
  ['e', 'ε'],
  ['z', 'ζ'],
  ['i', 'ι'],
  ['k', 'κ'],
  ['l', 'λ'],
  ['m', 'μ'],
  ['n', 'ν'],
  ['o', 'ο'],
  ['p', 'π'],
  ['r', 'ρ'],
  ['s', 'σ'],
  ['t', 'τ'],
  ['u', 'ου'],
  ['f', 'φ'],
  ['h', ''],
  ['y', 'υ'],
  ['c', 'κ'],
  ['q', 'κ'],
  ['w', 'β'],
  ['x', 'ξ'],
  ['j', 'τζ'],
];

// Arabic writes no short vowels: a and e vanish, i is written with ya, o and u with waw.
const ARABIC: ScriptMap = [
  ['th', 'ث'],
  ['kh', 'خ'],
  ['dh', 'ذ'],
  ['sh', 'ش'],
  ['gh', 'غ'],
  ['ou', 'و'],
  ['ee', 'ي'],
  ['a', ''],
  ['e', ''],
  ['i', 'ي'],
  ['o', 'و'],
  ['u', 'و'],
  ['b', 'ب'],
  ['t', 'ت'],
  ['j', 'ج'],
  ['h', 'ح'],
  ['d', 'د'],
  ['r', 'ر'],
  ['z', 'ز'],
  ['s', 'س'],
  ['q', 'ق'],
  ['k', 'ك'],
  ['l', 'ل'],
  ['m', 'م'],
  ['n', 'ن'],
  ['w', 'و'],
  ['y', 'ي'],
  ['f', 'ف'],
  ['p', 'ب'],
  ['v', 'ف'],
  ['g', 'ج'],
  ['c', 'ك'],
  ['x', 'كس'],
];

function write(map: ScriptMap, word: string, firstVowel?: string): string {
  const lower = word.toLowerCase();
  let out = '';
  let i = 0;
  while (i < lower.length) {
    // A word-initial vowel is written with alif in Arabic.
    if (i === 0 && firstVowel && /[aeiou]/.test(lower[0]!)) {
      out += firstVowel;
      i += 1;
      continue;
    }
    const pair = map.find(([latin]) => lower.startsWith(latin, i));
    if (pair) {
      out += pair[1];
      i += pair[0].length;
    } else {
      out += lower[i];
      i += 1;
    }
  }
  return out;
}

const writeName = (map: ScriptMap, name: string, firstVowel?: string) =>
  name
    .split(/\s+/)
    .map((word) => write(map, word, firstVowel))
    .join(' ');

export const toCyrillic = (name: string) => writeName(CYRILLIC, name);
export const toGreek = (name: string) => writeName(GREEK, name).replace(/σ(?=\s|$)/g, 'ς');
export const toArabic = (name: string) => writeName(ARABIC, name, 'ا');
