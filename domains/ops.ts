import { createProbesRouter } from '../api/ops/probes-router';
import { createSloRouter } from '../api/ops/slo-router';
import { probeRecordedEvent } from '../domain/ops/events';
import { opsOpenApi } from '../api/ops/openapi';
import type { DomainModule } from './domain-module';

/** Operations: stack probes that prove the wiring end to end, and the live service levels. */
export const opsDomain: DomainModule = {
  name: 'ops',
  openApi: opsOpenApi,
  routes: {
    backOffice: [
      {
        path: '/ops/probes',
        router: (deps) => createProbesRouter({ temporal: deps.temporal, webLink: deps.temporalWebLink }),
      },
      {
        path: '/ops/slo',
        router: (deps) =>
          createSloRouter({
            db: deps.sloDb ?? deps.db,
            kafkaAdmin: deps.kafkaAdmin,
            logger: deps.logger,
            paymentSettings: deps.paymentSettings,
            samplers: deps.serviceLevelSamplers,
          }),
      },
    ],
  },
  workflows: 'ops',
  processes: [
    {
      name: 'ops-worker',
      entry: 'workers/ops.worker.ts',
      description: 'Temporal worker, task queue "ops"',
      metricsPort: 9465,
    },
    {
      name: 'ops-probe-consumer',
      entry: 'workers/ops-probe-consumer.ts',
      description: 'Kafka consumer, ops.probes',
      metricsPort: 9470,
    },
  ],
  topics: [{ topic: probeRecordedEvent.topic, numPartitions: 3 }],
};
