import path from 'node:path';

const ROOT = path.resolve(__dirname, '..');

/** One of our own long-running processes; the same names are the services in docker-compose.temporal.yml. */
export interface OurProcess {
  name: string;
  /** TypeScript entry point, run with tsx's loader. */
  entry: string;
  description: string;
}

/** Every process of ours that `npm start` supervises. */
export const ourProcesses: readonly OurProcess[] = [
  { name: 'api', entry: 'api/server.ts', description: 'HTTP API and admin UI' },
  { name: 'ops-worker', entry: 'workers/ops.worker.ts', description: 'Temporal worker, task queue "ops"' },
  { name: 'psp-simulator', entry: 'simulators/psp-simulator.ts', description: 'PSP simulator (3 PSPs)' },
  {
    name: 'payments-worker',
    entry: 'workers/payments.worker.ts',
    description: 'Temporal worker, task queue "payments"',
  },
  { name: 'wallet-worker', entry: 'workers/wallet.worker.ts', description: 'Temporal worker, task queue "wallet"' },
  { name: 'outbox-relay', entry: 'workers/outbox-relay.ts', description: 'publishes the outbox to Kafka' },
  { name: 'ops-probe-consumer', entry: 'workers/ops-probe-consumer.ts', description: 'Kafka consumer, ops.probes' },
];

/** The command that runs `process` (node with tsx's loader, so no build step stands between a change and a run). */
export function commandFor(process: OurProcess): { command: string; args: string[] } {
  return { command: globalThis.process.execPath, args: ['--import', 'tsx', path.join(ROOT, process.entry)] };
}
