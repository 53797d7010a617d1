import { z } from 'zod';
import {
  NationalScheme,
  RgBalanceReturn,
  RgExclusionKind,
  RgExclusionStatus,
  SchemeAnswer,
  SchemeCheckPurpose,
} from '../../contracts/rg';
import { count, dateTime, minor, nullableDateTime } from '../openapi/common-schemas';

// What the exclusion, scheme-check and reality-check routes answer, registered by id for the OpenAPI document
// (api/rg/exclusions-openapi.ts).

/** One time-out or self-exclusion. */
export const rgExclusionSchema = z
  .object({
    exclusionId: z.string(),
    playerId: z.string(),
    kind: z.enum(RgExclusionKind),
    status: z.enum(RgExclusionStatus).meta({
      description:
        'IN_FORCE; MINIMUM_REACHED (a self-exclusion past its chosen length, still in force until the player asks ' +
        'to return); COOLING_OFF (the return was asked, in force until `returnsAt`); ENDED.',
    }),
    startsAt: dateTime,
    endsAt: dateTime.meta({ description: 'A time-out ends then; a self-exclusion may be left from then, on request.' }),
    endedAt: nullableDateTime,
    minimumReachedAt: nullableDateTime,
    returnRequestedAt: nullableDateTime,
    returnsAt: nullableDateTime.meta({ description: 'When the cooling-off after the return request ends.' }),
    requestedBy: z.string().meta({ description: 'The player, or the staff id of the agent who acted for them.' }),
    reason: z.string(),
    workflowId: z.string(),
    coveredBy: z.string().nullable().meta({
      description: "The exclusion of the same person's account on another brand that covers this account, if any.",
    }),
    balanceReturn: z
      .enum(RgBalanceReturn)
      .nullable()
      .meta({
        description:
          'Self-exclusion: the cash balance was paid out (payoutId), waits for the player to name an instrument, or ' +
          'there was none. Null until the workflow has done that step (and for a time-out).',
      }),
    balanceMinor: minor.nullable(),
    payoutId: z.string().nullable(),
    bonusForfeitedMinor: minor.nullable(),
  })
  .meta({ id: 'RgExclusion' });

/** An exclusion just started, with the same person's accounts it covers. */
export const rgExclusionStartedSchema = z
  .object({ exclusion: rgExclusionSchema, coveredPlayerIds: z.array(z.string()) })
  .meta({ id: 'RgExclusionStarted' });

/** A return request accepted. */
export const rgExclusionReturnSchema = z
  .object({ exclusion: rgExclusionSchema, returnsAt: dateTime })
  .meta({ id: 'RgExclusionReturnRequested' });

/** One look-up at a national scheme. */
export const rgSchemeCheckSchema = z
  .object({
    checkId: z.string(),
    playerId: z.string().nullable(),
    jurisdiction: z.string(),
    scheme: z.enum(NationalScheme),
    purpose: z.enum(SchemeCheckPurpose),
    answer: z.enum(SchemeAnswer),
    schemeAnswer: z.string().nullable().meta({ description: "The scheme's own answer (GAMSTOP: Y, N or P)." }),
    attempts: count,
    latencyMs: count,
    error: z.string().nullable(),
    requestedBy: z.string(),
    checkedAt: dateTime,
  })
  .meta({ id: 'RgSchemeCheck' });

/** A player's exclusions. */
export const rgExclusionListSchema = z.object({ items: z.array(rgExclusionSchema) }).meta({ id: 'RgExclusionList' });

/** A player's scheme checks. */
export const rgSchemeCheckListSchema = z
  .object({ items: z.array(rgSchemeCheckSchema) })
  .meta({ id: 'RgSchemeCheckList' });

/** The back office's view: the exclusions and the scheme checks beside them. */
export const rgPlayerExclusionsSchema = z
  .object({ exclusions: z.array(rgExclusionSchema), schemeChecks: z.array(rgSchemeCheckSchema) })
  .meta({ id: 'RgPlayerExclusions' });

/** The reality check the player-facing app shows. */
export const rgRealityCheckSchema = z
  .object({
    intervalMinutes: z.int().nullable().meta({ description: 'The player’s interval; null when none is set.' }),
    session: z
      .object({
        sessionId: z.string(),
        gameId: z.string(),
        openedAt: dateTime,
        elapsedMinutes: count,
        nextReminderAt: nullableDateTime,
        currency: z.string(),
        stakedMinor: minor,
        wonMinor: minor,
        netMinor: minor.meta({ description: 'Won minus staked; negative is what the session has cost.' }),
      })
      .nullable()
      .meta({ description: 'The most recently active open game session; null when none is open.' }),
  })
  .meta({ id: 'RgRealityCheck' });
