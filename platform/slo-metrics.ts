import { Gauge, Histogram, register, type GaugeConfiguration, type Metric } from 'prom-client';

/** The registry every process exposes at `/metrics` (prom-client's default one, which the process metrics join). */
export const metricsRegistry = register;

/** How a scrape-time gauge gets its values; it sets them on the gauges it was given. */
type Measure = () => Promise<void>;

const measures = new Map<Gauge, Measure>();
const labelled = new Set<Gauge>();
const exposed = new Set<Metric>();

/** A gauge whose value is computed when Prometheus scrapes, by the measure its process gave `measureAtScrape`. */
function scrapeTimeGauge<L extends string>(config: Omit<GaugeConfiguration<L>, 'collect' | 'registers'>): Gauge<L> {
  const gauge = new Gauge<L>({
    ...config,
    registers: [],
    // Only the process that measures a gauge exposes it, so there is always a measure to await here.
    collect(this: Gauge<L>) {
      return measures.get(this as unknown as Gauge)?.();
    },
  });
  if (config.labelNames?.length) labelled.add(gauge as Gauge);
  return gauge;
}

/**
 * The service-level indicators the back office promises, as Prometheus metrics on the process that observes each
 * one. The Grafana dashboard (observability/grafana-dashboard.json) and the admin UI's Operations page read these
 * names; change them together. They are created unregistered: each process exposes only the ones it observes
 * (`exposeSloMetrics`, `measureAtScrape`), so no other process reports a zero that looks like a measurement.
 */
export const sloMetrics = {
  /** Deposit requested by the player until the player's cash account is credited. */
  depositEndToEnd: new Histogram({
    name: 'igaming_deposit_end_to_end_seconds',
    help: 'Deposit end-to-end latency: player request to wallet credit.',
    labelNames: ['psp'] as const,
    buckets: [0.5, 1, 2, 5, 10, 30, 60, 120, 300, 900],
    registers: [],
  }),
  /**
   * A seamless-wallet bet call from request received to answer sent; `result` is `accepted` (2xx), `refused`,
   * `abandoned` (the game provider hung up before the answer: timed to then) or `unauthenticated` (401, no bet at
   * all, which the SLO leaves out).
   */
  betAcceptance: new Histogram({
    name: 'igaming_bet_acceptance_seconds',
    help:
      'Seamless-wallet bet acceptance latency: request received to answer sent, or to the client hanging up ' +
      '(result="abandoned"); result="unauthenticated" (unsigned or badly signed, 401) is not part of the SLO.',
    labelNames: ['result'] as const,
    buckets: [0.002, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1],
    registers: [],
  }),
  /**
   * Withdrawal requested by the player until a PSP confirmed it paid; `approval` is `automatic` or `officer`, since
   * an officer's wait (its own SLO below) dominates the payouts that needed one.
   */
  payoutTime: new Histogram({
    name: 'igaming_payout_seconds',
    help: 'Payout time: withdrawal request to PSP-confirmed payment.',
    labelNames: ['psp', 'approval'] as const,
    buckets: [1, 5, 15, 60, 300, 900, 3600, 14_400, 86_400],
    registers: [],
  }),
  /**
   * One sample per withdrawal an officer had to review: from its first entering the officers' queue (the
   * AWAITING_APPROVAL step) to the officer decision that settled it (the last approval it needs, so the second of
   * a four-eyes pair, or a rejection), measured at that decision's own step, not at a status written after the
   * reservation is voided. The Operations page's SQL (domain/ops/slo-repository.ts) measures the same.
   */
  approvalWait: new Histogram({
    name: 'igaming_withdrawal_approval_wait_seconds',
    help:
      'Approval wait, one sample per reviewed withdrawal: first queued for officers to the final officer decision ' +
      '(last approval needed, or rejection), at the decision itself.',
    labelNames: ['decision'] as const,
    buckets: [10, 60, 300, 900, 1800, 3600, 7200, 14_400, 43_200, 86_400],
    registers: [],
  }),
  /** Age of the oldest outbox event not yet published to Kafka (0 when the outbox is drained). */
  outboxLag: scrapeTimeGauge({
    name: 'igaming_outbox_lag_seconds',
    help: 'Age of the oldest outbox event not yet published to Kafka.',
  }),
  /** Outbox events waiting to be published. */
  outboxBacklog: scrapeTimeGauge({
    name: 'igaming_outbox_unpublished_events',
    help: 'Outbox events not yet published to Kafka.',
  }),
  /** Messages on a partition that a consumer group has not yet committed past. */
  consumerLag: scrapeTimeGauge({
    name: 'igaming_kafka_consumer_lag_messages',
    help: 'Kafka consumer lag: high watermark minus the committed offset, per group and partition.',
    labelNames: ['group', 'topic', 'partition'] as const,
  }),
};

/** Adds SLO metrics to this process's `/metrics`; adding one twice (a second app in a test) is harmless. */
export function exposeSloMetrics(...metrics: readonly Metric[]): void {
  for (const metric of metrics) {
    if (exposed.has(metric)) continue;
    metricsRegistry.registerMetric(metric);
    exposed.add(metric);
  }
}

/** A scrape-time measure gets this long; Prometheus times a scrape out at 10 s by default, and our metrics must come. */
const MEASURE_TIMEOUT_MS = 5_000;

function withinTimeout(work: Promise<void>): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${MEASURE_TIMEOUT_MS} ms`)), MEASURE_TIMEOUT_MS);
  });
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}

/**
 * Computes `gauges` at every scrape with `measure` (one query sets them all: concurrent collects of one scrape
 * share it) and exposes them. A measure that fails or takes over 5 s is reported to `onError` and leaves the gauges
 * unknown, NaN for a single value and no series for a labelled one, rather than a stale or zero value.
 */
export function measureAtScrape(
  gauges: readonly Gauge[],
  measure: () => Promise<void>,
  onError: (err: unknown) => void,
): void {
  let running: Promise<void> | undefined;
  const shared: Measure = () =>
    (running ??= withinTimeout(measure())
      .catch((err: unknown) => {
        onError(err);
        for (const gauge of gauges) {
          gauge.reset();
          if (!labelled.has(gauge)) gauge.set(Number.NaN);
        }
      })
      .finally(() => {
        running = undefined;
      }));
  for (const gauge of gauges) measures.set(gauge, shared);
  exposeSloMetrics(...gauges);
}
