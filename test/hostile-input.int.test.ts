import { formatReport, fuzzedOperations, runFuzzer } from './support/fuzz/fuzzer';
import { setUpFuzzWorld, type FuzzWorld } from './support/fuzz/fuzz-world';
import { sendRaw } from './support/fuzz/raw-http';
import { waitForStatus } from './support/payments-client';

// Hostile input (issue 13, item 7): the schema-driven fuzzer over every operation of the OpenAPI document, with a
// budget that keeps this file near a minute (`npm run fuzz` runs more cases, with a random seed), then the bugs it
// found, each held to its fix.
const CASES_PER_OPERATION = Number(process.env.FUZZ_CASES ?? 12);
const SEED = Number(process.env.FUZZ_SEED ?? 13);

let world: FuzzWorld;
beforeAll(async () => {
  world = await setUpFuzzWorld();
}, 120_000);
afterAll(() => world?.close());

it('answers every generated request of every operation without a 5xx or a hang, with problem+json on 4xx and no row written on a refusal', async () => {
  const report = await runFuzzer(world, { casesPerOperation: CASES_PER_OPERATION, seed: SEED });

  if (report.failures.length) throw new Error(formatReport(report));
  expect(report.operations).toBe(fuzzedOperations().length);
  expect(report.perOperation.every((op) => op.cases === CASES_PER_OPERATION)).toBe(true);
  expect(report).toMatchObject({ serverErrors: 0, hangs: 0, nonProblem4xx: 0, rowCountChanges: 0 });
}, 180_000);

describe('what the fuzzer found', () => {
  const staffHeaders = () => ({
    cookie: world.credentials.staffFor('retryPayout').cookie,
    'x-csrf-token': world.credentials.staffFor('retryPayout').csrfToken,
  });
  const send = (method: string, path: string, headers: Record<string, string> = {}, body?: unknown) =>
    sendRaw(
      world.baseUrl,
      {
        method,
        path,
        headers: { 'content-type': 'application/json', ...headers },
        ...(body === undefined ? {} : { body: Buffer.from(JSON.stringify(body)) }),
      },
      { timeoutMs: 10_000 },
    );

  it('refuses a NUL character in a string with 400 VALIDATION_FAILED (Postgres text cannot hold one)', async () => {
    const answer = await send('GET', '/api/audit?actor=a%00b', staffHeaders());

    expect(answer.status).toBe(400);
    expect(JSON.parse(answer.text)).toMatchObject({
      code: 'VALIDATION_FAILED',
      errors: [{ field: 'query.actor', message: 'must not contain the NUL character' }],
    });
  });

  it('refuses an Update to a withdrawal whose saga has finished with 409, not 500', async () => {
    const [withdrawalId] = world.fixturePayments.withdrawals;
    await waitForStatus(world.db, withdrawalId!, 'PAID');

    const retry = await send('POST', `/api/payments/withdrawals/${withdrawalId}/retry-payout`, staffHeaders());
    const cancel = await send(
      'POST',
      `/player/v1/withdrawals/${withdrawalId}/cancel`,
      {},
      {
        playerId: world.credentials.defaultPlayerId,
      },
    );

    expect([retry.status, JSON.parse(retry.text).code]).toEqual([409, 'NOT_RETRYABLE']);
    expect([cancel.status, JSON.parse(cancel.text).code]).toEqual([409, 'CANCELLATION_NOT_ALLOWED']);
  });
});
