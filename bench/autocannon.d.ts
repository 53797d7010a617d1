// autocannon ships no type definitions; these cover the part of its programmatic API that the benchmarks use
// (see node_modules/autocannon/README.md).
declare module 'autocannon' {
  import type { EventEmitter } from 'node:events';

  namespace autocannon {
    /** One HTTP request as autocannon builds it. */
    interface Request {
      method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
      path?: string;
      headers?: Record<string, string>;
      body?: string | Buffer;
    }

    /** Per-connection state, carried from one request of the sequence to the next and reset when it restarts. */
    type RequestContext = Record<string, unknown>;

    /** A step of the request sequence every connection loops over. */
    interface RequestStep extends Request {
      /** Builds the request just before it is sent; a falsy result restarts the sequence. */
      setupRequest?: (request: Request, context: RequestContext) => Request | undefined;
      onResponse?: (status: number, body: string, context: RequestContext, headers: Record<string, unknown>) => void;
    }

    interface Options {
      url: string;
      connections?: number;
      /** Seconds. */
      duration?: number;
      pipelining?: number;
      /** Seconds before a request counts as timed out. */
      timeout?: number;
      requests?: RequestStep[];
    }

    /** An hdr-histogram summary; latencies in milliseconds. */
    interface Histogram {
      average: number;
      stddev: number;
      min: number;
      max: number;
      p50: number;
      p90: number;
      p99: number;
      p99_9: number;
    }

    interface Result {
      /** Seconds the run took. */
      duration: number;
      errors: number;
      timeouts: number;
      non2xx: number;
      totalCompletedRequests: number;
      statusCodeStats: Record<string, { count: number }>;
      latency: Histogram;
      requests: Histogram;
    }

    interface Instance extends EventEmitter {
      stop(): void;
      on(
        event: 'response',
        listener: (client: unknown, statusCode: number, resBytes: number, ms: number) => void,
      ): this;
      on(event: 'tick', listener: (sample: { counter: number; bytes: number }) => void): this;
      on(event: 'done', listener: (result: Result) => void): this;
    }
  }

  function autocannon(
    options: autocannon.Options,
    callback: (err: Error | null, result: autocannon.Result) => void,
  ): autocannon.Instance;

  export = autocannon;
}
