import type { ListEntry, ListKind, ListSource, NameKind } from './list-entry';
import { compareTokens, prepareToken, type PreparedToken, type TokenMatchKind } from './name-matching';
import { nameTokens } from './name-normalisation';

// The in-memory index one screening runs against: every name variant of every person on the current list versions,
// tokenised once, with postings by token, consonant skeleton and 4-letter prefix, so that a screening scores only
// the variants that share something with the player's name (blocking) instead of all of them.

/** One list version as the index is built from it. */
export interface IndexedListVersion {
  versionId: string;
  source: ListSource;
  listKind: ListKind;
  entries: readonly ListEntry[];
}

/** Who is screened: the name in its parts, and the secondary factors when known. */
export interface ScreeningSubject {
  givenName?: string;
  familyName?: string;
  /** `YYYY-MM-DD`. */
  dateOfBirth?: string;
  /** ISO alpha-2 codes of the countries the player lives in or is a national of. */
  countries?: readonly string[];
}

/** The part of the player's name a token came from. Explanations name the part, never the player's text. */
export type NamePart = 'givenName' | 'familyName';

/** How one of the entry's tokens matched one of the player's. */
export interface TokenMatchExplanation {
  playerPart: NamePart;
  /** The position of the token within that part (0 first). */
  playerToken: number;
  entryToken: string;
  how: TokenMatchKind;
  similarity: number;
  /** The token's weight: rare tokens weigh more than common ones. */
  weight: number;
}

/** A secondary factor's effect on the score; it adjusts a name match and never makes one. */
export interface FactorExplanation {
  factor: 'DATE_OF_BIRTH' | 'COUNTRY';
  outcome: 'SAME_DAY' | 'SAME_MONTH' | 'SAME_YEAR' | 'NEAR_YEAR' | 'SAME' | 'DIFFERENT' | 'UNKNOWN';
  entryValues: string[];
  effect: number;
}

/** Why a hit scored what it did: the name variant, each token match, the weights and the secondary factors. */
export interface HitExplanation {
  variant: { name: string; kind: NameKind };
  matchedTokens: TokenMatchExplanation[];
  unmatchedEntryTokens: string[];
  unmatchedPlayerTokens: number;
  nameScore: number;
  aliasFactor: number;
  factors: FactorExplanation[];
}

/** A list entry the subject matched, with its score in [0, 1] and the explanation. */
export interface ScreeningHit {
  versionId: string;
  source: ListSource;
  listKind: ListKind;
  entryId: string;
  score: number;
  explanation: HitExplanation;
}

interface Variant {
  entry: number;
  name: string;
  kind: NameKind;
  tokens: PreparedToken[];
}

interface Entry {
  versionId: string;
  source: ListSource;
  listKind: ListKind;
  entry: ListEntry;
}

interface SubjectToken extends PreparedToken {
  part: NamePart;
  index: number;
}

/** Weak aliases identify nobody alone (the lists say so); former and new names are still that person. */
const ALIAS_FACTOR: Record<NameKind, number> = {
  PRIMARY: 1,
  AKA: 1,
  NON_LATIN: 1,
  FKA: 0.97,
  NKA: 0.97,
  WEAK_AKA: 0.85,
};

/** The score at or above which a variant is a hit. */
export const HIT_THRESHOLD = 0.8;
/** Below this name score no secondary factor is applied: date of birth and country never match alone. */
const NAME_FLOOR = 0.7;
/** A key shared by more variants than this blocks nothing; a screening skips it when it has other keys. */
const MAX_POSTINGS = 5_000;
/** With fewer tokens matched than this (or than the names have), a name is at most a partial match. */
const PARTIAL_CAP = 0.5;

const prefixKey = (token: string) => (token.length >= 5 ? `p:${token.slice(0, 4)}` : null);
const keysOf = (token: PreparedToken): string[] => {
  if (token.text.length === 1) return [];
  const keys = [`t:${token.text}`];
  if (token.skeleton.length >= 3) keys.push(`s:${token.skeleton}`);
  if (token.consonants.length >= 3) keys.push(`a:${token.consonants}`);
  const prefix = prefixKey(token.text);
  if (prefix) keys.push(prefix);
  return keys;
};

/** Only people are screened against players: companies, vessels and aircraft never are. */
const screensPeople = (entry: ListEntry) => entry.entityType === 'INDIVIDUAL' || entry.entityType === 'UNKNOWN';

/** The index over a set of list versions; immutable once built (a new list version builds a new one). */
export class ScreeningIndex {
  private readonly entries: Entry[] = [];
  private readonly variants: Variant[] = [];
  private readonly postings = new Map<string, number[]>();
  private readonly documentFrequency = new Map<string, number>();
  private readonly byKey = new Map<string, ListEntry>();

