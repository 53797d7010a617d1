/**
 * Polls `probe` every 250 ms until it answers something other than undefined, and answers that; throws, naming
 * `what`, when `timeoutMs` passes first. Tests wait for the condition that matters this way, never for a fixed time.
 */
export async function until<T>(what: string, probe: () => Promise<T | undefined>, timeoutMs = 60_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`${what} did not happen within ${timeoutMs / 1000} s`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}
