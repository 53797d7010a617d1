import { z } from 'zod';
import { STAFF_ROLES } from '../../contracts/admin';
import {
  AlertDisposition,
  AML_SEVERITIES,
  AmlCaseOutcome,
  AmlCaseStatus,
  SarStatus,
  type AmlSeverity,
} from '../../contracts/aml';
import type { StaffRole } from '../../contracts/admin';
import { count, dateTime, integer, nullableDateTime, page } from '../openapi/common-schemas';

// What the AML case routes answer, registered by id for the OpenAPI document (api/aml/cases-openapi.ts).

const severity = z.enum(AML_SEVERITIES as [AmlSeverity, ...AmlSeverity[]]);
const staffRole = z.enum(STAFF_ROLES as [StaffRole, ...StaffRole[]]);

/** A case as the queue lists it. */
export const amlCaseSummarySchema = z
  .object({
    caseId: z.string(),
    playerId: z.string(),
    playerName: z.string().nullable().meta({ description: "The player's name, masked as lists show it." }),
    status: z.enum(AmlCaseStatus),
    severity,
    outcome: z.enum(AmlCaseOutcome).nullable(),
    assignee: z.string().nullable(),
    assigneeRole: staffRole.nullable().meta({ description: 'The role an escalated case waits for.' }),
    alertCount: count,
    holdActive: z.boolean().meta({ description: "The case holds the player's payouts." }),
    openedAt: dateTime,
    slaDueAt: dateTime,
    escalatedAt: nullableDateTime,
    closedAt: nullableDateTime,
  })
  .meta({ id: 'AmlCaseSummary' });

/** The case queue. */
export const amlCasePageSchema = page(amlCaseSummarySchema).meta({ id: 'AmlCasePage' });

/** One case with everything for the decision. */
export const amlCaseDetailSchema = amlCaseSummarySchema
  .extend({
    jurisdiction: z.string(),
    closeReason: z.string().nullable(),
    closedBy: z.string().nullable(),
    alerts: z.array(
      z.object({
        alertId: z.string(),
        ruleId: z.string(),
        ruleVersion: integer,
        ruleName: z.string(),
        ruleDescription: z.string(),
        severity,
        score: integer,
        occurredAt: dateTime,
        raisedAt: dateTime,
        explanation: z.record(z.string(), z.unknown()).meta({ description: 'The facts the rule read.' }),
        disposition: z.enum(AlertDisposition).nullable(),
      }),
    ),
    timeline: z.array(
      z.object({
        stepKey: z.string(),
        type: z.string().meta({ description: 'OPENED, ALERT_ADDED, CLAIMED, ESCALATED, SAR_DRAFTED, CLOSED, ...' }),
        actor: z.string(),
        detail: z.record(z.string(), z.unknown()),
        at: dateTime,
      }),
    ),
    notes: z.array(
      z.object({
        noteId: z.string(),
        author: z.string(),
        body: z.string(),
        evidence: z.array(z.object({ kind: z.enum(['PAYMENT', 'DOCUMENT', 'URL']), ref: z.string() })),
        createdAt: dateTime,
      }),
    ),
    sar: z
      .object({
        sarId: z.string(),
        status: z.enum(SarStatus),
        draftedBy: z.array(z.string()),
        decidedBy: z.string().nullable(),
        decidedAt: nullableDateTime,
        rejectionReason: z.string().nullable(),
        updatedAt: dateTime,
        narrative: z.string(),
        reasonForSuspicion: z.string(),
        alertIds: z.array(z.string()),
        paymentIds: z.array(z.string()),
        lastEditedBy: z.string(),
      })
      .nullable(),
    hold: z.object({ placedAt: dateTime, releasedAt: nullableDateTime, releasedBy: z.string().nullable() }).nullable(),
  })
  .meta({ id: 'AmlCaseDetail' });

/** The case workflow's state after an accepted action. */
export const amlCaseStateSchema = z
  .object({
    caseId: z.string(),
    playerId: z.string(),
    jurisdiction: z.string(),
    status: z.enum(AmlCaseStatus),
    severity,
    alerts: z.array(
      z.object({
        alertId: z.string(),
        playerId: z.string(),
        ruleId: z.string(),
        ruleVersion: integer,
        severity,
        score: integer,
        occurredAt: dateTime,
      }),
    ),
    assignee: z.string().optional(),
    assigneeRole: staffRole.optional(),
    slaDueAt: dateTime,
    escalated: z.boolean(),
    holdActive: z.boolean(),
    sar: z
      .object({
        sarId: z.string(),
        status: z.enum(SarStatus),
        revisionId: z.string(),
        draftedBy: z.array(z.string()),
        decidedBy: z.string().optional(),
        rejectionReason: z.string().optional(),
      })
      .optional(),
    outcome: z.enum(AmlCaseOutcome).optional(),
    closedBy: z.string().optional(),
  })
  .meta({ id: 'AmlCaseState' });

/** A note just added. */
export const amlCaseNoteCreatedSchema = z.object({ noteId: z.string() }).meta({ id: 'AmlCaseNoteCreated' });