  constructor(readonly versions: readonly IndexedListVersion[]) {
    for (const version of versions) {
      for (const entry of version.entries) {
        if (!screensPeople(entry)) continue;
        const entryIndex = this.entries.push({ ...version, entry }) - 1;
        this.byKey.set(`${version.versionId}/${entry.entryId}`, entry);
        for (const { name, kind } of entry.names) this.addVariant(entryIndex, name, kind);
      }
    }
  }

  /** How many entries (people) and name variants the index holds. */
  get size() {
    return { entries: this.entries.length, variants: this.variants.length };
  }

  /** An entry the index screens against, by version and entry id. */
  entry(versionId: string, entryId: string): ListEntry | undefined {
    return this.byKey.get(`${versionId}/${entryId}`);
  }

  private addVariant(entry: number, name: string, kind: NameKind) {
    const tokens = [...new Set(nameTokens(name))].map(prepareToken);
    if (tokens.length === 0) return;
    const variant = this.variants.push({ entry, name, kind, tokens }) - 1;
    for (const token of tokens) {
      this.documentFrequency.set(token.text, (this.documentFrequency.get(token.text) ?? 0) + 1);
      for (const key of new Set(keysOf(token))) {
        const list = this.postings.get(key);
        if (list) list.push(variant);
        else this.postings.set(key, [variant]);
      }
    }
  }

  /** A token's weight: its inverse document frequency over every variant, so rare names count for more. */
  private weightOf(token: string): number {
    const frequency = this.documentFrequency.get(token) ?? 0;
    return Math.log(1 + this.variants.length / (1 + frequency));
  }

  /**
   * Screens a subject: the best-scoring variant of each matching entry, at or above `threshold`, best first.
   * `onlyEntries` restricts it to some entries (`versionId/entryId`): a re-screen against what an import changed.
   */
  screen(
    subject: ScreeningSubject,
    options: { threshold?: number; onlyEntries?: ReadonlySet<string> } = {},
  ): ScreeningHit[] {
    const threshold = options.threshold ?? HIT_THRESHOLD;
    const tokens = subjectTokens(subject);
    if (tokens.length === 0) return [];
    const best = new Map<number, ScreeningHit>();
    for (const variantIndex of this.candidates(tokens)) {
      const variant = this.variants[variantIndex]!;
      const entry = this.entries[variant.entry]!;
      if (options.onlyEntries && !options.onlyEntries.has(`${entry.versionId}/${entry.entry.entryId}`)) continue;
      const hit = this.scoreVariant(tokens, variant, entry, subject);
      if (hit.score < threshold) continue;
      const previous = best.get(variant.entry);
      if (!previous || previous.score < hit.score) best.set(variant.entry, hit);
    }
    return [...best.values()].sort((a, b) => b.score - a.score);
  }

  /**
   * The variants sharing a key with any of the subject's full tokens (initials have none: the tokens beside them
   * carry the blocking). A key shared by too many variants is skipped when the token has a more selective one.
   */
  private candidates(tokens: SubjectToken[]): Set<number> {
    const candidates = new Set<number>();
    for (const token of tokens) {
      const lists = keysOf(token)
        .map((key) => this.postings.get(key))
        .filter((list): list is number[] => list !== undefined);
      const selective = lists.filter((list) => list.length <= MAX_POSTINGS);
      for (const list of selective.length > 0 ? selective : lists) for (const v of list) candidates.add(v);
    }
    return candidates;
  }

