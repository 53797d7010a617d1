import { NOT_FOUND, Tag, type DomainOpenApi } from '../openapi/operation-spec';
import { probeIdParam, startProbeBody } from './probes-router';
import { sloReportSchema, stackProbeStartedSchema, stackProbeStatusSchema } from './response-schemas';
import { sloQuery } from './slo-router';

/** Stack probes and the live service levels. */
export const opsOpenApi: DomainOpenApi = {
  requestSchemas: [[startProbeBody, 'StackProbeRequest']],
  operations: [
    {
      method: 'post',
      path: '/api/ops/probes',
      operationId: 'runStackProbe',
      tag: Tag.Ops,
      summary: 'Run a stack probe',
      description: 'Starts the `ops:probe:<id>` workflow, which proves Temporal, Postgres, the outbox relay and Kafka.',
      caller: 'staff',
      body: startProbeBody,
      bodyOptional: true,
      success: { status: 202, description: 'Started; `Location` names the probe.', schema: stackProbeStartedSchema },
    },
    {
      method: 'get',
      path: '/api/ops/probes/:probeId',
      operationId: 'getStackProbe',
      tag: Tag.Ops,
      summary: 'Follow a stack probe',
      caller: 'staff',
      params: probeIdParam,
      success: { status: 200, description: "The probe's state.", schema: stackProbeStatusSchema },
      errors: NOT_FOUND,
    },
    {
      method: 'get',
      path: '/api/ops/slo',
      operationId: 'getServiceLevels',
      tag: Tag.Ops,
      summary: 'Service levels, live',
      description:
        'Each SLO (deposit end-to-end, bet acceptance, payout time, approval wait, outbox lag, Kafka consumer lag) with ' +
        'its target, its current value and state, and a series per interval of the window. Payments and the outbox ' +
        'come from Postgres; bet acceptance and the consumer-lag history are sampled by the API replica that answers.',
      caller: 'staff',
      query: sloQuery,
      success: { status: 200, description: 'The report.', schema: sloReportSchema },
    },
  ],
};
