import http from 'node:http';
import { brotliDecompressSync, gunzipSync, inflateSync } from 'node:zlib';

// A plain node:http client rather than fetch: fetch refuses some of what a fuzzer must send (a body on any
// method, arbitrary Content-Type and Content-Encoding) and cannot pick the local address a request comes from.

/** One request exactly as it goes on the wire. */
export interface RawRequest {
  method: string;
  /** Path and query string. */
  path: string;
  headers: Record<string, string>;
  body?: Buffer;
}

/** What the server answered; `timedOut` when it did not within the limit. */
export interface RawAnswer {
  status: number;
  headers: http.IncomingHttpHeaders;
  text: string;
  timedOut: boolean;
  durationMs: number;
}

function decoded(body: Buffer, encoding: string | undefined): Buffer {
  switch (encoding) {
    case 'gzip':
      return gunzipSync(body);
    case 'br':
      return brotliDecompressSync(body);
    case 'deflate':
      return inflateSync(body);
    default:
      return body;
  }
}

/**
 * Sends `request` to `baseUrl` from `localAddress` (any 127.x address reaches the loopback server, so throttles
 * keyed by source address lock out the fuzzer alone); gives up after `timeoutMs`.
 */
export function sendRaw(
  baseUrl: string,
  request: RawRequest,
  options: { timeoutMs: number; localAddress?: string },
): Promise<RawAnswer> {
  const url = new URL(baseUrl);
  const started = Date.now();
  return new Promise((resolve, reject) => {
    const req = http.request(
      {
        host: url.hostname,
        port: url.port,
        method: request.method,
        path: request.path,
        headers: { ...request.headers, ...(request.body ? { 'content-length': request.body.length } : {}) },
        localAddress: options.localAddress,
        agent: false,
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('error', reject);
        res.on('end', () => {
          clearTimeout(timer);
          let text: string;
          try {
            text = decoded(Buffer.concat(chunks), res.headers['content-encoding']).toString('utf8');
          } catch (err) {
            text = `(undecodable ${res.headers['content-encoding']} body: ${(err as Error).message})`;
          }
          resolve({
            status: res.statusCode ?? 0,
            headers: res.headers,
            text,
            timedOut: false,
            durationMs: Date.now() - started,
          });
        });
      },
    );
    const timer = setTimeout(() => {
      req.destroy();
      resolve({ status: 0, headers: {}, text: '', timedOut: true, durationMs: Date.now() - started });
    }, options.timeoutMs);
    req.on('error', (err) => {
      clearTimeout(timer);
      // The server hanging up without an answer is as bad as a 5xx: report it as an answer of status 0.
      resolve({ status: 0, headers: {}, text: `connection error: ${err.message}`, timedOut: false, durationMs: 0 });
    });
    req.end(request.body);
  });
}
