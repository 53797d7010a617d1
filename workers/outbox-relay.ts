import { createPool } from '../platform/db';
import { createIdempotentProducer, createKafka } from '../platform/kafka';
import { OutboxRelay } from '../platform/outbox-relay';
import { runProcess } from '../platform/process';

// Publishes the transactional outbox to Kafka.
runProcess('outbox-relay', async ({ config, logger, shutdown }) => {
  const db = createPool(config.databaseUrl, 3);
  const producer = createIdempotentProducer(createKafka(config, logger));
  await producer.connect();
  try {
    await new OutboxRelay(db, producer, logger).run(shutdown);
  } finally {
    await producer.disconnect();
    await db.end();
  }
});
