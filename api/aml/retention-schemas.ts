import { z } from 'zod';
import { AmlRetentionMode, AmlRetentionRunStatus } from '../../contracts/aml';
import { count, dateTime, nullableDateTime, staffName } from '../openapi/common-schemas';

// What the retention routes answer, registered by id for the OpenAPI document (api/aml/retention-openapi.ts).

const tableCountSchema = z.object({
  table: z.string().meta({ description: 'The AML table (domain/aml/retention.ts lists them).' }),
  label: z.string().meta({ description: 'What its records are, e.g. "Alerts".' }),
  records: count,
});

/** What has become purgeable at a cutoff. */
export const retentionReportSchema = z
  .object({
    cutoff: dateTime,
    tables: z.array(tableCountSchema),
    players: count.meta({ description: 'Players whose AML records are purgeable.' }),
    playersRetained: count.meta({
      description: 'Players whose relationship ended but whose records are still within their retention period.',
    }),
    nextPurgeableAt: nullableDateTime.meta({ description: 'When the next retained records become purgeable.' }),
  })
  .meta({ id: 'AmlRetentionReport' });

/** One retention run. */
export const retentionRunSchema = z
  .object({
    runId: z.string(),
    workflowId: z.string(),
    mode: z.enum(AmlRetentionMode),
    requestedBy: z.string().meta({ description: 'A staff id, or system:aml-retention-schedule (the daily run).' }),
    requestedByName: staffName('requestedBy'),
    cutoff: dateTime,
    status: z.enum(AmlRetentionRunStatus),
    report: retentionReportSchema,
    purged: z.array(tableCountSchema),
    playersPurged: count,
    startedAt: dateTime,
    finishedAt: nullableDateTime,
  })
  .meta({ id: 'AmlRetentionRun' });

/** The last runs, newest first. */
export const retentionRunListSchema = z
  .object({ items: z.array(retentionRunSchema) })
  .meta({ id: 'AmlRetentionRunList' });

/** A run started. */
export const retentionRunStartedSchema = z
  .object({ runId: z.string(), workflowId: z.string() })
  .meta({ id: 'AmlRetentionRunStarted' });
