import path from 'node:path';
import type { OurProcess } from '../domains/domain-module';
import { domains } from '../domains';
import type { Config } from '../platform/config';

const ROOT = path.resolve(__dirname, '..');

/**
 * The processes of the platform itself: the API (which mounts every domain's routes), the PSP simulator (the
 * outside world) and the outbox relay.
 */
const platformProcesses: readonly OurProcess[] = [
  { name: 'api', entry: 'api/server.ts', description: 'HTTP API and admin UI', metricsPort: 9464 },
  {
    name: 'psp-simulator',
    entry: 'simulators/psp-simulator.ts',
    description:
      'PSP simulator (3 PSPs), KYC provider simulator, and the development identity provider on a local start',
    metricsPort: 9466,
  },
  {
    name: 'outbox-relay',
    entry: 'workers/outbox-relay.ts',
    description: 'publishes the outbox to Kafka',
    metricsPort: 9469,
  },
];

/**
 * Every process of ours that `npm start` supervises, the platform's and each domain's (`domains/index.ts`), in
 * the order of their metrics ports (the order observability/prometheus.yml lists them in).
 */
export const ourProcesses: readonly OurProcess[] = [
  ...platformProcesses,
  ...domains.flatMap((domain) => domain.processes ?? []),
].sort((a, b) => a.metricsPort - b.metricsPort);

/** Where `process` serves /metrics and /ready in a stack whose ports are moved by STACK_PORT_OFFSET. */
export function metricsPortOf(process: OurProcess, config: Pick<Config, 'STACK_PORT_OFFSET'>): number {
  return process.metricsPort + config.STACK_PORT_OFFSET;
}

/** The module that registers the http and pg instrumentations before an entry point requires either. */
export const TELEMETRY_PRELOAD = 'platform/telemetry-preload.mjs';

/**
 * The command that runs `process`: node with tsx's loader (so no build step stands between a change and a run) and
 * the telemetry preload.
 */
export function commandFor(process: OurProcess): { command: string; args: string[] } {
  return {
    command: globalThis.process.execPath,
    args: ['--import', 'tsx', '--import', path.join(ROOT, TELEMETRY_PRELOAD), path.join(ROOT, process.entry)],
  };
}
