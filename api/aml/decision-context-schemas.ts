import { z } from 'zod';
import { AmlCaseStatus, AmlSeverity } from '../../contracts/aml';
import { DueDiligenceLevel, KycStatus } from '../../contracts/kyc';
import { PaymentInstrumentKind } from '../../contracts/payments';
import { currencySchema } from '../../contracts/wallet';
import { LinkVia } from '../../domain/players/linked-players';
import { PlayerStatus } from '../../domain/wallet/players';
import { count, dateTime, integer, minor, nullableDateTime, page, staffName } from '../openapi/common-schemas';

// The response schemas of the decision context and of player notes (api/aml/decision-context-router.ts).

const contextPaymentSchema = z.object({
  paymentId: z.string(),
  kind: z.enum(['DEPOSIT', 'WITHDRAWAL']),
  status: z.string(),
  amountMinor: minor,
  currency: currencySchema,
  psp: z.string().nullable(),
  failureReason: z.string().nullable(),
  instrument: z
    .object({ instrumentId: z.string(), kind: z.enum(PaymentInstrumentKind), label: z.string() })
    .nullable()
    .meta({ description: 'Display data only: "Visa •••• 4242, 12/2030", "IBAN DE •••• 3000".' }),
  createdAt: dateTime,
});

const contextMoneySchema = z
  .object({
    currency: currencySchema,
    depositsMinor: minor.meta({ description: 'Credited deposits, lifetime.' }),
    withdrawalsMinor: minor.meta({ description: 'Paid-out withdrawals, lifetime.' }),
    netDepositsMinor: minor.meta({ description: 'Deposits − withdrawals.' }),
    pendingWithdrawalsMinor: minor.meta({ description: 'Reserved for withdrawals not paid out yet.' }),
    betsMinor: minor.meta({ description: 'Cash bets, net of rolled-back bets, lifetime.' }),
    winsMinor: minor.meta({ description: 'Cash wins, lifetime.' }),
    ggrMinor: minor.meta({ description: 'Gross gaming revenue: bets − wins (negative when the player is ahead).' }),
    turnoverSinceLastDepositMinor: minor.meta({ description: 'Cash bets since the latest credited deposit.' }),
    lastDepositMinor: minor.nullable(),
    lastDepositAt: nullableDateTime,
  })
  .meta({ description: "The player's money in one currency, from the ledger (cash account: the player's own money)." });

/** What an officer needs beside a decision on a player. */
export const decisionContextSchema = z
  .object({
    player: z.object({
      playerId: z.string(),
      displayName: z.string().nullable().meta({ description: 'Masked (initials), as the player 360 shows it.' }),
      brand: z.string(),
      status: z.enum(PlayerStatus),
      jurisdiction: z.string(),
      currency: currencySchema,
      registeredAt: dateTime,
    }),
    payments: z.object({
      latest: z.array(contextPaymentSchema).meta({ description: 'The latest 50 deposits and withdrawals.' }),
      depositsCount: count,
      withdrawalsCount: count,
    }),
    money: z.array(contextMoneySchema),
    monthly: z
      .array(z.object({ month: z.string(), currency: currencySchema, depositsMinor: minor, withdrawalsMinor: minor }))
      .meta({ description: 'Deposits credited and withdrawals paid per month (UTC), the last 12 months.' }),
    linkedPlayers: z
      .array(
        z.object({
          playerId: z.string(),
          displayName: z.string().nullable(),
          brand: z.string(),
          status: z.enum(PlayerStatus),
          via: z.array(z.enum(LinkVia)).meta({ description: 'Every way they are linked.' }),
        }),
      )
      .meta({ description: 'Other players sharing a device, an address or a payment instrument (at most 200).' }),
    aml: z.object({
      openAlerts: z.array(
        z.object({
          alertId: z.string(),
          ruleId: z.string(),
          ruleName: z.string().nullable(),
          ruleVersion: integer,
          severity: z.enum(AmlSeverity),
          score: integer,
          caseId: z.string().nullable(),
          occurredAt: dateTime,
        }),
      ),
      openCases: z.array(
        z.object({
          caseId: z.string(),
          status: z.enum(AmlCaseStatus),
          severity: z.enum(AmlSeverity),
          assignee: z.string().nullable(),
          assigneeName: staffName('assignee'),
          slaDueAt: dateTime,
          openedAt: dateTime,
          holdsPayouts: z.boolean(),
        }),
      ),
      payoutsHeld: z.boolean().meta({ description: "Whether an open AML case holds the player's payouts." }),
    }),
    kyc: z.object({
      status: z.enum(KycStatus),
      requiredLevel: z.enum(DueDiligenceLevel),
      restrictionReason: z.string().nullable(),
      verifiedAt: nullableDateTime,
      openReviews: count,
    }),
    screening: z.object({
      lastScreenedAt: nullableDateTime,
      sanctionsHits: count,
      pepHits: count,
      highestScore: z.number().nullable().meta({ description: 'The best match score (0 to 1) of the last screening.' }),
    }),
    pastDecisions: z
      .array(
        z.object({
          kind: z.enum(['WITHDRAWAL', 'KYC_REVIEW', 'AML_CASE']),
          subjectId: z.string(),
          decision: z
            .string()
            .meta({ description: 'APPROVE/REJECT (withdrawal), CLEAR/REJECT (KYC review), the outcome (AML case).' }),
          staffId: z.string().nullable(),
          staffName: staffName('staffId'),
          reason: z.string().nullable(),
          decidedAt: dateTime,
        }),
      )
      .meta({ description: 'The latest 50 decisions on the player, newest first.' }),
  })
  .meta({ id: 'DecisionContext', description: 'What an officer needs beside a withdrawal, a KYC review or a case.' });

/** One note on a player. */
export const playerNoteSchema = z
  .object({
    noteId: z.string(),
    playerId: z.string(),
    body: z.string().nullable().meta({ description: 'The text; null for a note that only tags.' }),
    tags: z.array(z.string()),
    author: z.string(),
    authorName: staffName('author'),
    createdAt: dateTime,
  })
  .meta({ id: 'PlayerNote', description: 'A note or tags a staff member added; never edited or deleted.' });

/** A page of a player's notes, and all their tags. */
export const playerNotesPageSchema = page(playerNoteSchema)
  .extend({ tags: z.array(z.string()).meta({ description: "All the player's tags, alphabetically." }) })
  .meta({ id: 'PlayerNotesPage', description: "A player's notes, newest first." });
