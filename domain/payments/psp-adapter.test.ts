import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { PspOutcomeClass } from '../../contracts/payments';
import { createHttpPspAdapter, PspRequestRejectedError, type PspOrder } from './psp-adapter';

// The adapter against a real HTTP server that answers every call with one status: what each answer means for the saga.
async function withPspAnswering(status: number, body: string, run: (baseUrl: string) => Promise<void>) {
  const server = http.createServer((_req, res) =>
    res.writeHead(status, { 'content-type': 'application/json' }).end(body),
  );
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  try {
    await run(`http://127.0.0.1:${(server.address() as AddressInfo).port}`);
  } finally {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  }
}

const order: PspOrder = {
  attemptId: 'wd_1-a1',
  operation: 'PAYOUT',
  amountMinor: 1000,
  currency: 'EUR',
  playerId: 'pl_1',
  country: 'GB',
  method: 'BANK_TRANSFER',
};

describe('HTTP PSP adapter', () => {
  it.each([500, 504])(
    'reads HTTP %i as an unknown outcome (TIMEOUT), never as a refusal: the PSP may have acted',
    (status) =>
      withPspAnswering(status, '{"error":"internal_error"}', async (baseUrl) => {
        const answer = await createHttpPspAdapter({ psp: 'instantbank', baseUrl }).send(order);
        expect(answer.outcome).toBe(PspOutcomeClass.TIMEOUT);
      }),
  );

  it.each([502, 503])('reads HTTP %i as an outage, so the saga fails over', (status) =>
    withPspAnswering(status, '', async (baseUrl) => {
      const answer = await createHttpPspAdapter({ psp: 'instantbank', baseUrl }).send(order);
      expect(answer.outcome).toBe(PspOutcomeClass.OUTAGE);
    }),
  );

  it('refuses a 4xx: the request itself was wrong, and retrying cannot help', () =>
    withPspAnswering(422, '{"error":"bad_request"}', async (baseUrl) => {
      await expect(createHttpPspAdapter({ psp: 'instantbank', baseUrl }).send(order)).rejects.toBeInstanceOf(
        PspRequestRejectedError,
      );
    }));
});
