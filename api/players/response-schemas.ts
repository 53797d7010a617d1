import { z } from 'zod';
import { currencySchema } from '../../contracts/wallet';
import { PlayerStatus } from '../../domain/wallet/players';
import { dateTime, integer, minor, page, url, workflowExecutionStatus } from '../openapi/common-schemas';
import { paymentInstrumentSchema } from '../payments/response-schemas';
import { walletBalanceSchema } from '../wallet/response-schemas';

// What the player routes answer, registered by id for the OpenAPI document (api/players/openapi.ts).

/** A player's profile. */
export const playerSchema = z
  .object({
    playerId: z.string().regex(/^pl_[0-9A-HJKMNP-TV-Z]{26}$/),
    brand: z.string(),
    jurisdiction: z.string(),
    currency: currencySchema,
    dateOfBirth: z
      .string()
      .regex(/^(\d{4}-\d\d-\d\d|\*{4}-\*\*-\*\*)$/)
      .meta({ description: 'YYYY-MM-DD; `****-**-**` in the player 360, where personal data is masked.' }),
    status: z.enum(PlayerStatus),
    createdAt: dateTime,
  })
  .meta({ id: 'Player' });

const postalAddressSchema = z.object({
  lines: z.array(z.string()),
  city: z.string(),
  postcode: z.string(),
  country: z.string().meta({ description: 'ISO 3166-1 alpha-2; shown even when the rest is masked.' }),
});

/** A player's personal data; a field they have not given is left out. */
export const personalDataSchema = z
  .object({
    givenName: z.string().optional(),
    familyName: z.string().optional(),
    email: z.string().optional(),
    phone: z.string().optional(),
    address: postalAddressSchema.optional(),
  })
  .meta({
    id: 'PersonalData',
    description:
      'Masked (initials, `j***@e***.com`, the last two digits of the phone, the country of the address) wherever ' +
      'it is listed; unmasked only from `GET /api/players/{playerId}/personal-data`, which is audited.',
  });

/** A player's personal data unmasked, with their date of birth. */
export const revealedPersonalDataSchema = z
  .object({ ...personalDataSchema.shape, dateOfBirth: z.string().meta({ format: 'date' }) })
  .meta({ id: 'RevealedPersonalData', description: "A player's personal data in clear; each reading is audited." });

/** One page of the players list. */
export const playerListPageSchema = z
  .object({
    items: z.array(
      z.object({
        playerId: z.string(),
        brand: z.string(),
        jurisdiction: z.string(),
        currency: currencySchema,
        status: z.enum(PlayerStatus),
        createdAt: dateTime,
        personalData: personalDataSchema
          .nullable()
          .meta({ description: 'Masked; null when none was given or when it does not decrypt.' }),
        personalDataUnreadable: z.boolean().meta({
          description:
            'True when personal data is stored but does not decrypt (a tampered row, a missing master key): an alarm for engineers.',
        }),
      }),
    ),
    nextCursor: z
      .string()
      .nullable()
      .meta({ description: 'Pass as `cursor` for the next page; null on the last page.' }),
  })
  .meta({ id: 'PlayerListPage', description: 'Players matching the search, newest first.' });

/** A player with their wallet, as the player API shows them. */
export const playerWithWalletSchema = z
  .intersection(playerSchema, z.object({ wallet: walletBalanceSchema.nullable() }))
  .meta({ id: 'PlayerWithWallet' });

/** The player 360. */
export const playerOverviewSchema = z
  .object({
    player: playerSchema,
    personalData: personalDataSchema.nullable().meta({ description: 'Masked; null when none was given.' }),
    balances: z.object({ cashMinor: minor, bonusMinor: minor, pendingMinor: minor, currency: currencySchema }),
    workflows: z
      .array(
        z.object({
          workflowId: z.string(),
          type: z.string(),
          status: workflowExecutionStatus,
          startTime: dateTime,
          temporalWebUrl: url,
        }),
      )
      .nullable()
      .meta({
        description: 'The latest 50, newest first; null while Temporal does not answer (the rest still shows).',
      }),
    paymentInstruments: z.array(paymentInstrumentSchema).meta({
      description:
        "The player's cards, bank accounts and e-wallets, newest first, each with whether it was used to deposit " +
        'and can receive payouts (the closed-loop policy pays withdrawals back to deposit instruments).',
    }),
  })
  .meta({
    id: 'PlayerOverview',
    description:
      'The player 360: profile and personal data (masked for everyone: reveal them with the personal-data route), ' +
      "balances, the player's latest workflows from Temporal visibility, and their payment instruments (holder " +
      'names masked).',
  });

/** One page of a player's ledger. */
export const playerLedgerPageSchema = page(
  z.object({
    transactionId: integer,
    kind: z.string().meta({ description: 'The ledger transaction kind (DEPOSIT, BET, WIN, ...).' }),
    createdAt: dateTime,
    amountMinor: minor.meta({ description: "The net change across the player's own accounts." }),
    postings: z.array(z.object({ accountKind: z.string(), amountMinor: minor })),
  }),
).meta({
  id: 'PlayerLedgerPage',
  description: "The player's ledger transactions, newest first, each with its postings on the player's accounts.",
});
