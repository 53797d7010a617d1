import type { OperationKind } from './drill-options';

/** Every API route answers within this bound, with its result or a 503 when an engine it needs is down (issue 12). */
export const ANSWER_BOUND_MS = 5000;
/**
 * What the drill adds to the bound before it calls a request late: the API's own timer starts after the request
 * arrived and its 503 still has to travel back, on a machine that the drill itself keeps busy.
 */
export const ANSWER_SLACK_MS = 1000;
/** How long the drill's client waits for an answer: twice the bound, so a late answer is told apart from none. */
export const CLIENT_TIMEOUT_MS = 2 * ANSWER_BOUND_MS;

/** Who sent a request: one of the load's operation kinds, the scripted staff, or the drill setting up its players. */
export type RequestKind = OperationKind | 'staff' | 'setup' | 'newcomer' | 'rg';

/** One HTTP request the drill sent to the API, as its client saw it. */
export interface RequestRecord {
  kind: RequestKind;
  /** Method and path, e.g. `POST /player/v1/deposits`. */
  route: string;
  startedAt: number;
  /** When the answer was read, or when the client gave up on it. */
  endedAt: number;
  /** The HTTP status; undefined when no answer came. */
  status?: number;
  /** Why no answer came: `no answer in 10 s`, `ECONNREFUSED` (the API is down), `ECONNRESET`. */
  error?: string;
}

/** An answer the API gave. */
export interface ApiAnswer {
  status: number;
  text: string;
  headers: Headers;
}

/**
 * True when the client waited longer than the bound: an answer that came late, or none at all. A connection refused
 * at once (the API itself was killed) is not: the client knew straight away and could retry.
 */
export const isPastBound = (r: RequestRecord) => r.endedAt - r.startedAt > ANSWER_BOUND_MS + ANSWER_SLACK_MS;

function whyNoAnswer(err: unknown, timeoutMs: number): string {
  // Not `instanceof Error`: the timeout is a DOMException, which may come from another realm (a test sandbox).
  const name = (err as { name?: string }).name;
  if (name === 'TimeoutError' || name === 'AbortError') {
    return `no answer in ${timeoutMs / 1000} s`;
  }
  const cause = (err as { cause?: { code?: string; message?: string } }).cause;
  return cause?.code ?? cause?.message ?? (err as Error).message ?? String(err);
}

/**
 * The drill's HTTP client for the API: every request has a client-side timeout and is recorded with when it was
 * sent, when it was answered and what it answered, so the report can say what each kind of operation got during an
 * engine outage and whether anything was left waiting past the bound.
 */
export function createRequestLog(timeoutMs = CLIENT_TIMEOUT_MS) {
  const requests: RequestRecord[] = [];

  /** Sends one request and records it; throws (after recording) when no answer came. */
  async function request(kind: RequestKind, url: string, init: RequestInit = {}): Promise<ApiAnswer> {
    const route = `${init.method ?? 'GET'} ${new URL(url).pathname}`;
    const startedAt = Date.now();
    try {
      const response = await fetch(url, { ...init, signal: AbortSignal.timeout(timeoutMs) });
      const text = await response.text();
      requests.push({ kind, route, startedAt, endedAt: Date.now(), status: response.status });
      return { status: response.status, text, headers: response.headers };
    } catch (err) {
      requests.push({ kind, route, startedAt, endedAt: Date.now(), error: whyNoAnswer(err, timeoutMs) });
      throw err;
    }
  }

  return { requests, request };
}

export type RequestLog = ReturnType<typeof createRequestLog>;

/** What one kind of request got over a stretch of time. */
export interface KindTally {
  sent: number;
  /** Answered 2xx. */
  succeeded: number;
  answered503: number;
  /** Answered 4xx: refused for what was asked (a limit reached, a time-out), an answer whatever the engines do. */
  refused: number;
  /** Answered anything else (another 5xx). */
  otherAnswers: number;
  /** No answer at all (timeout, connection refused or reset). */
  noAnswer: number;
  /** Waited longer than the bound, answered late or not at all. */
  pastBound: number;
}

/** Tallies, per kind, the requests started in [fromMs, toMs). */
export function tallyRequests(
  requests: readonly RequestRecord[],
  fromMs: number,
  toMs: number,
): Partial<Record<RequestKind, KindTally>> {
  const tallies: Partial<Record<RequestKind, KindTally>> = {};
  for (const r of requests) {
    if (r.startedAt < fromMs || r.startedAt >= toMs) continue;
    const tally = (tallies[r.kind] ??= {
      sent: 0,
      succeeded: 0,
      answered503: 0,
      refused: 0,
      otherAnswers: 0,
      noAnswer: 0,
      pastBound: 0,
    });
    tally.sent += 1;
    if (r.status === undefined) tally.noAnswer += 1;
    else if (r.status >= 200 && r.status < 300) tally.succeeded += 1;
    else if (r.status === 503) tally.answered503 += 1;
    else if (r.status >= 400 && r.status < 500) tally.refused += 1;
    else tally.otherAnswers += 1;
    if (isPastBound(r)) tally.pastBound += 1;
  }
  return tallies;
}
