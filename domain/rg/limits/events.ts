import { z } from 'zod';
import { RG_EVENTS_TOPIC, RgLimitDirection, RgLimitKind, RgLimitPeriod } from '../../../contracts/rg';
import { defineEvent } from '../../../platform/events';

/**
 * Published when a limit change applies (a decrease or first limit at once, an increase or removal after its
 * cooling-off), in the same transaction. Amounts are minor units of the player's currency, or minutes for
 * SESSION_TIME; null is no limit. rg-harm's consumer reads repeated increases as a marker of harm.
 */
export const rgLimitChangedEvent = defineEvent({
  topic: RG_EVENTS_TOPIC,
  type: 'rg.limit.changed',
  version: 1,
  payload: z.object({
    playerId: z.string().min(1),
    kind: z.enum(RgLimitKind),
    period: z.enum(RgLimitPeriod),
    fromMinor: z.number().int().nullable(),
    toMinor: z.number().int().nullable(),
    direction: z.enum(RgLimitDirection),
    appliedAt: z.iso.datetime({ offset: true }),
  }),
});
