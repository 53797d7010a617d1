import { WorkflowUpdateRPCTimeoutOrCancelledError } from '@temporalio/client';
import express from 'express';
import http from 'node:http';
import net from 'node:net';
import type { AddressInfo } from 'node:net';
import { createLogger } from './logger';
import { z } from 'zod';
import { answerClientError, boundAnswerTime, HttpProblemError, parseOrThrow, problemHandler } from './http-errors';

const BOUND_MS = 300;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** A server whose every request is bounded as the API's are, with Express behind it. */
async function serve(app: express.Express) {
  app.use(problemHandler(createLogger('test', 'fatal')));
  const server = http.createServer((req, res) => {
    boundAnswerTime(res, req.url ?? '', BOUND_MS);
    app(req, res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () => new Promise((resolve) => server.close(resolve)),
  };
}

describe('the answer-time bound', () => {
  it('answers 503 ENGINE_TIMEOUT with Retry-After when nothing answered in time, and drops the late answer', async () => {
    let lateAnswers = 0;
    const app = express();
    app.get('/slow', async (_req, res) => {
      await sleep(BOUND_MS * 2);
      lateAnswers += 1;
      res.json({ late: true }); // throws: the bound answered already, and the problem handler lets it go
    });
    const server = await serve(app);
    try {
      const started = Date.now();
      const response = await fetch(`${server.url}/slow`);
      expect(Date.now() - started).toBeLessThan(BOUND_MS * 2);
      expect(response.status).toBe(503);
      expect(response.headers.get('retry-after')).toBe('5');
      expect(response.headers.get('content-type')).toMatch(/^application\/problem\+json/);
      expect(await response.json()).toMatchObject({ status: 503, code: 'ENGINE_TIMEOUT', instance: '/slow' });
      await sleep(BOUND_MS * 2);
      expect(lateAnswers).toBe(1);
    } finally {
      await server.close();
    }
  });

  it('leaves an answer given in time alone', async () => {
    const app = express();
    app.get('/fast', (_req, res) => {
      res.json({ ok: true });
    });
    const server = await serve(app);
    try {
      const response = await fetch(`${server.url}/fast`);
      expect({ status: response.status, body: await response.json() }).toEqual({ status: 200, body: { ok: true } });
      await sleep(BOUND_MS * 1.5); // the bound's timer is gone: nothing else is written
    } finally {
      await server.close();
    }
  });

  it('maps an engine outage to its 503 through the one problem handler', async () => {
    const app = express();
    app.get('/db', () => {
      throw Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:54329'), { code: 'ECONNREFUSED' });
    });
    const server = await serve(app);
    try {
      const response = await fetch(`${server.url}/db`);
      expect(response.status).toBe(503);
      expect(response.headers.get('retry-after')).toBe('5');
      expect(await response.json()).toMatchObject({ code: 'DATABASE_UNAVAILABLE', retryAfterSeconds: 5 });
    } finally {
      await server.close();
    }
  });

  it('answers an Update left without an answer by Temporal with 503 ENGINE_TIMEOUT, not a 500', async () => {
    const app = express();
    app.post('/cancel', () => {
      throw new WorkflowUpdateRPCTimeoutOrCancelledError('Call cancelled', { cause: new Error('1 CANCELLED') });
    });
    const server = await serve(app);
    try {
      const response = await fetch(`${server.url}/cancel`, { method: 'POST' });
      expect(response.status).toBe(503);
      expect(response.headers.get('retry-after')).toBe('5');
      expect(await response.json()).toMatchObject({
        code: 'ENGINE_TIMEOUT',
        detail: /may or may not have taken effect/,
      });
    } finally {
      await server.close();
    }
  });
});

describe('parseOrThrow', () => {
  const schema = z.object({ name: z.string(), tags: z.array(z.string()).optional() });

  it('refuses a NUL character in any string, naming the field, although the schema allows the string', () => {
    const refusal = (() => {
      try {
        parseOrThrow(schema, { name: 'a\u0000b', tags: ['ok', '\u0000'] }, 'query');
      } catch (err) {
        return err;
      }
    })();

    expect(refusal).toBeInstanceOf(HttpProblemError);
    expect(refusal).toMatchObject({
      status: 400,
      extensions: {
        code: 'VALIDATION_FAILED',
        errors: [
          { field: 'query.name', message: 'must not contain the NUL character' },
          { field: 'query.tags.1', message: 'must not contain the NUL character' },
        ],
      },
    });
  });

  it('keeps every other string as it is', () => {
    expect(parseOrThrow(schema, { name: 'ß 😀 \u0001' })).toEqual({ name: 'ß 😀 \u0001' });
  });
});

describe('answerClientError', () => {
  /** What a server answers to `raw` bytes, as text. */
  async function answerTo(raw: string): Promise<string> {
    const server = http.createServer((_req, res) => res.end('ok')).on('clientError', answerClientError);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      const socket = net.connect((server.address() as AddressInfo).port, '127.0.0.1');
      const chunks: Buffer[] = [];
      socket.on('data', (chunk: Buffer) => chunks.push(chunk));
      socket.write(raw);
      await new Promise((resolve) => socket.once('close', resolve));
      return Buffer.concat(chunks).toString('utf8');
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
  }
  const problemOf = (answer: string) => JSON.parse(answer.slice(answer.indexOf('\r\n\r\n') + 4)) as object;

  it('answers headers over the parser limit with a 431 problem, not a bare status line', async () => {
    const answer = await answerTo(`GET /health HTTP/1.1\r\nHost: x\r\nX-Padding: ${'p'.repeat(20_000)}\r\n\r\n`);

    expect(answer).toMatch(/^HTTP\/1\.1 431 .*\r\nContent-Type: application\/problem\+json/);
    expect(problemOf(answer)).toMatchObject({ status: 431, code: 'HEADERS_TOO_LARGE', instance: '/health' });
  });

  it('answers a request that is not HTTP with a 400 problem', async () => {
    const answer = await answerTo('GET /health HTTP/1.1\r\nBad Header Line\r\n\r\n');

    expect(answer).toMatch(/^HTTP\/1\.1 400 /);
    expect(problemOf(answer)).toMatchObject({ status: 400, code: 'MALFORMED_REQUEST', title: 'Malformed request' });
  });
});
