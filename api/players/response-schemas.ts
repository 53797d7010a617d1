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
    dateOfBirth: z.string().meta({ format: 'date' }),
    status: z.enum(PlayerStatus),
    createdAt: dateTime,
  })
  .meta({ id: 'Player' });

/** A player with their wallet, as the player API shows them. */
export const playerWithWalletSchema = z
  .intersection(playerSchema, z.object({ wallet: walletBalanceSchema.nullable() }))
  .meta({ id: 'PlayerWithWallet' });

/** The player 360. */
export const playerOverviewSchema = z
  .object({
    player: playerSchema,
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
      "The player 360: profile (date of birth masked without the right to personal data), balances, the player's " +
      'latest workflows from Temporal visibility, and their payment instruments.',
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
