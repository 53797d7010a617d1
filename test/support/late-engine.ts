import { spawn, type ChildProcess } from 'node:child_process';
import net from 'node:net';
import path from 'node:path';

const ROOT = path.resolve(__dirname, '..', '..');

/** A port nothing listens on now (what a dead engine answers: connection refused). */
export async function closedPort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/**
 * An engine that is down until `open()`: a port that refuses connections, then forwards them to the real engine at
 * `target` (a TCP forwarder, so the client sees the engine appear exactly as a restarted one does).
 */
export async function lateEngine(target: { host: string; port: number }) {
  const port = await closedPort();
  const sockets = new Set<net.Socket>();
  const server = net.createServer((client) => {
    const upstream = net.connect(target.port, target.host);
    for (const socket of [client, upstream]) {
      sockets.add(socket);
      socket.on('close', () => sockets.delete(socket));
      socket.on('error', () => undefined); // the other side's close ends both
    }
    client.pipe(upstream).pipe(client);
  });
  return {
    port,
    open: () => new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve)),
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        if (!server.listening) return resolve();
        server.close(() => resolve());
      }),
  };
}

/** One of our processes, run from this checkout as the stack runs it, with `env` on top of the test's own. */
export function startOurProcess(entry: string, env: Record<string, string>): ChildProcess {
  return spawn(process.execPath, ['--import', 'tsx', path.join(ROOT, entry)], {
    cwd: ROOT,
    env: { ...process.env, LOG_LEVEL: 'warn', OTEL_SDK_DISABLED: 'true', ...env },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
}

/** Stops a process started by startOurProcess, and resolves with how it exited. */
export function stopOurProcess(child: ChildProcess): Promise<number | null> {
  if (child.exitCode !== null) return Promise.resolve(child.exitCode);
  return new Promise((resolve) => {
    child.once('exit', (code) => resolve(code));
    child.kill('SIGTERM');
  });
}

/** What a process's `GET /ready` answers (platform/metrics.ts), or undefined while it does not serve yet. */
export async function readinessAt(metricsPort: number) {
  try {
    const response = await fetch(`http://127.0.0.1:${metricsPort}/ready`);
    return {
      status: response.status,
      body: (await response.json()) as { ready: boolean; state: string; engines?: Record<string, string> },
    };
  } catch {
    return undefined;
  }
}

/** Polls `check` every 250 ms until it returns something, or fails after `timeoutMs`. */
export async function eventually<T>(what: string, check: () => Promise<T | undefined>, timeoutMs = 30_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`${what}: not within ${timeoutMs / 1000} s`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}
