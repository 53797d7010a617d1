import type { Db } from '../../platform/db';
import { BET_LINES, type BetAcceptanceSampler } from './bet-acceptance-sampler';
import type { ConsumerLagSampler } from './consumer-lag-sampler';
import type { SloIndicator, SloIndicatorId, SloReport, SloWindow } from '../../contracts/ops';
import {
  approvalWait,
  autoApprovedPayoutTime,
  depositEndToEnd,
  outboxBacklog,
  outboxPublishDelay,
  type LatencySummary,
} from './slo-repository';
import { fillSeries, seriesFrameOf, sloStateOf, type SeriesFrame } from './slo-series';
import type { SloTargets } from './slo-targets';

// Assembles the SLO report from its three kinds of source (Postgres, the API process's samplers, Kafka). One source
// failing costs only its own indicators, which say why, so the Operations page keeps showing the rest.

/** Where the report's numbers come from. */
export interface ServiceLevelSources {
  db: Db;
  betAcceptance: BetAcceptanceSampler;
  consumerLag: ConsumerLagSampler;
  targets: SloTargets;
  /** Told about a source that failed (the indicator shows NO_DATA and a note). */
  onError?: (indicator: SloIndicatorId, err: unknown) => void;
}

const PERCENTILE_LINES = [
  { key: 'p50', label: 'p50' },
  { key: 'p95', label: 'p95' },
];

const minutes = (seconds: number) => (seconds % 60 === 0 ? `${seconds / 60} min` : `${seconds} s`);
const durationText = (seconds: number) =>
  seconds >= 3600 && seconds % 3600 === 0
    ? `${seconds / 3600} h`
    : seconds < 1
      ? `${seconds * 1000} ms`
      : minutes(seconds);

function latencyIndicator(
  frame: SeriesFrame,
  base: Pick<SloIndicator, 'id' | 'name' | 'description' | 'source'>,
  threshold: number,
  summary: LatencySummary,
): SloIndicator {
  const value = summary.window.values.p95 ?? null;
  return {
    ...base,
    unit: 'seconds',
    target: { statistic: 'p95', threshold, text: `p95 ≤ ${durationText(threshold)}` },
    current: {
      value,
      label: `p95 over the last ${frame.window}`,
      count: summary.window.count,
      state: sloStateOf(value, threshold),
    },
    details: [],
    lines: PERCENTILE_LINES,
    series: fillSeries(
      frame,
      summary.intervals,
      PERCENTILE_LINES.map((l) => l.key),
    ),
    note: null,
  };
}

/** An indicator whose source failed: its target, no numbers, and why. */
function unavailable(indicator: SloIndicator, err: unknown): SloIndicator {
  const why = err instanceof Error ? err.message : String(err);
  return {
    ...indicator,
    current: { ...indicator.current, value: null, count: null, state: 'NO_DATA' },
    details: [],
    series: indicator.series.map((p) => ({ ...p, count: null, values: {} })),
    note: `Unavailable: ${why}`,
  };
}

const emptySummary: LatencySummary = { intervals: new Map(), window: { count: 0, values: {} } };

