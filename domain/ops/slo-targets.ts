// The targets of the back office's service levels, in one place: the Operations page judges each indicator
// against these, and the Grafana dashboard's thresholds (observability/) should say the same.

/** An indicator is amber once it reaches this share of its target, so someone looks before it is red. */
export const AT_RISK_RATIO = 0.8;

/** What each indicator promises; durations in seconds. */
export interface SloTargets {
  /** p95 of deposit request to wallet credit. PSP confirmations normally arrive in seconds; 30 s covers 3-D Secure. */
  depositEndToEndP95Seconds: number;
  /** p99 of a seamless-wallet bet call: game providers time out at a few hundred ms, 50 ms leaves them headroom. */
  betAcceptanceP99Seconds: number;
  /** p95 of withdrawal request to PSP-confirmed paid, for withdrawals approved without a human. */
  payoutP95Seconds: number;
  /** p95 of a withdrawal's wait in the officers' queue: the approval SLA after which it escalates. */
  approvalWaitP95Seconds: number;
  /** Age of the oldest outbox event not yet on Kafka: consumers react within seconds of a commit. */
  outboxLagSeconds: number;
  /** Messages a consumer group is behind on its topics, the worst group. */
  consumerLagMessages: number;
}

/** The targets, with the approval-wait target taken from the configured WITHDRAWAL_APPROVAL_SLA_SECONDS. */
export function sloTargetsFor(settings: { approvalSlaSeconds: number }): SloTargets {
  return {
    depositEndToEndP95Seconds: 30,
    betAcceptanceP99Seconds: 0.05,
    payoutP95Seconds: 15 * 60,
    approvalWaitP95Seconds: settings.approvalSlaSeconds,
    outboxLagSeconds: 5,
    consumerLagMessages: 1_000,
  };
}
