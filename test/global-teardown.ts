/** Stops what the global setup started; a stack that was already running (from `npm start`) keeps running. */
export default async function globalTeardown(): Promise<void> {
  await globalThis.runningStack?.stop();
}
