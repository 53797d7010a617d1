import type { Admin } from 'kafkajs';
import type { Logger } from '../../platform/logger';
import { sloMetrics } from '../../platform/slo-metrics';
import { BetAcceptanceSampler } from './bet-acceptance-sampler';
import { ConsumerLagSampler } from './consumer-lag-sampler';

/** The in-memory samplers behind the SLO report's bet-acceptance and consumer-lag history. */
export interface ServiceLevelSamplers {
  betAcceptance: BetAcceptanceSampler;
  consumerLag: ConsumerLagSampler;
  /** Starts sampling on unref'd timers (bets every 10 s, consumer lag every 15 s). */
  start(): void;
  /** Stops sampling; resolves once no sample is under way, so the Kafka admin client can be disconnected. */
  stop(): Promise<void>;
}

/** Samplers of this process's bet-acceptance histogram and of Kafka's consumer groups; not started. */
export function createServiceLevelSamplers(deps: {
  kafkaAdmin: Admin;
  logger?: Logger;
  /** How long one ask of Kafka for the consumer lag may take (3 s unless said). */
  consumerLagTimeoutMs?: number;
}): ServiceLevelSamplers {
  const betAcceptance = new BetAcceptanceSampler(sloMetrics.betAcceptance);
  const consumerLag = new ConsumerLagSampler(deps.kafkaAdmin, { timeoutMs: deps.consumerLagTimeoutMs });
  // A failed sample leaves a gap in the chart; the report says why when it asks Kafka itself.
  const warn = (what: string) => (err: unknown) => deps.logger?.warn({ err }, `SLO sampler: ${what} failed`);
  return {
    betAcceptance,
    consumerLag,
    start() {
      betAcceptance.start(warn('bet acceptance'));
      consumerLag.start(warn('consumer lag'));
    },
    async stop() {
      betAcceptance.stop();
      await consumerLag.stop();
    },
  };
}
