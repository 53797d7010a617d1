import { z } from 'zod';
import {
  RG_EVENTS_TOPIC,
  RgInteractionKind,
  RgRestrictionKind,
  RgRestrictionSource,
  type RgInteractionKind as Kind,
} from '../../../contracts/rg';
import { defineEvent } from '../../../platform/events';

const restrictionFields = {
  restrictionId: z.string().min(1),
  playerId: z.string().min(1),
  kind: z.enum(Object.values(RgRestrictionKind) as [RgRestrictionKind, ...RgRestrictionKind[]]),
  source: z.enum(Object.values(RgRestrictionSource) as [RgRestrictionSource, ...RgRestrictionSource[]]),
  sourceRef: z.string().min(1),
  at: z.iso.datetime({ offset: true }),
};

/** A restriction was put on a player (written with the row, in its transaction). */
export const rgRestrictionAppliedEvent = defineEvent({
  topic: RG_EVENTS_TOPIC,
  type: 'rg.restriction.applied',
  version: 1,
  payload: z.object({ ...restrictionFields, until: z.iso.datetime({ offset: true }).nullable() }),
});

/** A restriction was lifted, with who lifted it (the reason stays in Postgres). */
export const rgRestrictionLiftedEvent = defineEvent({
  topic: RG_EVENTS_TOPIC,
  type: 'rg.restriction.lifted',
  version: 1,
  payload: z.object({ ...restrictionFields, liftedBy: z.string().min(1) }),
});

/** An intervention reached a level (1 message, 2 officer task, 3 restrictions). */
export const rgInterventionLevelEvent = defineEvent({
  topic: RG_EVENTS_TOPIC,
  type: 'rg.intervention.level',
  version: 1,
  payload: z.object({
    playerId: z.string().min(1),
    workflowId: z.string().min(1),
    level: z.number().int().min(1).max(3),
    score: z.number().int().min(0),
    at: z.iso.datetime({ offset: true }),
  }),
});

/**
 * An interaction was logged. The harm monitor reads it: a customer's contact about gambling is a marker, and one
 * flagged as a strong indicator acts at once. The note stays in Postgres (it may hold what the player said).
 */
export const rgInteractionLoggedEvent = defineEvent({
  topic: RG_EVENTS_TOPIC,
  type: 'rg.interaction.logged',
  version: 1,
  payload: z.object({
    interactionId: z.string().min(1),
    playerId: z.string().min(1),
    kind: z.enum(Object.values(RgInteractionKind) as [Kind, ...Kind[]]),
    strongIndicator: z.boolean(),
    at: z.iso.datetime({ offset: true }),
  }),
});

/**
 * How the harm monitor reads rg-limits' `rg.limit.changed` (owned by rg-limits): only the fields it needs, so a
 * later version that adds fields still reads. An increase is a marker when it repeats.
 */
export const rgLimitChangedReadModel = defineEvent({
  topic: RG_EVENTS_TOPIC,
  type: 'rg.limit.changed',
  version: 1,
  payload: z.looseObject({ playerId: z.string().min(1), direction: z.enum(['INCREASE', 'DECREASE']) }),
});
