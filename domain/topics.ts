import type { TopicSpec } from '../platform/kafka';
import { probeRecordedEvent } from './ops/events';
import { walletTransactionPostedEvent } from './wallet/events';

/** Every Kafka topic the back office publishes to; the stack creates the missing ones at start. */
export const topics: readonly TopicSpec[] = [
  { topic: probeRecordedEvent.topic, numPartitions: 3 },
  { topic: walletTransactionPostedEvent.topic, numPartitions: 12 },
];
