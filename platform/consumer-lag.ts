import { AssignerProtocol, type Admin, type GroupDescription } from 'kafkajs';
import type { Logger } from './logger';
import { measureAtScrape, sloMetrics } from './slo-metrics';

/** How far one consumer group is behind on one partition. */
export interface PartitionLag {
  group: string;
  topic: string;
  partition: number;
  /** Messages between the group's committed offset and the partition's high watermark. */
  lag: number;
}

/**
 * The lag of `groupId` on every partition of `topics` (by default, every topic it has committed on): the high
 * watermark minus the committed offset. A partition the group has not committed on yet counts from its low
 * watermark, since our consumers subscribe from the beginning (platform/deduped-consumer.ts): every message still
 * on it is still to be handled.
 */
export async function measureConsumerLag(admin: Admin, groupId: string, topics?: readonly string[]) {
  const committed = await admin.fetchOffsets({ groupId, ...(topics ? { topics: [...topics] } : {}) });
  const lags: PartitionLag[] = [];
  for (const topic of topics ?? committed.map((c) => c.topic)) {
    const committedOn = new Map(
      (committed.find((c) => c.topic === topic)?.partitions ?? []).map((p) => [p.partition, Number(p.offset)]),
    );
    for (const { partition, high, low } of await admin.fetchTopicOffsets(topic)) {
      const at = committedOn.get(partition) ?? -1;
      const from = at >= 0 ? at : Number(low);
      lags.push({ group: groupId, topic, partition, lag: Math.max(0, Number(high) - from) });
    }
  }
  return lags;
}

/** The lag of `groupId` summed over its partitions. */
export async function totalConsumerLag(admin: Admin, groupId: string, topics?: readonly string[]): Promise<number> {
  return (await measureConsumerLag(admin, groupId, topics)).reduce((sum, p) => sum + p.lag, 0);
}

/**
 * The topics a group consumes now: the union of its live members' subscriptions, from the metadata each member
 * joined with; undefined for a group with no members, which is then measured on every topic it committed on. A
 * group keeps its committed offsets on a topic it no longer reads (aml-monitor's on wallet.transactions, since the
 * bet path writes the turnover itself), and lag measured there would grow with every message, forever.
 */
export function subscribedTopics(group: GroupDescription): string[] | undefined {
  if (group.members.length === 0) return undefined;
  const topics = new Set<string>();
  for (const member of group.members) {
    for (const topic of AssignerProtocol.MemberMetadata.decode(member.memberMetadata)?.topics ?? []) topics.add(topic);
  }
  return [...topics].sort();
}

/** Exposes the consumer-lag gauge on this process's /metrics, measured for `groupId` at every scrape. */
export function exposeConsumerLag(options: {
  admin: Admin;
  groupId: string;
  topics: readonly string[];
  logger: Logger;
}) {
  const gauge = sloMetrics.consumerLag;
  measureAtScrape(
    [gauge],
    async () => {
      const lags = await measureConsumerLag(options.admin, options.groupId, options.topics);
      gauge.reset(); // a partition that is gone must not keep its last value
      for (const { group, topic, partition, lag } of lags)
        gauge.set({ group, topic, partition: String(partition) }, lag);
    },
    (err) => options.logger.warn({ err, groupId: options.groupId }, 'could not measure consumer lag'),
  );
}
