import type { Logger } from '../../platform/logger';

/** A running background loop; `stop` resolves once the round in progress has finished. */
export interface BackgroundLoop {
  stop(): Promise<void>;
}

/**
 * Runs `round` again and again: at once while it reports more work waiting, otherwise every `idleMs`, and a
 * second after a failure (Postgres restarting, say), which is logged and never ends the loop.
 */
export function startBackgroundLoop(options: {
  name: string;
  round: () => Promise<boolean>;
  idleMs: number;
  logger: Logger;
}): BackgroundLoop {
  let stopped = false;
  let wake: (() => void) | undefined;
  const sleep = (ms: number) =>
    new Promise<void>((resolve) => {
      const timer = setTimeout(resolve, ms);
      wake = () => {
        clearTimeout(timer);
        resolve();
      };
    });
  const running = (async () => {
    while (!stopped) {
      let pause: number;
      try {
        pause = (await options.round()) ? 0 : options.idleMs;
      } catch (err) {
        options.logger.error({ err, loop: options.name }, 'background round failed; retrying');
        pause = 1_000;
      }
      if (!stopped && pause > 0) await sleep(pause);
    }
  })();
  return {
    stop: async () => {
      stopped = true;
      wake?.();
      await running;
    },
  };
}
