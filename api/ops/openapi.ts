import { NOT_FOUND, Tag, type DomainOpenApi } from '../openapi/operation-spec';
import { CodecErrorCode, codecPayloadsBody } from './codec-router';
import { probeIdParam, startProbeBody } from './probes-router';
import {
  codecPayloadsSchema,
  sloReportSchema,
  stackProbeStartedSchema,
  stackProbeStatusSchema,
} from './response-schemas';
import { sloQuery } from './slo-router';

const codecDescription =
  "Temporal's codec server protocol, for Temporal Web (`--ui-codec-endpoint <api>/codec`, with its Data Encoder " +
  'setting "include cross-origin credentials" on) or `temporal --codec-endpoint`. Needs the staff session of an ' +
  'engineer or administrator. No CSRF token: a browser page must come from one of `CODEC_CORS_ORIGINS` (403 ' +
  '`ORIGIN_NOT_ALLOWED` otherwise), which also get CORS with credentials. Payloads the codec did not encrypt pass ' +
  'through unchanged.';

/** Stack probes, the live service levels, and the codec server of Temporal Web. */
export const opsOpenApi: DomainOpenApi = {
  requestSchemas: [
    [startProbeBody, 'StackProbeRequest'],
    [codecPayloadsBody, 'CodecPayloadsRequest'],
  ],
  operations: [
    {
      method: 'post',
      path: '/codec/decode',
      operationId: 'decodePayloads',
      tag: Tag.Ops,
      summary: 'Decrypt workflow payloads',
      description: codecDescription,
      caller: 'staff',
      originChecked: true,
      body: codecPayloadsBody,
      success: { status: 200, description: 'The payloads in the same order, decrypted.', schema: codecPayloadsSchema },
      errors: { [CodecErrorCode.OriginNotAllowed]: 403, [CodecErrorCode.UndecryptablePayload]: 422 },
    },
    {
      method: 'post',
      path: '/codec/encode',
      operationId: 'encodePayloads',
      tag: Tag.Ops,
      summary: 'Encrypt workflow payloads',
      description: codecDescription,
      caller: 'staff',
      originChecked: true,
      body: codecPayloadsBody,
      success: { status: 200, description: 'The payloads in the same order, encrypted.', schema: codecPayloadsSchema },
      errors: { [CodecErrorCode.OriginNotAllowed]: 403 },
    },
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
