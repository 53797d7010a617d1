import path from 'node:path';

const ROOT = path.resolve(__dirname, '..');

/** One of our own long-running processes; the same names are the services in docker-compose.temporal.yml. */
export interface OurProcess {
  name: string;
  /** TypeScript entry point, run with tsx's loader. */
  entry: string;
  description: string;
  /** Its Prometheus /metrics port (METRICS_PORT), fixed so observability/prometheus.yml can list every target. */
  metricsPort: number;
}

/** Every process of ours that `npm start` supervises. */
export const ourProcesses: readonly OurProcess[] = [
  { name: 'api', entry: 'api/server.ts', description: 'HTTP API and admin UI', metricsPort: 9464 },
  {
    name: 'ops-worker',
    entry: 'workers/ops.worker.ts',
    description: 'Temporal worker, task queue "ops"',
    metricsPort: 9465,
  },
  {
    name: 'psp-simulator',
    entry: 'simulators/psp-simulator.ts',
    description: 'PSP simulator (3 PSPs)',
    metricsPort: 9466,
  },
  {
    name: 'payments-worker',
    entry: 'workers/payments.worker.ts',
    description: 'Temporal worker, task queue "payments"',
    metricsPort: 9467,
  },
  {
    name: 'wallet-worker',
    entry: 'workers/wallet.worker.ts',
    description: 'Temporal worker, task queue "wallet"',
    metricsPort: 9468,
  },
  {
    name: 'outbox-relay',
    entry: 'workers/outbox-relay.ts',
    description: 'publishes the outbox to Kafka',
    metricsPort: 9469,
  },
  {
    name: 'ops-probe-consumer',
    entry: 'workers/ops-probe-consumer.ts',
    description: 'Kafka consumer, ops.probes',
    metricsPort: 9470,
  },
];

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
