import { spawn } from 'node:child_process';
import readline from 'node:readline';

/** Console output for the stack: one line per step with its duration, so long first-run steps show progress. */
export function step(message: string): { done: (suffix?: string) => void; update: (line: string) => void } {
  const started = Date.now();
  const tty = process.stdout.isTTY;
  process.stdout.write(`▶ ${message}${tty ? '' : '\n'}`);
  let lastUpdate = 0;
  return {
    update(line: string) {
      const now = Date.now();
      if (now - lastUpdate < 1000) return; // at most one progress line a second
      lastUpdate = now;
      const seconds = Math.round((now - started) / 1000);
      if (tty) process.stdout.write(`\r\x1b[2K▶ ${message} [${seconds}s] ${line.slice(0, 80)}`);
      else process.stdout.write(`  … [${seconds}s] ${line.slice(0, 120)}\n`);
    },
    done(suffix = '') {
      const seconds = ((Date.now() - started) / 1000).toFixed(1);
      if (tty) process.stdout.write(`\r\x1b[2K`);
      process.stdout.write(`${tty ? '' : '  '}✔ ${message} (${seconds}s)${suffix ? ` ${suffix}` : ''}\n`);
    },
  };
}

export function info(message: string): void {
  process.stdout.write(`${message}\n`);
}

/** Polls `check` until it resolves true or `timeoutMs` passes; then throws with `what` in the message. */
export async function waitFor(what: string, check: () => Promise<boolean>, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await check().catch(() => false)) return;
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`${what} did not become ready within ${timeoutMs / 1000} s`);
}

/** Runs a command to completion, feeding each output line to `onLine`; a failure carries the last 20 lines. */
export function runWithProgress(
  command: string,
  args: string[],
  onLine: (line: string) => void = () => undefined,
  env?: NodeJS.ProcessEnv,
): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, ...env } });
    const tail: string[] = [];
    for (const stream of [child.stdout, child.stderr]) {
      readline.createInterface({ input: stream }).on('line', (line) => {
        tail.push(line);
        if (tail.length > 20) tail.shift();
        onLine(line);
      });
    }
    child.on('error', reject);
    child.on('exit', (code) =>
      code === 0 ? resolve() : reject(new Error(`${command} exited with ${code}:\n${tail.join('\n')}`)),
    );
  });
}
