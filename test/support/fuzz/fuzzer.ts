import fc from 'fast-check';
import { buildOpenApiDocument } from '../../../api/openapi/openapi-document';
import type { FuzzWorld } from './fuzz-world';
import type { OutgoingRequest } from './auth-schemes';
import { sendRaw, type RawAnswer } from './raw-http';
import { caseArbitrary, operationsOf, requestOf, type FuzzCase, type FuzzOperation } from './request-cases';
import { countChanges, countRows, scopeOf, settle, type RowScope } from './row-counts';

/** How much to fuzz. */
export interface FuzzOptions {
  casesPerOperation: number;
  seed: number;
  /** Only the operations whose id matches. */
  operationFilter?: RegExp;
  /** The longest an answer may take before it counts as a hang (the API bounds itself at 5 s). */
  timeoutMs?: number;
  /** A line per operation as it finishes. */
  onProgress?: (line: string) => void;
}

/** A case that broke a rule, with what it takes to send it again. */
export interface FuzzFailure {
  rule: 'server error' | 'hang' | 'not problem+json' | 'row counts changed';
  operationId: string;
  caseIndex: number;
  seed: number;
  kind: FuzzCase['kind'];
  note: string;
  auth: string;
  request: { method: string; path: string; headers: Record<string, string>; body?: string };
  answer: { status: number; contentType: string; text: string };
  details: string[];
}

/** What a run found. */
export interface FuzzReport {
  operations: number;
  cases: number;
  serverErrors: number;
  hangs: number;
  nonProblem4xx: number;
  rowCountChanges: number;
  /** Refused requests whose scope kept changing without them (a saga of an earlier accepted request): unjudged. */
  inconclusive: number;
  seed: number;
  durationMs: number;
  perOperation: { operationId: string; cases: number; statuses: Record<string, number> }[];
  failures: FuzzFailure[];
}

/** How long after an accepted request the ids it named may still see its saga's writes. */
const BUSY_MS = 5_000;
/** A scope that changes again within this, with no request of ours, is moving by itself. */
const QUIET_CHECK_MS = 1_000;

const preview = (text: string, max = 400) =>
  text.length > max ? `${text.slice(0, max)}… (${text.length} chars)` : text;

/** Why a 4xx answer is not an RFC 9457 problem with type, title, status and detail. */
export function problemJsonFaults(answer: Pick<RawAnswer, 'status' | 'headers' | 'text'>): string[] {
  const contentType = String(answer.headers['content-type'] ?? '');
  const faults: string[] = [];
  if (!/^application\/problem\+json\b/i.test(contentType)) faults.push(`content-type is "${contentType}"`);
  let body: Record<string, unknown>;
  try {
    body = JSON.parse(answer.text) as Record<string, unknown>;
  } catch {
    return [...faults, `the body is not JSON: ${preview(answer.text, 120)}`];
  }
  if (!body || typeof body !== 'object' || Array.isArray(body)) return [...faults, 'the body is not an object'];
  for (const member of ['type', 'title', 'detail'])
    if (typeof body[member] !== 'string') faults.push(`${member} is ${JSON.stringify(body[member])}`);
  if (body.status !== answer.status) faults.push(`status is ${JSON.stringify(body.status)}, not ${answer.status}`);
  return faults;
}

/** The seed of one operation's cases: a run's seed and the operation's id, so a filter changes no case. */
export function operationSeed(seed: number, operationId: string): number {
  let hash = seed | 0;
  for (const char of operationId) hash = (Math.imul(hash, 31) + char.charCodeAt(0)) | 0;
  return hash;
}

/** The operations a run covers. */
export function fuzzedOperations(filter?: RegExp): FuzzOperation[] {
  return operationsOf(buildOpenApiDocument()).filter((op) => !filter || filter.test(op.operationId));
}

/**
 * Sends `casesPerOperation` generated requests to every operation of the OpenAPI document, one at a time, and checks
 * each answer: never a 5xx or a hang, every 4xx a problem+json, and no row added or removed in what a refused
 * request could reach.
 */