/** Builds every indicator of the report for `window`, asking each source once and all of them at the same time. */
export async function buildSloReport(
  sources: ServiceLevelSources,
  window: SloWindow,
  nowMs = Date.now(),
): Promise<SloReport> {
  const frame = seriesFrameOf(window, nowMs);
  const { db, targets } = sources;
  const guarded = async (id: SloIndicatorId, build: () => Promise<SloIndicator>, fallback: () => SloIndicator) => {
    try {
      return await build();
    } catch (err) {
      sources.onError?.(id, err);
      return unavailable(fallback(), err);
    }
  };

  const deposit = (summary: LatencySummary) =>
    latencyIndicator(
      frame,
      {
        id: 'depositEndToEnd',
        name: 'Deposit end-to-end',
        description: 'From the player’s deposit request to the credit of their wallet.',
        source: 'postgres',
      },
      targets.depositEndToEndP95Seconds,
      summary,
    );
  const payout = (summary: LatencySummary) =>
    latencyIndicator(
      frame,
      {
        id: 'payoutTime',
        name: 'Payout time',
        description:
          'From the withdrawal request to the PSP’s confirmation that it paid, for withdrawals approved without an ' +
          'officer (an officer’s review is measured by the approval wait).',
        source: 'postgres',
      },
      targets.payoutP95Seconds,
      summary,
    );
  const approval = (summary: LatencySummary) =>
    latencyIndicator(
      frame,
      {
        id: 'approvalWait',
        name: 'Approval wait',
        description:
          'Once per withdrawal an officer had to review: from its first entering the officers’ queue to the ' +
          'officer decision that settled it (the last approval it needs, or a rejection), timed at that decision. ' +
          'The target is the approval SLA after which it escalates to senior compliance.',
        source: 'postgres',
      },
      targets.approvalWaitP95Seconds,
      summary,
    );

  const indicators = await Promise.all([
    guarded(
      'depositEndToEnd',
      async () => deposit(await depositEndToEnd(db, frame)),
      () => deposit(emptySummary),
    ),
    guarded(
      'betAcceptance',
      () => betAcceptanceIndicator(sources, frame),
      () => betAcceptanceShell(sources, frame),
    ),
    guarded(
      'payoutTime',
      async () => payout(await autoApprovedPayoutTime(db, frame)),
      () => payout(emptySummary),
    ),
    guarded(
      'approvalWait',
      async () => approval(await approvalWait(db, frame)),
      () => approval(emptySummary),
    ),
    guarded(
      'outboxLag',
      () => outboxIndicator(sources, frame),
      () => outboxShell(sources, frame),
    ),
    guarded(
      'consumerLag',
      () => consumerLagIndicator(sources, frame),
      () => consumerLagShell(sources, frame),
    ),
  ]);
  return {
    window,
    stepSeconds: frame.stepMs / 1000,
    from: new Date(frame.fromMs).toISOString(),
    generatedAt: new Date(nowMs).toISOString(),
    indicators,
  };
}

function betAcceptanceShell({ targets }: ServiceLevelSources, frame: SeriesFrame): SloIndicator {
  const threshold = targets.betAcceptanceP99Seconds;
  return {
    id: 'betAcceptance',
    name: 'Bet acceptance',
    description:
      'A game provider’s seamless-wallet bet call, from request received to answer sent, or to the provider ' +
      'hanging up first; unsigned or badly signed calls are left out.',
    unit: 'seconds',
    source: 'api-process',
    target: { statistic: 'p99', threshold, text: `p99 ≤ ${durationText(threshold)}` },
    current: { value: null, label: `p99 over the last ${frame.window}`, count: 0, state: 'NO_DATA' },
    details: [],
    lines: [...BET_LINES],
    series: fillSeries(
      frame,
      new Map(),
      BET_LINES.map((l) => l.key),
    ),
    note: null,
  };
}

async function betAcceptanceIndicator(sources: ServiceLevelSources, frame: SeriesFrame): Promise<SloIndicator> {
  const view = await sources.betAcceptance.view(frame);
  const shell = betAcceptanceShell(sources, frame);
  const since = view.sampledSinceMs === null ? undefined : new Date(view.sampledSinceMs).toISOString();
  const sinceText = since && `${since.slice(0, 16).replace('T', ' ')} UTC`;
  return {
    ...shell,
    current: {
      ...shell.current,
      value: view.p99,
      count: view.count,
      state: sloStateOf(view.p99, shell.target.threshold),
    },
    series: view.series,
    note:
      'Bets served by the API replica that answered' +
      (since && since > new Date(frame.fromMs).toISOString() ? `, since it started sampling (${sinceText})` : '') +
      '; with several replicas, the Grafana dashboard has the whole fleet.',
  };
}

