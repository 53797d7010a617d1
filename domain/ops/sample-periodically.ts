/**
 * Runs `sample` now and then every `intervalMs`, reporting failures to `onError`; the timer never keeps a process
 * alive on its own. Returns the timer, for `clearInterval`.
 */
export function samplePeriodically(
  sample: () => Promise<void>,
  intervalMs: number,
  onError: (err: unknown) => void,
): NodeJS.Timeout {
  const tick = () => void sample().catch(onError);
  tick();
  const timer = setInterval(tick, intervalMs);
  timer.unref();
  return timer;
}
