import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createRequestLog, isPastBound, tallyRequests, type RequestRecord } from './request-log';

/** A port nothing listens on: one the system just gave out and took back. */
async function closedPort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const { port } = probe.address() as AddressInfo;
  await new Promise((resolve) => probe.close(resolve));
  return port;
}

describe('createRequestLog', () => {
  let server: Server;
  let url: string;

  beforeAll(async () => {
    // A real HTTP server: /ok answers 200, /down 503, /hang never answers.
    server = createServer((req, res) => {
      if (req.url === '/hang') return;
      res
        .writeHead(req.url?.startsWith('/down') ? 503 : 200, { 'content-type': 'application/json' })
        .end('{"ok":true}');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  });

  it('records every request with its kind, route, times and status, or why no answer came', async () => {
    const log = createRequestLog(300);
    await expect(log.request('bet', `${url}/ok`, { method: 'POST' })).resolves.toMatchObject({ status: 200 });
    await expect(log.request('deposit', `${url}/down?x=1`, { method: 'POST' })).resolves.toMatchObject({ status: 503 });
    await expect(log.request('staff', `${url}/hang`)).rejects.toThrow();
    await expect(log.request('probe', `http://127.0.0.1:${await closedPort()}/nothing-listens`)).rejects.toThrow();

    expect(log.requests.map(({ kind, route, status, error }) => ({ kind, route, status, error }))).toEqual([
      { kind: 'bet', route: 'POST /ok', status: 200, error: undefined },
      { kind: 'deposit', route: 'POST /down', status: 503, error: undefined },
      { kind: 'staff', route: 'GET /hang', status: undefined, error: 'no answer in 0.3 s' },
      { kind: 'probe', route: 'GET /nothing-listens', status: undefined, error: 'ECONNREFUSED' },
    ]);
    const hung = log.requests[2]!;
    expect(hung.endedAt - hung.startedAt).toBeGreaterThanOrEqual(290);
  });
});

describe('tallyRequests', () => {
  const r = (kind: RequestRecord['kind'], startedAt: number, tookMs: number, status?: number): RequestRecord => ({
    kind,
    route: 'POST /x',
    startedAt,
    endedAt: startedAt + tookMs,
    ...(status === undefined ? { error: 'ECONNREFUSED' } : { status }),
  });

  it('counts, per kind, the requests started in the window by what they got', () => {
    const requests = [
      r('bet', 100, 10, 200),
      r('bet', 200, 10, 409),
      r('bet', 5_000, 10, 200), // outside
      r('deposit', 150, 20, 503),
      r('deposit', 160, 7_000, 202), // answered after the bound and its slack
      r('deposit', 170, 2), // refused at once: no answer, not past the bound
      r('deposit', 180, 10_000), // gave up after 10 s
    ];
    expect(tallyRequests(requests, 100, 5_000)).toEqual({
      bet: { sent: 2, succeeded: 1, answered503: 0, refused: 1, otherAnswers: 0, noAnswer: 0, pastBound: 0 },
      deposit: { sent: 4, succeeded: 1, answered503: 1, refused: 0, otherAnswers: 0, noAnswer: 2, pastBound: 2 },
    });
    expect(requests.filter(isPastBound)).toHaveLength(2);
  });
});