function outboxShell({ targets }: ServiceLevelSources, frame: SeriesFrame): SloIndicator {
  const threshold = targets.outboxLagSeconds;
  const lines = [
    { key: 'p50', label: 'p50 publish delay' },
    { key: 'p99', label: 'p99 publish delay' },
  ];
  return {
    id: 'outboxLag',
    name: 'Outbox lag',
    description:
      'How long events wait in the transactional outbox before the relay publishes them to Kafka: now, the age of ' +
      'the oldest unpublished event; per interval, the delay of the events written in it.',
    unit: 'seconds',
    source: 'postgres',
    target: { statistic: 'oldest', threshold, text: `oldest unpublished ≤ ${durationText(threshold)}` },
    current: { value: null, label: 'oldest unpublished event, now', count: null, state: 'NO_DATA' },
    details: [],
    lines,
    series: fillSeries(
      frame,
      new Map(),
      lines.map((l) => l.key),
    ),
    note: null,
  };
}

async function outboxIndicator(sources: ServiceLevelSources, frame: SeriesFrame): Promise<SloIndicator> {
  const [delay, backlog] = await Promise.all([outboxPublishDelay(sources.db, frame), outboxBacklog(sources.db)]);
  const shell = outboxShell(sources, frame);
  const value = backlog.oldestAgeSeconds;
  return {
    ...shell,
    current: { ...shell.current, value, count: backlog.unpublished, state: sloStateOf(value, shell.target.threshold) },
    details: [
      { label: 'Unpublished events', value: backlog.unpublished, unit: 'count' },
      { label: `Events written in the last ${frame.window}`, value: delay.window.count ?? 0, unit: 'count' },
    ],
    series: fillSeries(
      frame,
      delay.intervals,
      shell.lines.map((l) => l.key),
    ),
    note: delay.stride > 1 ? `Delays from 1 in ${delay.stride} events (by id); event counts are estimates.` : null,
  };
}

function consumerLagShell({ targets }: ServiceLevelSources, frame: SeriesFrame): SloIndicator {
  const threshold = targets.consumerLagMessages;
  return {
    id: 'consumerLag',
    name: 'Kafka consumer lag',
    description: 'Messages each consumer group has yet to commit past, over all its partitions.',
    unit: 'messages',
    source: 'kafka',
    target: { statistic: 'worst group', threshold, text: `≤ ${threshold.toLocaleString('en-GB')} messages per group` },
    current: { value: null, label: 'worst group, now', count: null, state: 'NO_DATA' },
    details: [],
    lines: [],
    series: fillSeries(frame, new Map(), [], null),
    note: null,
  };
}

async function consumerLagIndicator(sources: ServiceLevelSources, frame: SeriesFrame): Promise<SloIndicator> {
  const view = await sources.consumerLag.view(frame);
  const shell = consumerLagShell(sources, frame);
  const latest = view.latest;
  if (!latest) throw new Error(view.error ?? 'Kafka has not answered yet');
  const lags = Object.values(latest.groups);
  const value = lags.length > 0 ? Math.max(...lags) : null;
  const idle = Object.keys(latest.idleGroups).sort();
  const notes = [
    ...(view.error
      ? [`Kafka did not answer now (${view.error}): the sample of ${new Date(latest.at).toISOString()}.`]
      : []),
    ...(lags.length === 0 ? ['No consumer group has live members.'] : []),
    ...(idle.length > 0 ? [`Not judged, no live consumers: ${idle.join(', ')}.`] : []),
    'Now: a sample at most 15 s old. History sampled every 15 s by the API replica that answered, since it started.',
  ];
  return {
    ...shell,
    current: { ...shell.current, value, state: sloStateOf(value, shell.target.threshold) },
    details: Object.entries(latest.groups)
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([group, lag]) => ({ label: group, value: lag, unit: 'messages' as const })),
    lines: view.groups.map((group) => ({ key: group, label: group })),
    series: view.series,
    note: notes.join(' '),
  };
}
