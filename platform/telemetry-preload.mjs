// Loaded with `node --import tsx --import ./platform/telemetry-preload.mjs <entry>` (stack/processes.ts, the
// Dockerfile, docker-compose.temporal.yml): the http and pg instrumentations only see modules required after them,
// and every entry point requires pg (through platform/db) before its own first line runs. The tracer provider
// itself starts in runProcess, which knows the process's name.
//
// Plain JavaScript, and only on the main thread: worker threads inherit node's `--import` flags, and the Temporal
// worker's workflow thread cannot load TypeScript at that point (nor needs http or pg).
import { isMainThread } from 'node:worker_threads';

if (isMainThread) {
  const { registerTracingInstrumentations } = await import('./telemetry.ts');
  registerTracingInstrumentations();
}
