import type { Client } from '@temporalio/client';
import type { Admin } from 'kafkajs';
import type { Queryable } from './db';

/** The state of one dependency, as `/health` and `npm run status` report it. */
export interface DependencyHealth {
  status: 'up' | 'down';
  latencyMs: number;
  detail?: string;
}

export interface HealthReport {
  status: 'ok' | 'degraded';
  checks: Record<'postgres' | 'temporal' | 'kafka', DependencyHealth>;
}

export interface HealthDeps {
  db: Queryable;
  /** Undefined when no connection to Temporal could be made at all. */
  temporal: Client | undefined;
  kafkaAdmin: Admin;
}

async function timed(check: () => Promise<string | undefined>, timeoutMs = 3000): Promise<DependencyHealth> {
  const started = Date.now();
  try {
    const detail = await Promise.race([
      check(),
      new Promise<never>((_, reject) => setTimeout(() => reject(new Error(`no answer in ${timeoutMs} ms`)), timeoutMs)),
    ]);
    return { status: 'up', latencyMs: Date.now() - started, ...(detail ? { detail } : {}) };
  } catch (err) {
    return { status: 'down', latencyMs: Date.now() - started, detail: (err as Error).message };
  }
}

/** Asks each engine a real question (a query, a system-info call, a cluster description), all at once. */
export async function checkHealth({ db, temporal, kafkaAdmin }: HealthDeps): Promise<HealthReport> {
  const [postgres, temporalHealth, kafka] = await Promise.all([
    timed(async () => {
      const { rows } = await db.query<{ server_version: string }>('SHOW server_version');
      return `PostgreSQL ${rows[0]?.server_version}`;
    }),
    timed(async () => {
      if (!temporal) throw new Error('no connection to Temporal');
      const info = await temporal.workflowService.getSystemInfo({});
      return `Temporal server ${info.serverVersion}, namespace ${temporal.options.namespace}`;
    }),
    timed(async () => {
      const cluster = await kafkaAdmin.describeCluster();
      return `Kafka cluster ${cluster.clusterId}, ${cluster.brokers.length} broker(s)`;
    }),
  ]);
  const checks = { postgres, temporal: temporalHealth, kafka };
  const allUp = Object.values(checks).every((c) => c.status === 'up');
  return { status: allUp ? 'ok' : 'degraded', checks };
}
