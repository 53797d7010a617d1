import type { Admin } from 'kafkajs';
import { subscribedTopics, totalConsumerLag } from '../../platform/consumer-lag';
import type { SloPoint } from '../../contracts/ops';
import { LONGEST_WINDOW_MS, fillSeries, intervalIndexOf, type IntervalValues, type SeriesFrame } from './slo-series';
import { samplePeriodically } from './sample-periodically';

// Kafka keeps each group's committed offsets, not their history: the API process samples every group's lag every
// 15 s into an in-memory ring for the charts, and a report uses the latest sample while it is under 15 s old and
// falls in the report's current interval (asking Kafka only when it does not, so every chart reaches now). With several API replicas each keeps its own (identical, since all ask the same
// Kafka) history from its own start.

/** A sample younger than this is the report's current value; Kafka is asked only for an older one. */
export const CURRENT_LAG_MAX_AGE_MS = 15_000;

/** The lag of every consumer group at one moment. */
export interface ConsumerLagReading {
  at: number;
  /** Messages behind, summed over the group's partitions, for groups with live members. */
  groups: Record<string, number>;
  /** Groups with committed offsets but no live member: listed, not judged (old test groups, a stopped service). */
  idleGroups: Record<string, number>;
}

function withTimeout<T>(work: Promise<T>, timeoutMs: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  return Promise.race([
    work,
    new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`${what}: no answer from Kafka in ${timeoutMs} ms`)), timeoutMs);
    }),
  ]).finally(() => clearTimeout(timer));
}

/** Each consumer group's lag (platform/consumer-lag.ts), summed over the partitions of the topics it consumes. */
export async function readConsumerLag(admin: Admin, timeoutMs = 3_000): Promise<ConsumerLagReading> {
  return withTimeout(
    (async () => {
      const { groups } = await admin.listGroups();
      const consumerGroups = groups.filter((g) => g.protocolType === 'consumer').map((g) => g.groupId);
      const described = consumerGroups.length > 0 ? (await admin.describeGroups(consumerGroups)).groups : [];
      const reading: ConsumerLagReading = { at: Date.now(), groups: {}, idleGroups: {} };
      await Promise.all(
        described.map(async (group) => {
          const lag = await totalConsumerLag(admin, group.groupId, subscribedTopics(group));
          (group.members.length > 0 ? reading.groups : reading.idleGroups)[group.groupId] = lag;
        }),
      );
      reading.at = Date.now();
      return reading;
    })(),
    timeoutMs,
    'consumer lag',
  );
}

/** The consumer-lag series and current value of one report. */
export interface ConsumerLagView {
  series: SloPoint[];
  /** Group ids with a line on the chart, sorted. */
  groups: string[];
  latest: ConsumerLagReading | undefined;
  /** Why Kafka could not be asked now (the latest sample is shown instead). */
  error: string | undefined;
}

/** Samples every consumer group's lag every `intervalMs`, keeping the longest window of history. */
export class ConsumerLagSampler {
  private readonly history: ConsumerLagReading[] = [];
  private timer: NodeJS.Timeout | undefined;
  private sampling: Promise<void> | undefined;

  private readonly intervalMs: number;
  private readonly timeoutMs: number;

  /** `timeoutMs` bounds one ask of Kafka, which a report waits for when its latest sample will not do. */
  constructor(
    private readonly admin: Admin,
    options: { intervalMs?: number; timeoutMs?: number } = {},
  ) {
    this.intervalMs = options.intervalMs ?? 15_000;
    this.timeoutMs = options.timeoutMs ?? 3_000;
  }

  /** Samples now and then every interval; the timer never keeps a process alive on its own. */
  start(onError: (err: unknown) => void = () => undefined): void {
    this.timer ??= samplePeriodically(() => this.sample(), this.intervalMs, onError);
  }

  /** Stops sampling and waits for a sample under way, so the Kafka admin client can be disconnected after it. */
  async stop(): Promise<void> {
    clearInterval(this.timer);
    this.timer = undefined;
    await this.sampling?.catch(() => undefined);
  }

  /** Asks Kafka for every group's lag and keeps the answer. */
  sample(): Promise<void> {
    this.sampling ??= (async () => {
      try {
        this.record(await readConsumerLag(this.admin, this.timeoutMs));
      } finally {
        this.sampling = undefined;
      }
    })();
    return this.sampling;
  }

  private record(reading: ConsumerLagReading): void {
    this.history.push(reading);
    while (this.history.length > 0 && this.history[0]!.at < reading.at - LONGEST_WINDOW_MS - 3_600_000) {
      this.history.shift();
    }
  }

  /**
   * The worst lag of each live group per interval of `frame` (a lag that built up and cleared between two samples
   * is not seen), with the latest sample as the current value. Kafka is asked (joining a sample under way) only
   * when that sample is older than CURRENT_LAG_MAX_AGE_MS or lies before the frame's last interval; if it does not
   * answer, the older sample stands.
   */
  async view(frame: SeriesFrame): Promise<ConsumerLagView> {
    let error: string | undefined;
    // A sample that finishes after the frame was cut belongs to its last interval: the report is "as of now".
    const intervalOf = (reading: ConsumerLagReading) => intervalIndexOf(frame, Math.min(reading.at, frame.nowMs));
    const latest = this.history[this.history.length - 1];
    const fresh =
      latest !== undefined &&
      frame.nowMs - latest.at < CURRENT_LAG_MAX_AGE_MS &&
      intervalOf(latest) === frame.starts.length - 1;
    if (!fresh) {
      try {
        await this.sample();
      } catch (err) {
        error = err instanceof Error ? err.message : String(err);
      }
    }
    const readings = this.history;
    const groups = [
      ...new Set(readings.flatMap((r) => (intervalOf(r) === undefined ? [] : Object.keys(r.groups)))),
    ].sort();
    const measured = new Map<number, IntervalValues>();
    for (const reading of readings) {
      const index = intervalOf(reading);
      if (index === undefined) continue;
      const start = frame.starts[index]!;
      const values = measured.get(start)?.values ?? {};
      for (const [group, lag] of Object.entries(reading.groups)) values[group] = Math.max(values[group] ?? 0, lag);
      measured.set(start, { count: null, values });
    }
    return {
      series: fillSeries(frame, measured, groups, null),
      groups,
      latest: this.history[this.history.length - 1],
      error,
    };
  }
}
