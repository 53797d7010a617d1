import { NationalScheme, SchemeAnswer } from '../../../contracts/rg';

/** Who is looked up: what the back office holds of a person (no personnummer or place of birth yet). */
export interface SchemePerson {
  givenName?: string;
  familyName?: string;
  /** YYYY-MM-DD. */
  dateOfBirth: string;
  email?: string;
  postcode?: string;
}

/** A scheme's answer: ours (LISTED, NOT_LISTED, PREVIOUSLY_LISTED) and the scheme's own code, for the record. */
export interface SchemeLookup {
  answer: Exclude<SchemeAnswer, 'UNAVAILABLE'>;
  schemeAnswer: string;
}

/** Thrown when a scheme does not answer (network error, timeout, 5xx, an answer we cannot read). */
export class SchemeUnavailableError extends Error {
  constructor(
    readonly scheme: NationalScheme,
    message: string,
  ) {
    super(message);
    this.name = 'SchemeUnavailableError';
  }
}

/** Asks one national scheme about one person, once (the caller retries). */
export type NationalSchemeClient = (scheme: NationalScheme, person: SchemePerson) => Promise<SchemeLookup>;

/** How long one look-up may take before it counts as unanswered. */
const LOOKUP_TIMEOUT_MS = 2_000;

/**
 * The HTTP client of the schemes at `baseUrl` (the simulator's paths; a real deployment points each at its gateway):
 * GAMSTOP's Y/N/P header, Spelpaus's isBlocked, OASIS's gesperrt. A person without a name cannot be matched by any
 * of them: the look-up is made with an empty name and answers NOT_LISTED, which the record shows.
 */
export function httpNationalSchemeClient(baseUrl: string, timeoutMs = LOOKUP_TIMEOUT_MS): NationalSchemeClient {
  const base = baseUrl.replace(/\/+$/, '');
  const post = async (scheme: NationalScheme, path: string, body: unknown) => {
    let res: globalThis.Response;
    try {
      res = await fetch(`${base}${path}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(body),
        signal: AbortSignal.timeout(timeoutMs),
      });
    } catch (err) {
      throw new SchemeUnavailableError(scheme, `${scheme} did not answer: ${(err as Error).message}`);
    }
    if (!res.ok) throw new SchemeUnavailableError(scheme, `${scheme} answered HTTP ${res.status}`);
    return res;
  };
  const name = (text: string | undefined) => text ?? '-';
  return async (scheme, person) => {
    switch (scheme) {
      case NationalScheme.GAMSTOP: {
        const res = await post(scheme, '/gamstop/v2', {
          firstName: name(person.givenName),
          lastName: name(person.familyName),
          dateOfBirth: person.dateOfBirth,
          ...(person.email && { email: person.email }),
          ...(person.postcode && { postcode: person.postcode }),
        });
        const code = res.headers.get('x-exclusion');
        const answer =
          code === 'Y' ? 'LISTED' : code === 'N' ? 'NOT_LISTED' : code === 'P' ? 'PREVIOUSLY_LISTED' : null;
        if (!answer) throw new SchemeUnavailableError(scheme, `GAMSTOP answered X-Exclusion ${String(code)}`);
        return { answer, schemeAnswer: code! };
      }
      case NationalScheme.SPELPAUS: {
        const res = await post(scheme, '/spelpaus/blocking-status', {
          givenName: name(person.givenName),
          familyName: name(person.familyName),
          dateOfBirth: person.dateOfBirth,
        });
        const { isBlocked } = (await res.json()) as { isBlocked?: unknown };
        if (typeof isBlocked !== 'boolean') throw new SchemeUnavailableError(scheme, 'Spelpaus answered no isBlocked');
        return { answer: isBlocked ? SchemeAnswer.LISTED : SchemeAnswer.NOT_LISTED, schemeAnswer: String(isBlocked) };
      }
      case NationalScheme.OASIS: {
        const res = await post(scheme, '/oasis/sperrabfrage', {
          vorname: name(person.givenName),
          nachname: name(person.familyName),
          geburtsdatum: person.dateOfBirth,
        });
        const { gesperrt } = (await res.json()) as { gesperrt?: unknown };
        if (typeof gesperrt !== 'boolean') throw new SchemeUnavailableError(scheme, 'OASIS answered no gesperrt');
        return { answer: gesperrt ? SchemeAnswer.LISTED : SchemeAnswer.NOT_LISTED, schemeAnswer: String(gesperrt) };
      }
    }
  };
}