export async function runFuzzer(world: FuzzWorld, options: FuzzOptions): Promise<FuzzReport> {
  const started = Date.now();
  const document = buildOpenApiDocument();
  const operations = operationsOf(document).filter(
    (op) => !options.operationFilter || options.operationFilter.test(op.operationId),
  );
  const report: FuzzReport = {
    operations: operations.length,
    cases: 0,
    serverErrors: 0,
    hangs: 0,
    nonProblem4xx: 0,
    rowCountChanges: 0,
    inconclusive: 0,
    seed: options.seed,
    durationMs: 0,
    perOperation: [],
    failures: [],
  };
  // When an accepted request last named each id: its saga may write for a while after it answered.
  const acceptedAt = new Map<string, number>();
  const recentlyAccepted = (scope: RowScope) =>
    [...scope.playerIds, ...scope.paymentIds].some((id) => Date.now() - (acceptedAt.get(id) ?? 0) < BUSY_MS);
  for (const op of operations) {
    const seed = operationSeed(options.seed, op.operationId);
    const cases = fc.sample(caseArbitrary(op, document, world.hints), { seed, numRuns: options.casesPerOperation });
    const statuses: Record<string, number> = {};
    const send = (request: OutgoingRequest) =>
      sendRaw(world.baseUrl, request, { timeoutMs: options.timeoutMs ?? 10_000, localAddress: world.localAddress });
    if (op.security.includes('staffSession')) {
      const probeCase = cases.find((c) => c.kind === 'valid') ?? cases[0]!;
      await world.chooseStaffFor(op.operationId, async () =>
        send(await requestOf(op, { ...probeCase, auth: 'valid' }, world.credentials)),
      );
      await world.renewEndedSessions();
    }
    for (const [caseIndex, fuzzCase] of cases.entries()) {
      const request = await requestOf(op, fuzzCase, world.credentials);
      const requestText = `${request.path} ${request.body?.toString('utf8') ?? ''}`;
      const scope = scopeOf(requestText, world.fixtureScope);
      if (recentlyAccepted(scope)) await settle(world.db, scope);
      const before = await countRows(world.db, scope);
      const answer = await send(request);
      const statusKey = answer.timedOut ? 'hang' : String(answer.status);
      statuses[statusKey] = (statuses[statusKey] ?? 0) + 1;
      report.cases += 1;

      const fail = (rule: FuzzFailure['rule'], details: string[]) =>
        report.failures.push({
          rule,
          operationId: op.operationId,
          caseIndex,
          seed,
          kind: fuzzCase.kind,
          note: fuzzCase.note,
          auth: fuzzCase.auth,
          request: {
            method: request.method,
            path: preview(request.path, 300),
            headers: Object.fromEntries(Object.entries(request.headers).map(([k, v]) => [k, preview(v, 120)])),
            ...(request.body ? { body: preview(request.body.toString('utf8')) } : {}),
          },
          answer: {
            status: answer.status,
            contentType: String(answer.headers['content-type'] ?? ''),
            text: preview(answer.text),
          },
          details,
        });

      if (answer.timedOut) {
        report.hangs += 1;
        fail('hang', [`no answer within ${options.timeoutMs ?? 10_000} ms`]);
      } else if (answer.status >= 500 || answer.status < 100) {
        report.serverErrors += 1;
        fail('server error', []);
      } else if (answer.status >= 400) {
        const faults = problemJsonFaults(answer);
        if (faults.length) {
          report.nonProblem4xx += 1;
          fail('not problem+json', faults);
        }
      }
      // A refusal is a 4xx (or worse); a 3xx (304 to a conditional GET) answered the request.
      if (answer.status >= 200 && answer.status < 400) {
        if (op.method !== 'GET') {
          // An accepted write may start a saga that goes on writing: let it finish before the next check.
          const named = scopeOf(`${requestText} ${answer.text}`, world.fixtureScope);
          for (const id of [...named.playerIds, ...named.paymentIds]) acceptedAt.set(id, Date.now());
          await settle(world.db, named, 400);
          if (op.security.includes('staffSession')) await world.renewEndedSessions();
        }
      } else {
        const after = await countRows(world.db, scope);
        const changes = countChanges(before, after);
        if (changes.length) {
          await new Promise((resolve) => setTimeout(resolve, QUIET_CHECK_MS));
          if (countChanges(after, await countRows(world.db, scope)).length) report.inconclusive += 1;
          else {
            report.rowCountChanges += 1;
            fail('row counts changed', changes);
          }
        }
      }
    }
    report.perOperation.push({ operationId: op.operationId, cases: cases.length, statuses });
    const summary = Object.entries(statuses)
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([status, count]) => `${status}×${count}`)
      .join(' ');
    options.onProgress?.(
      `${op.method.padEnd(4)} ${op.template.padEnd(48)} ${String(cases.length).padStart(5)} cases  ${summary}`,
    );
  }
  report.durationMs = Date.now() - started;
  return report;
}

/** The table of cases per operation, and every failure with what reproduces it. */
export function formatReport(report: FuzzReport): string {
  const width = Math.max(...report.perOperation.map((o) => o.operationId.length), 9);
  const lines = [
    `${'operation'.padEnd(width)}  cases  answers`,
    ...report.perOperation.map(
      (o) =>
        `${o.operationId.padEnd(width)}  ${String(o.cases).padStart(5)}  ${Object.entries(o.statuses)
          .sort(([a], [b]) => a.localeCompare(b))
          .map(([status, count]) => `${status}×${count}`)
          .join(' ')}`,
    ),
  ];
  for (const failure of report.failures) {
    lines.push(
      '',
      `FAILED ${failure.rule}: ${failure.operationId} case ${failure.caseIndex} (${failure.kind}: ${failure.note}; auth ${failure.auth})`,
      `  reproduce: npm run fuzz -- --seed ${report.seed} --operation '^${failure.operationId}$' --cases ${failure.caseIndex + 1}`,
      `  request: ${JSON.stringify(failure.request)}`,
      `  answer: ${JSON.stringify(failure.answer)}`,
      ...failure.details.map((d) => `  ${d}`),
    );
  }
  return lines.join('\n');
}
