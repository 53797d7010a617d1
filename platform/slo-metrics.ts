import { Gauge, Histogram, register } from 'prom-client';

/**
 * The service-level indicators the back office promises, as Prometheus metrics on the process that observes each
 * one. The Grafana dashboard (observability/grafana-dashboard.json) and the admin UI's Operations page read these
 * names; change them together.
 */
export const sloMetrics = {
  /** Deposit requested by the player until the player's cash account is credited. */
  depositEndToEnd: new Histogram({
    name: 'igaming_deposit_end_to_end_seconds',
    help: 'Deposit end-to-end latency: player request to wallet credit.',
    labelNames: ['psp'] as const,
    buckets: [0.5, 1, 2, 5, 10, 30, 60, 120, 300, 900],
  }),
  /** A seamless-wallet bet call from request received to answer sent, accepted or refused. */
  betAcceptance: new Histogram({
    name: 'igaming_bet_acceptance_seconds',
    help: 'Seamless-wallet bet acceptance latency: request received to answer sent.',
    labelNames: ['result'] as const,
    buckets: [0.002, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1],
  }),
  /** Withdrawal requested by the player until a PSP confirmed it paid. */
  payoutTime: new Histogram({
    name: 'igaming_payout_seconds',
    help: 'Payout time: withdrawal request to PSP-confirmed payment.',
    labelNames: ['psp'] as const,
    buckets: [1, 5, 15, 60, 300, 900, 3600, 14_400, 86_400],
  }),
  /** A withdrawal waiting in the officers' queue until an officer approved or rejected it. */
  approvalWait: new Histogram({
    name: 'igaming_withdrawal_approval_wait_seconds',
    help: 'Approval wait: withdrawal queued for review to the officer decision.',
    labelNames: ['decision'] as const,
    buckets: [10, 60, 300, 900, 1800, 3600, 7200, 14_400, 43_200, 86_400],
  }),
  /** Age of the oldest outbox event not yet published to Kafka (0 when the outbox is drained). */
  outboxLag: new Gauge({
    name: 'igaming_outbox_lag_seconds',
    help: 'Age of the oldest outbox event not yet published to Kafka.',
  }),
  /** Outbox events waiting to be published. */
  outboxBacklog: new Gauge({
    name: 'igaming_outbox_unpublished_events',
    help: 'Outbox events not yet published to Kafka.',
  }),
  /** Messages on a partition that a consumer group has not yet committed past. */
  consumerLag: new Gauge({
    name: 'igaming_kafka_consumer_lag_messages',
    help: 'Kafka consumer lag: high watermark minus the committed offset, per group and partition.',
    labelNames: ['group', 'topic', 'partition'] as const,
  }),
};

/** The registry every process exposes at `/metrics`. */
export const metricsRegistry = register;
