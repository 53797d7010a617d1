import type { Logger } from './logger';

/** The first wait after a failed try; it doubles up to RECONNECT_MAX_DELAY_MS. */
const RECONNECT_FIRST_DELAY_MS = 500;
/** Capped at a few seconds: a restarted engine is found soon after it is back, and nobody waits for minutes. */
const RECONNECT_MAX_DELAY_MS = 5_000;

/** The wait after the `failures`-th failed try in a row (1 for the first): 0.5 s doubling to 5 s. */
export function reconnectDelayMs(failures: number): number {
  return Math.min(RECONNECT_MAX_DELAY_MS, RECONNECT_FIRST_DELAY_MS * 2 ** Math.max(0, failures - 1));
}

/** Resolves after `ms`, or at once when `signal` aborts. */
export function pause(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    if (signal.aborted) return resolve();
    const timer = setTimeout(done, ms);
    signal.addEventListener('abort', done, { once: true });
    function done() {
      clearTimeout(timer);
      signal.removeEventListener('abort', done);
      resolve();
    }
  });
}

/**
 * Tries `attempt` until it succeeds, waiting 0.5 s doubling to 5 s between tries, so that a process outlives the
 * outage of an engine in-process instead of exiting into the supervisor's backoff. `onFailure` hears of every failed
 * try (to say on `/ready` what the process waits for). Resolves undefined if `signal` aborts first.
 */
export async function retryUntilUp<T>(
  what: string,
  attempt: () => Promise<T>,
  options: { logger: Logger; signal: AbortSignal; onFailure?: (err: unknown) => void },
): Promise<T | undefined> {
  for (let tries = 0; !options.signal.aborted; tries += 1) {
    try {
      return await attempt();
    } catch (err) {
      options.onFailure?.(err);
      const delayMs = reconnectDelayMs(tries + 1);
      // The first failure at warn, then one line a minute or so: an outage of an hour must not flood the log.
      if (tries === 0 || tries % 12 === 0)
        options.logger.warn({ err, tries: tries + 1, delayMs }, `${what} failed; retrying`);
      await pause(delayMs, options.signal);
    }
  }
  return undefined;
}
