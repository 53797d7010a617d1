import { readFileSync } from 'node:fs';
import path from 'node:path';
import { collectDefaultMetrics, Registry } from 'prom-client';
import { parse } from 'yaml';
import { AT_RISK_RATIO, sloTargetsFor } from '../domain/ops/slo-targets';
import { configSchema } from '../platform/config';
import { sloMetrics } from '../platform/slo-metrics';
import { ourProcesses } from './processes';

// observability/ is read by Prometheus and Grafana, not by our code: these checks keep it true to the code, so
// that a renamed metric or a moved port fails here rather than as an empty panel on the day it is needed.

const ROOT = path.resolve(__dirname, '..');
const read = (file: string) => readFileSync(path.join(ROOT, file), 'utf8');

interface ScrapeConfig {
  job_name: string;
  metrics_path?: string;
  static_configs: { targets: string[] }[];
}
const prometheus = parse(read('observability/prometheus.yml')) as { scrape_configs: ScrapeConfig[] };

interface Panel {
  id: number;
  type: string;
  title: string;
  datasource?: { type: string; uid: string };
  gridPos: { h: number; w: number; x: number; y: number };
  targets?: { expr: string; refId: string }[];
  fieldConfig?: { defaults: { thresholds?: { steps: { color: string; value: number | null }[] } } };
  panels?: Panel[];
}
const dashboard = JSON.parse(read('observability/grafana-dashboard.json')) as {
  uid: string;
  title: string;
  schemaVersion: number;
  panels: Panel[];
  templating: { list: { name: string; type: string }[] };
};
const allPanels = dashboard.panels.flatMap((p) => [p, ...(p.panels ?? [])]);
const queryPanels = allPanels.filter((p) => p.type !== 'row');
const expressions = queryPanels.flatMap((p) => (p.targets ?? []).map((t) => t.expr));

const PROMQL_WORDS = new Set(['and', 'or', 'unless', 'bool', 'offset', 'by', 'without', 'on', 'ignoring']);
const PROMQL_WORDS_2 = new Set(['group_left', 'group_right', 'inf', 'nan']);

/** The series names a PromQL expression selects: what is left once labels, ranges, groupings and calls are gone. */
function seriesNamesIn(expr: string): string[] {
  const bare = expr
    .replace(/"(?:[^"\\]|\\.)*"/g, '""')
    .replace(/\{[^}]*\}/g, ' ')
    .replace(/\[[^\]]*\]/g, ' ')
    .replace(/\b(by|without|on|ignoring|group_left|group_right)\s*\([^)]*\)/g, ' ');
  const names = bare.match(/(?<![\w.$:])[a-zA-Z_:][\w:]*(?![\w:])(?!\s*\()/g) ?? [];
  return names.filter((name) => !PROMQL_WORDS.has(name) && !PROMQL_WORDS_2.has(name.toLowerCase()));
}

/** Series names a metric family yields in the text exposition format. */
function seriesOf(family: string, type: string): string[] {
  if (type === 'histogram') return [`${family}_bucket`, `${family}_sum`, `${family}_count`];
  if (type === 'summary') return [family, `${family}_sum`, `${family}_count`];
  return [family];
}

/** Families our processes expose: the SLO metrics and prom-client's process metrics, as the code defines them. */
async function ourFamilies(): Promise<{ name: string; type: string }[]> {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry });
  for (const metric of Object.values(sloMetrics)) registry.registerMetric(metric);
  return (await registry.getMetricsAsJSON()).map((m) => ({ name: m.name, type: String(m.type) }));
}

/** Families the Temporal SDK exposed on our workers' /metrics when captured (see the file's header). */
function capturedTemporalFamilies(): { name: string; type: string }[] {
  return read('observability/temporal-sdk-metrics.txt')
    .split('\n')
    .filter((line) => line.trim() && !line.startsWith('#'))
    .map((line) => {
      const [name, type] = line.trim().split(/\s+/);
      return { name: name!, type: type! };
    });
}

describe('observability/prometheus.yml', () => {
  it('has one job per process of ours, named after it, on its metrics port', () => {
    const jobs = prometheus.scrape_configs.map((job) => ({
      name: job.job_name,
      targets: job.static_configs.flatMap((c) => c.targets),
      path: job.metrics_path ?? '/metrics',
    }));
    expect(jobs).toEqual(
      ourProcesses.map((p) => ({ name: p.name, targets: [`127.0.0.1:${p.metricsPort}`], path: '/metrics' })),
    );
  });

  it('gives every process a port of its own', () => {
    const ports = ourProcesses.map((p) => p.metricsPort);
    expect(new Set(ports).size).toBe(ports.length);
    expect(ports).not.toContain(configSchema.shape.API_PORT.parse(undefined));
  });
});

describe('docker-compose.temporal.yml', () => {
  const compose = parse(read('docker-compose.temporal.yml'), { merge: true }) as {
    services: Record<string, { environment?: Record<string, string | number> }>;
  };

  it.each(ourProcesses.map((p) => [p.name, p.metricsPort] as const))(
    'serves %s metrics on port %i on all interfaces, as the local stack does',
    (name, port) => {
      expect(compose.services[name]?.environment).toMatchObject({ METRICS_PORT: port, METRICS_HOST: '0.0.0.0' });
    },
  );
});

