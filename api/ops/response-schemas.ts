import { z } from 'zod';
import { ProbeStatus, SLO_INDICATOR_IDS } from '../../contracts/ops';
import { dateTime, integer, url, workflowExecutionStatus } from '../openapi/common-schemas';

// What the probe and SLO routes answer, registered by id for the OpenAPI document (api/ops/openapi.ts).

/** A probe that was started. */
export const stackProbeStartedSchema = z
  .object({ probeId: z.string(), workflowId: z.string(), temporalWebUrl: url })
  .meta({ id: 'StackProbeStarted' });

/** A probe's state as its workflow reports it. */
export const stackProbeStatusSchema = z
  .object({
    probeId: z.string(),
    status: z.enum(ProbeStatus),
    recordedAt: dateTime.optional(),
    eventSeenAt: dateTime.optional(),
    completedAt: dateTime.optional(),
    workflowId: z.string(),
    workflowStatus: workflowExecutionStatus,
    result: z
      .object({
        probeId: z.string(),
        recordedAt: dateTime,
        eventSeenAt: dateTime,
        completedAt: dateTime,
        eventRoundTripMs: z.number().min(0),
      })
      .optional(),
    temporalWebUrl: url,
  })
  .meta({
    id: 'StackProbeStatus',
    description: "The probe workflow's `getStatus` state, its Temporal status and, once completed, its result.",
  });

const sloIndicator = z.object({
  id: z.enum(SLO_INDICATOR_IDS),
  name: z.string(),
  description: z.string(),
  unit: z.enum(['seconds', 'messages']),
  source: z.enum(['postgres', 'api-process', 'kafka']),
  target: z.object({ statistic: z.string(), threshold: z.number(), text: z.string() }),
  current: z.object({
    value: z.number().nullable(),
    label: z.string(),
    count: integer.nullable(),
    state: z.enum(['OK', 'AT_RISK', 'BREACHED', 'NO_DATA']),
  }),
  details: z.array(z.object({ label: z.string(), value: z.number(), unit: z.enum(['seconds', 'messages', 'count']) })),
  lines: z.array(z.object({ key: z.string(), label: z.string() })),
  series: z.array(
    z.object({
      at: dateTime,
      count: integer.nullable(),
      values: z.record(z.string(), z.number().nullable()).meta({
        description: 'The value of each line (by its key) in the interval; null where nothing was measured.',
      }),
    }),
  ),
  note: z.string().nullable(),
});

/** The live service levels for a window. */
export const sloReportSchema = z
  .object({
    window: z.enum(['15m', '1h', '6h', '24h']),
    stepSeconds: integer,
    from: dateTime,
    generatedAt: dateTime,
    indicators: z.array(sloIndicator),
  })
  .meta({
    id: 'SloReport',
    description:
      'The service levels for a window (contracts/ops.ts). Durations are in seconds, lags in messages; ' +
      '`state` is OK, AT_RISK (from 80 % of the target), BREACHED or NO_DATA.',
  });

/** Bytes as protobuf JSON writes them: standard base64 (a plain pattern, which every JSON Schema validator knows). */
export const base64Bytes = z.string().regex(/^[A-Za-z0-9+/]*={0,2}$/, 'must be base64');

/** Payloads as the codec server answers them (Temporal's codec protocol): protobuf JSON, base64 values. */
export const codecPayloadsSchema = z
  .object({
    payloads: z.array(
      z.object({
        metadata: z.record(z.string(), base64Bytes).describe("`encoding` and the codec's key id, in base64"),
        data: base64Bytes,
      }),
    ),
  })
  .meta({ id: 'CodecPayloads' });
