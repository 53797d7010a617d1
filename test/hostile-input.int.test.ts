import type { Client } from '@temporalio/client';
import { randomUUID } from 'node:crypto';
import { withdrawalWorkflowId } from '../contracts/payments';
import { loadConfig } from '../platform/config';
import { connectTemporalClient } from '../platform/temporal';
import { formatReport, fuzzedOperations, runFuzzer } from './support/fuzz/fuzzer';
import { setUpFuzzWorld, type FuzzWorld } from './support/fuzz/fuzz-world';
import { sendRaw } from './support/fuzz/raw-http';
import { newPlayer, sagaResult, waitForStatus } from './support/payments-client';
import { playerAuthorization } from './support/player-tokens';
import type { StaffLogin } from './support/staff-login';

// Hostile input (issue 13, item 7): the schema-driven fuzzer over every operation of the OpenAPI document, with a
// budget that keeps this file within a few minutes (`npm run fuzz` runs more cases, with a random seed), then the bugs it
// found, each held to its fix.
const CASES_PER_OPERATION = Number(process.env.FUZZ_CASES ?? 10);
const SEED = Number(process.env.FUZZ_SEED ?? 13);

let world: FuzzWorld;
let temporal: Client;
beforeAll(async () => {
  world = await setUpFuzzWorld();
  temporal = await connectTemporalClient(loadConfig());
}, 120_000);
afterAll(async () => {
  await temporal?.connection.close();
  await world?.close();
});

it('answers every generated request of every operation without a 5xx or a hang, with problem+json on 4xx and no row written on a refusal', async () => {
  const report = await runFuzzer(world, { casesPerOperation: CASES_PER_OPERATION, seed: SEED });

  if (report.failures.length) throw new Error(formatReport(report));
  expect(report.operations).toBe(fuzzedOperations().length);
  expect(report.perOperation.every((op) => op.cases === CASES_PER_OPERATION)).toBe(true);
  expect(report).toMatchObject({ serverErrors: 0, hangs: 0, nonProblem4xx: 0, rowCountChanges: 0 });
  // Room for the AML domain's 40-odd operations on a busy 2-core machine: the budget per operation is unchanged.
}, 420_000);

describe('what the fuzzer found', () => {
  const headersOf = (login: StaffLogin) => ({ cookie: login.cookie, 'x-csrf-token': login.csrfToken });
  const send = async (method: string, path: string, headers: Record<string, string> = {}, body?: unknown) => {
    const answer = await sendRaw(
      world.baseUrl,
      {
        method,
        path,
        headers: { 'content-type': 'application/json', ...headers },
        ...(body === undefined ? {} : { body: Buffer.from(JSON.stringify(body)) }),
      },
      { timeoutMs: 10_000 },
    );
    return { status: answer.status, json: JSON.parse(answer.text || '{}') as Record<string, unknown> };
  };

  it('refuses a NUL character in a string with 400 VALIDATION_FAILED (Postgres text cannot hold one)', async () => {
    const answer = await send('GET', '/api/audit?actor=a%00b', headersOf(world.staff().operator));

    expect(answer.status).toBe(400);
    expect(answer.json).toMatchObject({
      code: 'VALIDATION_FAILED',
      errors: [{ field: 'query.actor', message: 'must not contain the NUL character' }],
    });
  });

  it('refuses an Update to a withdrawal whose saga has finished with 409, not 500', async () => {
    const playerId = await newPlayer(world.db, { fundsMinor: 10_000 });
    const requested = await send(
      'POST',
      '/player/v1/withdrawals',
      { 'idempotency-key': `fuzz-regression-${randomUUID()}`, ...(await playerAuthorization(playerId, world.db)) },
      { playerId, amountMinor: 2_500, currency: 'EUR', method: 'BANK_TRANSFER', country: 'GB' },
    );
    const withdrawalId = String(requested.json.id);
    await waitForStatus(world.db, withdrawalId, 'AWAITING_APPROVAL');
    const { decider, operator } = world.staff();
    const rejected = await send('POST', `/api/payments/withdrawals/${withdrawalId}/reject`, headersOf(decider), {
      reason: 'fuzzer regression',
    });
    expect(rejected.status).toBe(200);
    await sagaResult(temporal, withdrawalWorkflowId(withdrawalId));

    const retry = await send('POST', `/api/payments/withdrawals/${withdrawalId}/retry-payout`, headersOf(operator));
    const cancel = await send(
      'POST',
      `/player/v1/withdrawals/${withdrawalId}/cancel`,
      await playerAuthorization(playerId, world.db),
      { playerId },
    );

    const finished = { status: 409, json: expect.objectContaining({ detail: 'the payment is no longer in progress' }) };
    expect(retry).toEqual({ ...finished, json: expect.objectContaining({ code: 'NOT_RETRYABLE' }) });
    expect(retry).toEqual(finished);
    expect(cancel).toEqual({ ...finished, json: expect.objectContaining({ code: 'CANCELLATION_NOT_ALLOWED' }) });
    expect(cancel).toEqual(finished);
  });
});