describe('observability/grafana-dashboard.json', () => {
  it('is an importable dashboard: uid, title, schema, a Prometheus data source variable, unique panel ids', () => {
    expect(dashboard).toMatchObject({ uid: expect.any(String), title: expect.any(String) });
    expect(dashboard.schemaVersion).toBeGreaterThanOrEqual(36);
    expect(dashboard.templating.list).toContainEqual(
      expect.objectContaining({ name: 'datasource', type: 'datasource' }),
    );
    const ids = allPanels.map((p) => p.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const panel of queryPanels) {
      expect(panel.datasource).toEqual({ type: 'prometheus', uid: '${datasource}' });
      expect(panel.targets?.length).toBeGreaterThan(0);
      expect(panel.gridPos.x + panel.gridPos.w).toBeLessThanOrEqual(24);
    }
  });

  it('uses only variables it defines', () => {
    const defined = new Set(dashboard.templating.list.map((v) => v.name));
    const used = expressions.flatMap((e) => [...e.matchAll(/\$(\w+)/g)].map((m) => m[1]!));
    expect(used.filter((name) => !name.startsWith('__') && !defined.has(name))).toEqual([]);
  });

  it('queries only metrics that our code or the Temporal SDK exports', async () => {
    const known = new Set(
      [...(await ourFamilies()), ...capturedTemporalFamilies(), { name: 'up', type: 'gauge' }].flatMap((f) =>
        seriesOf(f.name, f.type),
      ),
    );
    const used = new Set(expressions.flatMap(seriesNamesIn));
    expect(used.size).toBeGreaterThan(20);
    expect([...used].filter((name) => !known.has(name))).toEqual([]);
  });

  it('shows every SLO metric and the Temporal schedule-to-start latencies, failures and slots', () => {
    const used = new Set(expressions.flatMap(seriesNamesIn));
    for (const family of ['igaming_deposit_end_to_end_seconds', 'igaming_bet_acceptance_seconds']) {
      expect(used).toContain(`${family}_bucket`);
    }
    expect([...used]).toEqual(
      expect.arrayContaining([
        'igaming_payout_seconds_bucket',
        'igaming_withdrawal_approval_wait_seconds_bucket',
        'igaming_outbox_lag_seconds',
        'igaming_outbox_unpublished_events',
        'igaming_kafka_consumer_lag_messages',
        'temporal_workflow_task_schedule_to_start_latency_seconds_bucket',
        'temporal_activity_schedule_to_start_latency_seconds_bucket',
        'temporal_activity_execution_failed_total',
        'temporal_worker_task_slots_available',
        'process_cpu_seconds_total',
        'process_resident_memory_bytes',
      ]),
    );
  });

  it('counts what every replica reports once, and leaves unsigned wallet calls out of the bet SLO', () => {
    // Every outbox-relay copy (standbys too) measures the same outbox, and every consumer replica reports its whole
    // group's lag: summing them would count one backlog once per replica.
    const of = (family: string) => expressions.filter((e) => seriesNamesIn(e).includes(family));
    for (const family of ['igaming_outbox_lag_seconds', 'igaming_outbox_unpublished_events']) {
      expect(of(family).length).toBeGreaterThan(0);
      for (const expr of of(family)) expect(expr).toBe(`max(${family})`);
    }
    const lag = of('igaming_kafka_consumer_lag_messages');
    expect(lag.length).toBeGreaterThan(0);
    for (const expr of lag) {
      expect(expr).toContain('max by (group, topic, partition) (igaming_kafka_consumer_lag_messages)');
    }
    const bets = [...of('igaming_bet_acceptance_seconds_bucket'), ...of('igaming_bet_acceptance_seconds_count')];
    expect(bets.length).toBeGreaterThan(0);
    for (const expr of bets) expect(expr).toMatch(/igaming_bet_acceptance_seconds_\w+\{result!="unauthenticated"\}/);
  });

  it("draws each SLO's thresholds where the Operations page judges it", () => {
    const targets = sloTargetsFor({
      approvalSlaSeconds: configSchema.shape.WITHDRAWAL_APPROVAL_SLA_SECONDS.parse(undefined),
    });
    const targetOf: Record<string, number> = {
      igaming_deposit_end_to_end_seconds_bucket: targets.depositEndToEndP95Seconds,
      igaming_bet_acceptance_seconds_bucket: targets.betAcceptanceP99Seconds,
      igaming_payout_seconds_bucket: targets.payoutP95Seconds,
      igaming_withdrawal_approval_wait_seconds_bucket: targets.approvalWaitP95Seconds,
      igaming_outbox_lag_seconds: targets.outboxLagSeconds,
      igaming_kafka_consumer_lag_messages: targets.consumerLagMessages,
    };
    const judged = queryPanels.filter((p) => (p.fieldConfig?.defaults.thresholds?.steps.length ?? 0) > 1);
    const seen = new Set<string>();
    for (const panel of judged) {
      const slo = panel.targets!.flatMap((t) => seriesNamesIn(t.expr)).find((name) => name in targetOf);
      if (!slo) continue;
      seen.add(slo);
      const steps = panel.fieldConfig!.defaults.thresholds!.steps;
      expect({ panel: panel.title, steps: steps.map((s) => s.value) }).toEqual({
        panel: panel.title,
        steps: [null, expect.closeTo(targetOf[slo]! * AT_RISK_RATIO, 6), targetOf[slo]],
      });
    }
    expect([...seen].sort()).toEqual(Object.keys(targetOf).sort());
  });
});

describe('seriesNamesIn', () => {
  it('finds the series and leaves out functions, labels, groupings and numbers', () => {
    expect(
      seriesNamesIn(
        'histogram_quantile(0.95, sum by (le, task_queue) (rate(x_bucket{task_queue=~"$q", a="b{c}"}[$__rate_interval]))) / clamp_min(y_total, 1e-9) and on (job) up',
      ),
    ).toEqual(['x_bucket', 'y_total', 'up']);
  });
});
