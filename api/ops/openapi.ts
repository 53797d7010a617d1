import { NOT_FOUND, Tag, type DomainOpenApi } from '../openapi/operation-spec';
import { string, dateTime, integer, nullableString, object, workflowExecutionStatus } from '../openapi/schema-helpers';
import { ProbeStatus, SLO_INDICATOR_IDS } from '../../contracts/ops';
import { probeIdParam, startProbeBody } from './probes-router';
import { sloQuery } from './slo-router';

/** Stack probes and the live service levels. */
export const opsOpenApi: DomainOpenApi = {
  requestSchemas: [[startProbeBody, 'StackProbeRequest']],
  responseSchemas: {
    StackProbeStarted: object({
      probeId: string,
      workflowId: string,
      temporalWebUrl: { type: 'string', format: 'uri' },
    }),
    StackProbeStatus: {
      type: 'object',
      description: "The probe workflow's `getStatus` state, its Temporal status and, once completed, its result.",
      properties: {
        probeId: string,
        status: { type: 'string', enum: Object.values(ProbeStatus) },
        recordedAt: dateTime,
        eventSeenAt: dateTime,
        completedAt: dateTime,
        workflowId: string,
        workflowStatus: workflowExecutionStatus,
        result: object({
          probeId: string,
          recordedAt: dateTime,
          eventSeenAt: dateTime,
          completedAt: dateTime,
          eventRoundTripMs: { type: 'number', minimum: 0 },
        }),
        temporalWebUrl: { type: 'string', format: 'uri' },
      },
      required: ['probeId', 'status', 'workflowId', 'workflowStatus', 'temporalWebUrl'],
    },
    SloReport: {
      type: 'object',
      description:
        'The service levels for a window (contracts/ops.ts). Durations are in seconds, lags in messages; ' +
        '`state` is OK, AT_RISK (from 80 % of the target), BREACHED or NO_DATA.',
      properties: {
        window: { type: 'string', enum: ['15m', '1h', '6h', '24h'] },
        stepSeconds: integer,
        from: dateTime,
        generatedAt: dateTime,
        indicators: {
          type: 'array',
          items: {
            type: 'object',
            properties: {
              id: { type: 'string', enum: SLO_INDICATOR_IDS },
              name: string,
              description: string,
              unit: { type: 'string', enum: ['seconds', 'messages'] },
              source: { type: 'string', enum: ['postgres', 'api-process', 'kafka'] },
              target: object({ statistic: string, threshold: { type: 'number' }, text: string }),
              current: object({
                value: { type: ['number', 'null'] },
                label: string,
                count: { type: ['integer', 'null'] },
                state: { type: 'string', enum: ['OK', 'AT_RISK', 'BREACHED', 'NO_DATA'] },
              }),
              details: {
                type: 'array',
                items: object({
                  label: string,
                  value: { type: 'number' },
                  unit: { type: 'string', enum: ['seconds', 'messages', 'count'] },
                }),
              },
              lines: { type: 'array', items: object({ key: string, label: string }) },
              series: {
                type: 'array',
                items: object({
                  at: dateTime,
                  count: { type: ['integer', 'null'] },
                  values: {
                    type: 'object',
                    description:
                      'The value of each line (by its key) in the interval; null where nothing was measured.',
                    additionalProperties: { type: ['number', 'null'] },
                  },
                }),
              },
              note: nullableString,
            },
            required: [
              'id',
              'name',
              'description',
              'unit',
              'source',
              'target',
              'current',
              'details',
              'lines',
              'series',
              'note',
            ],
          },
        },
      },
      required: ['window', 'stepSeconds', 'from', 'generatedAt', 'indicators'],
    },
  },
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
      success: { status: 202, description: 'Started; `Location` names the probe.', schema: 'StackProbeStarted' },
    },
    {
      method: 'get',
      path: '/api/ops/probes/:probeId',
      operationId: 'getStackProbe',
      tag: Tag.Ops,
      summary: 'Follow a stack probe',
      caller: 'staff',
      params: probeIdParam,
      success: { status: 200, description: "The probe's state.", schema: 'StackProbeStatus' },
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
      success: { status: 200, description: 'The report.', schema: 'SloReport' },
    },
  ],
};
