import { z } from 'zod';
import {
  CreditMarker,
  HarmMarker,
  InterventionStatus,
  RgInteractionKind,
  RgRestrictionKind,
  RgRestrictionSource,
  VulnerabilityCheckStatus,
} from '../../contracts/rg';
import { count, dateTime, integer, minor, nullableDateTime, page } from '../openapi/common-schemas';

// What the RG harm routes answer (interventions, restrictions, interactions, harm score, vulnerability checks),
// registered by id for the OpenAPI document (api/rg/harm-openapi.ts).

const level = z.int().min(0).max(3).meta({ description: '0 none yet, 1 message, 2 officer task, 3 restrictions.' });

/** An intervention as the RG officer queue lists it. */
export const rgInterventionSummarySchema = z
  .object({
    workflowId: z.string().meta({ description: '`rg:intervention:{playerId}:{n}`' }),
    playerId: z.string(),
    n: integer.meta({ description: "The player's n-th intervention." }),
    status: z.enum(InterventionStatus),
    level,
    score: integer.meta({ description: 'The harm score when it was last told.' }),
    assignee: z.string().nullable(),
    slaDueAt: nullableDateTime.meta({ description: "When the current level's SLA runs out." }),
    escalatedToSenior: z.boolean().meta({ description: 'The restrictions went unreviewed past their SLA.' }),
    openedAt: dateTime,
  })
  .meta({ id: 'RgInterventionSummary' });

/** The RG officer queue. */
export const rgInterventionPageSchema = page(rgInterventionSummarySchema).meta({ id: 'RgInterventionPage' });

/** One intervention with its timeline. */
export const rgInterventionDetailSchema = rgInterventionSummarySchema
  .extend({
    resolvedAt: nullableDateTime,
    outcome: z.string().nullable(),
    timeline: z.array(
      z.object({
        type: z.string(),
        level,
        actor: z.string(),
        reason: z.string(),
        detail: z.record(z.string(), z.unknown()),
        at: dateTime,
      }),
    ),
  })
  .meta({ id: 'RgInterventionDetail' });

/** An intervention's live state after an officer's act (its workflow's getStatus). */
export const rgInterventionStateSchema = z
  .object({
    playerId: z.string(),
    n: integer,
    status: z.enum(InterventionStatus),
    level,
    score: integer,
    markers: z.array(z.enum(HarmMarker)),
    assignee: z.string().optional(),
    slaDueAt: dateTime.optional(),
    escalatedToSenior: z.boolean(),
    interactionsLogged: count,
    outcome: z.string().optional(),
  })
  .meta({ id: 'RgInterventionState' });

/** A player's harm score with its contributions. */
export const rgHarmScoreSchema = z
  .object({
    score: integer,
    level,
    windowDays: integer,
    contributions: z.array(
      z.object({
        marker: z.enum(HarmMarker),
        weight: integer,
        strong: z.boolean().meta({ description: 'A strong indicator: it acts at once.' }),
        observedAt: dateTime,
        explanation: z.string(),
        facts: z.record(z.string(), z.unknown()),
      }),
    ),
  })
  .meta({ id: 'RgHarmScore' });

/** A restriction on a player. */
export const rgRestrictionSchema = z
  .object({
    restrictionId: z.string(),
    kind: z.enum(RgRestrictionKind),
    source: z.enum(RgRestrictionSource),
    sourceRef: z.string(),
    reason: z.string(),
    appliedBy: z.string(),
    appliedAt: dateTime,
    until: nullableDateTime,
    liftedAt: nullableDateTime,
    liftedBy: z.string().nullable(),
    liftReason: z.string().nullable(),
    inForce: z.boolean(),
  })
  .meta({ id: 'RgRestriction' });

/** A player's restrictions. */
export const rgRestrictionListSchema = z
  .object({ inForce: z.array(z.enum(RgRestrictionKind)), items: z.array(rgRestrictionSchema) })
  .meta({ id: 'RgRestrictionList' });

/** What applying or lifting a restriction answered. */
export const rgRestrictionChangeSchema = z
  .object({ restrictionId: z.string(), created: z.boolean().optional(), lifted: z.boolean().optional() })
  .meta({ id: 'RgRestrictionChange' });

/** An interaction with the player. */
export const rgInteractionSchema = z
  .object({
    interactionId: z.string(),
    kind: z.enum(RgInteractionKind),
    note: z.string(),
    strongIndicator: z.boolean(),
    by: z.string(),
    interventionWorkflowId: z.string().nullable(),
    createdAt: dateTime,
  })
  .meta({ id: 'RgInteraction' });

/** A player's interactions. */
export const rgInteractionListSchema = z
  .object({ items: z.array(rgInteractionSchema) })
  .meta({ id: 'RgInteractionList' });

/** What logging an interaction answered. */
export const rgInteractionCreatedSchema = z.object({ interactionId: z.string() }).meta({ id: 'RgInteractionCreated' });

/** A player's financial vulnerability checks. */
export const rgVulnerabilityCheckListSchema = z
  .object({
    items: z.array(
      z.object({
        checkId: z.string(),
        status: z.enum(VulnerabilityCheckStatus),
        netDepositsMinor: minor,
        thresholdMinor: minor,
        currency: z.string(),
        windowDays: integer,
        markers: z.array(z.enum(CreditMarker)),
        restrictions: z.array(z.enum(RgRestrictionKind)),
        workflowId: z.string(),
        startedAt: dateTime,
        completedAt: nullableDateTime,
      }),
    ),
  })
  .meta({ id: 'RgVulnerabilityCheckList' });