  private scoreVariant(
    tokens: SubjectToken[],
    variant: Variant,
    entry: Entry,
    subject: ScreeningSubject,
  ): ScreeningHit {
    // Every pair that matches at all, best first; then each token is used once (order does not matter).
    const pairs: { s: number; v: number; kind: TokenMatchKind; similarity: number }[] = [];
    tokens.forEach((token, s) =>
      variant.tokens.forEach((entryToken, v) => {
        const match = compareTokens(token, entryToken);
        if (match) pairs.push({ s, v, ...match });
      }),
    );
    pairs.sort((a, b) => b.similarity - a.similarity);
    const usedSubject = new Set<number>();
    const usedEntry = new Set<number>();
    const matched: TokenMatchExplanation[] = [];
    let matchedWeight = 0;
    let matchedFullWeight = 0;
    for (const pair of pairs) {
      if (usedSubject.has(pair.s) || usedEntry.has(pair.v)) continue;
      usedSubject.add(pair.s);
      usedEntry.add(pair.v);
      const entryToken = variant.tokens[pair.v]!;
      const weight = this.weightOf(entryToken.text);
      matchedWeight += pair.similarity * weight;
      matchedFullWeight += weight;
      const token = tokens[pair.s]!;
      matched.push({
        playerPart: token.part,
        playerToken: token.index,
        entryToken: entryToken.text,
        how: pair.kind,
        similarity: round(pair.similarity),
        weight: round(weight),
      });
    }
    const entryWeight = variant.tokens.reduce((sum, token) => sum + this.weightOf(token.text), 0);
    const unmatchedSubjectWeight = tokens
      .filter((_, s) => !usedSubject.has(s))
      .reduce((sum, token) => sum + (token.text.length === 1 ? 0.5 : this.weightOf(token.text)), 0);
    const subjectCoverage = matchedWeight / Math.max(matchedFullWeight + unmatchedSubjectWeight, 1e-9);
    const entryCoverage = matchedWeight / Math.max(entryWeight, 1e-9);
    let nameScore = 0.75 * subjectCoverage + 0.25 * entryCoverage;
    // One shared token ("Vladimir") is not a name match when both names have more.
    if (matched.length < Math.min(2, tokens.length, variant.tokens.length))
      nameScore = Math.min(nameScore, PARTIAL_CAP);
    const aliasFactor = ALIAS_FACTOR[variant.kind];
    const factors = nameScore * aliasFactor >= NAME_FLOOR ? secondaryFactors(subject, entry.entry) : [];
    const score = clamp(nameScore * aliasFactor + factors.reduce((sum, factor) => sum + factor.effect, 0));
    return {
      versionId: entry.versionId,
      source: entry.source,
      listKind: entry.listKind,
      entryId: entry.entry.entryId,
      score: round(score),
      explanation: {
        variant: { name: variant.name, kind: variant.kind },
        matchedTokens: matched,
        unmatchedEntryTokens: variant.tokens.filter((_, v) => !usedEntry.has(v)).map((token) => token.text),
        unmatchedPlayerTokens: tokens.length - usedSubject.size,
        nameScore: round(nameScore),
        aliasFactor,
        factors,
      },
    };
  }
}

function subjectTokens(subject: ScreeningSubject): SubjectToken[] {
  const parts: [NamePart, string | undefined][] = [
    ['givenName', subject.givenName],
    ['familyName', subject.familyName],
  ];
  const seen = new Set<string>();
  return parts.flatMap(([part, name]) =>
    nameTokens(name ?? '').flatMap((text, index) => {
      if (seen.has(text)) return [];
      seen.add(text);
      return [{ ...prepareToken(text), part, index }];
    }),
  );
}

/** Date of birth and country: a boost when they agree, a penalty when they disagree, nothing when unknown. */
function secondaryFactors(subject: ScreeningSubject, entry: ListEntry): FactorExplanation[] {
  const factors: FactorExplanation[] = [];
  const dates = entry.datesOfBirth;
  if (subject.dateOfBirth && dates.length > 0) {
    const dob = subject.dateOfBirth;
    const year = Number(dob.slice(0, 4));
    const outcome = dates.some((d) => d.length === 10 && d === dob)
      ? 'SAME_DAY'
      : dates.some((d) => d.length === 7 && dob.startsWith(d))
        ? 'SAME_MONTH'
        : dates.some((d) => d.length === 4 && Number(d) === year)
          ? 'SAME_YEAR'
          : dates.some((d) => Math.abs(Number(d.slice(0, 4)) - year) <= 1)
            ? 'NEAR_YEAR'
            : 'DIFFERENT';
    const effect = { SAME_DAY: 0.1, SAME_MONTH: 0.06, SAME_YEAR: 0.04, NEAR_YEAR: 0.01, DIFFERENT: -0.2 }[outcome];
    factors.push({ factor: 'DATE_OF_BIRTH', outcome, entryValues: dates, effect });
  } else {
    factors.push({ factor: 'DATE_OF_BIRTH', outcome: 'UNKNOWN', entryValues: dates, effect: 0 });
  }
  const places = [...new Set([...entry.countries, ...entry.nationalities])];
  const countries = subject.countries ?? [];
  if (places.length > 0 && countries.length > 0) {
    const same = countries.some((country) => places.includes(country));
    factors.push({
      factor: 'COUNTRY',
      outcome: same ? 'SAME' : 'DIFFERENT',
      entryValues: places,
      effect: same ? 0.04 : -0.04,
    });
  } else {
    factors.push({ factor: 'COUNTRY', outcome: 'UNKNOWN', entryValues: places, effect: 0 });
  }
  return factors;
}

const clamp = (value: number) => Math.min(1, Math.max(0, value));
const round = (value: number) => Math.round(value * 1000) / 1000;
