import { z } from 'zod';
import { RG_EVENTS_TOPIC, RgExclusionKind } from '../../../contracts/rg';
import { defineEvent } from '../../../platform/events';

// The exclusion events on rg.events, written in the same transaction as the exclusion's start or end. Ids, kinds
// and times only: what the player said stays in Postgres.

/** A time-out or self-exclusion took effect on an account (one event per covered account, keyed by its player). */
export const rgExclusionStartedEvent = defineEvent({
  topic: RG_EVENTS_TOPIC,
  type: 'rg.exclusion.started',
  version: 1,
  payload: z.object({
    exclusionId: z.string().min(1),
    playerId: z.string().min(1),
    kind: z.enum(RgExclusionKind),
    /** The exclusion this account's row is covered by (another brand's account of the same person), if any. */
    coveredBy: z.string().min(1).nullable(),
    startsAt: z.iso.datetime({ offset: true }),
    endsAt: z.iso.datetime({ offset: true }),
  }),
});

/** A time-out ended by itself, or a self-exclusion ended after the player's return request and the cooling-off. */
export const rgExclusionEndedEvent = defineEvent({
  topic: RG_EVENTS_TOPIC,
  type: 'rg.exclusion.ended',
  version: 1,
  payload: z.object({
    exclusionId: z.string().min(1),
    playerId: z.string().min(1),
    kind: z.enum(RgExclusionKind),
    endedAt: z.iso.datetime({ offset: true }),
  }),
});
