import { z } from 'zod';
import { ListKind, ListSource, NameKind } from '../../domain/kyc/screening/list-entry';
import { TokenMatchKind } from '../../domain/kyc/screening/name-matching';
import { count, dateTime, page } from '../openapi/common-schemas';

// What the screening routes answer, registered by id for the OpenAPI document (api/kyc/screening-openapi.ts).

const isoDate = z
  .string()
  .meta({ description: 'A date as precise as the list gives it: YYYY, YYYY-MM or YYYY-MM-DD.' });

/** One entry of a sanctions or PEP list, whatever its format. */
export const listEntrySchema = z
  .object({
    entryId: z.string().meta({ description: "The source's own id: OFAC ent_num, OFSI Group ID, the PEP list's id." }),
    entityType: z.enum(['INDIVIDUAL', 'ENTITY', 'VESSEL', 'AIRCRAFT', 'UNKNOWN']),
    names: z.array(z.object({ name: z.string(), kind: z.enum(NameKind) })).meta({
      description: 'Every name variant; WEAK_AKA is a low-quality alias, NON_LATIN the name in its own script.',
    }),
    datesOfBirth: z.array(isoDate),
    countries: z.array(z.string()).meta({ description: 'ISO 3166-1 alpha-2 where known, else the list text.' }),
    nationalities: z.array(z.string()),
    programmes: z.array(z.string()).meta({ description: 'Sanctions programmes or regimes.' }),
    position: z.string().optional(),
    remarks: z.string().optional(),
  })
  .meta({ id: 'ScreeningListEntry' });

/** A list version: one import of a source. */
export const listVersionSchema = z
  .object({
    versionId: z.string(),
    source: z.enum(ListSource),
    listKind: z.enum(ListKind),
    importedAt: dateTime,
    importedBy: z.string().meta({ description: "A staff id, or 'system' (the default lists, the import command)." }),
    sourceDate: z.string().nullable().meta({ description: 'The date the source published the list, when it says.' }),
    files: z.array(z.object({ name: z.string(), bytes: count, sha256: z.string() })),
    contentSha256: z.string(),
    entryCount: count,
    nameCount: count,
    previousVersionId: z.string().nullable(),
    addedCount: count,
    removedCount: count,
    changedCount: count,
  })
  .meta({ id: 'ScreeningListVersion' });

/** The current version of every source. */
export const currentListsSchema = z
  .object({ items: z.array(listVersionSchema) })
  .meta({ id: 'ScreeningListsCurrent', description: 'The current (latest) version of each list source.' });

/** A page of versions, newest first. */
export const listVersionPageSchema = page(listVersionSchema).meta({ id: 'ScreeningListVersionPage' });

/** A page of a version's diff to its source's previous version. */
export const listChangePageSchema = page(
  z.object({ entryId: z.string(), change: z.enum(['ADDED', 'REMOVED', 'CHANGED']), entry: listEntrySchema }),
).meta({
  id: 'ScreeningListChangePage',
  description: 'Each entry the version added, removed or changed; a removed entry as the previous version had it.',
});

/** What an import did. */
export const listImportResultSchema = z
  .object({
    version: listVersionSchema,
    unchanged: z.boolean().meta({ description: 'The files were those of the current version: nothing was imported.' }),
    rescreeningWorkflowId: z
      .string()
      .optional()
      .meta({
        description:
          'The re-screening of every active player against the added and changed entries, started by this import ' +
          '(absent when nothing was added or changed, or Temporal could not be reached: the daily run covers it).',
      }),
  })
  .meta({ id: 'ScreeningListImportResult' });

const explanationSchema = z
  .object({
    variant: z.object({ name: z.string(), kind: z.enum(NameKind) }),
    matchedTokens: z.array(
      z.object({
        playerPart: z.enum(['givenName', 'familyName']),
        playerToken: count.meta({ description: "The token's position in that part of the player's name." }),
        entryToken: z.string(),
        how: z.enum(TokenMatchKind),
        similarity: z.number().min(0).max(1),
        weight: z.number().meta({ description: 'Rare tokens weigh more than common ones.' }),
      }),
    ),
    unmatchedEntryTokens: z.array(z.string()),
    unmatchedPlayerTokens: count,
    nameScore: z.number().min(0).max(1),
    aliasFactor: z.number().meta({ description: 'Below 1 for weak, former and new names.' }),
    factors: z.array(
      z.object({
        factor: z.enum(['DATE_OF_BIRTH', 'COUNTRY']),
        outcome: z.enum(['SAME_DAY', 'SAME_MONTH', 'SAME_YEAR', 'NEAR_YEAR', 'SAME', 'DIFFERENT', 'UNKNOWN']),
        entryValues: z.array(z.string()),
        effect: z.number(),
      }),
    ),
  })
  .meta({
    id: 'ScreeningHitExplanation',
    description:
      "Why a hit scored what it did. The player's own name is not repeated here (it is personal data): tokens are " +
      'named by part and position.',
  });

/** A screening with its hits beside the list entries they matched. */
export const screeningHitsSchema = z
  .object({
    screeningId: z.string(),
    playerId: z.string(),
    reason: z.enum(['ONBOARDING', 'RESCREEN']),
    screenedAt: dateTime,
    listVersionIds: z.array(z.string()),
    onlyChangesOf: z.string().nullable(),
    hits: z.array(
      z.object({
        versionId: z.string(),
        source: z.enum(ListSource),
        listKind: z.enum(ListKind),
        sourceDate: z.string().nullable(),
        entryId: z.string(),
        score: z.number().min(0).max(1),
        explanation: explanationSchema,
        entry: listEntrySchema,
      }),
    ),
  })
  .meta({ id: 'ScreeningHits' });
