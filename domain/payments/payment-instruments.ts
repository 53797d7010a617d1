import type { Logger } from '../../platform/logger';
import type { Queryable } from '../../platform/db';
import { newBusinessId } from '../../platform/ids';
import {
  instrumentKindOf,
  type PaymentInstrumentKind,
  type PaymentInstrumentView,
  type PaymentMethod,
} from '../../contracts/payments';
import { PaymentRuleError, PaymentRuleType } from './errors';

// Payment instruments are kept only as the PSP's token and safe display data (PCI DSS): the token goes back to the
// PSP that issued it and nowhere else, the display data to screens, never a full card number or IBAN.

/** An instrument as a PSP returns it after tokenising it: its token and what we may show of it. */
export interface TokenisedInstrument {
  token: string;
  kind: PaymentInstrumentKind;
  cardBrand?: string;
  cardLast4?: string;
  cardExpiryMonth?: number;
  cardExpiryYear?: number;
  holderName?: string;
  ibanCountry?: string;
  ibanLast4?: string;
  ewalletAccount?: string;
  canReceivePayouts: boolean;
}

/** The SQL of an instrument's view (sql/functions/payment_instrument_view.sql), by the column holding its id. */
export const instrumentViewSql = (idColumn: string) => `payment_instrument_view(p_instrument_id => ${idColumn})`;

/**
 * Keeps an instrument a PSP tokenised for `playerId` (once per PSP and token: a card used again is the same row)
 * and returns its id; undefined, with a warning, when the PSP gave that token to another player's instrument
 * (one card in two accounts is for an officer to look at, not for the payment to fail after the PSP acted).
 * With `linkToPayment`, the same statement makes it that payment's instrument (one round trip on the deposit path).
 */
export async function recordTokenisedInstrument(
  db: Queryable,
  input: { playerId: string; psp: string; instrument: TokenisedInstrument; linkToPayment?: string },
  logger?: Logger,
): Promise<string | undefined> {
  const i = input.instrument;
  const { rows } = await db.query<{ instrumentId: string; playerId: string }>(
    `WITH kept AS (
       INSERT INTO payment_instruments (instrument_id, player_id, psp, token, kind, card_brand, card_last4,
         card_expiry_month, card_expiry_year, holder_name, iban_country, iban_last4, ewallet_account, can_receive_payouts)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14)
       ON CONFLICT (psp, token) DO UPDATE SET can_receive_payouts = EXCLUDED.can_receive_payouts
       RETURNING instrument_id, player_id
     ), linked AS (
       UPDATE payments p SET instrument_id = kept.instrument_id FROM kept
       WHERE p.payment_id = $15 AND kept.player_id = $2
     )
     SELECT instrument_id AS "instrumentId", player_id AS "playerId" FROM kept`,
    [
      newBusinessId('pi'),
      input.playerId,
      input.psp,
      i.token,
      i.kind,
      i.cardBrand ?? null,
      i.cardLast4 ?? null,
      i.cardExpiryMonth ?? null,
      i.cardExpiryYear ?? null,
      i.holderName ?? null,
      i.ibanCountry ?? null,
      i.ibanLast4 ?? null,
      i.ewalletAccount ?? null,
      i.canReceivePayouts,
      input.linkToPayment ?? null,
    ],
  );
  const row = rows[0]!;
  if (row.playerId === input.playerId) return row.instrumentId;
  // Kept for the AML rules and the officers' linked players (domain/players/linked-players.ts).
  await db.query(
    `INSERT INTO shared_instrument_uses (instrument_id, player_id) VALUES ($1, $2)
     ON CONFLICT (instrument_id, player_id) DO UPDATE SET last_seen_at = now()`,
    [row.instrumentId, input.playerId],
  );
  logger?.warn(
    { psp: input.psp, instrumentId: row.instrumentId, playerId: input.playerId },
    "a PSP tokenised another player's instrument for this player: not linked",
  );
  return undefined;
}

/** Marks the instrument of a credited deposit as used to deposit (the first time only); idempotent. */
export async function markInstrumentDeposited(db: Queryable, depositId: string): Promise<void> {
  await db.query(
    `UPDATE payment_instruments i SET first_deposit_at = now() FROM payments p
     WHERE p.payment_id = $1 AND i.instrument_id = p.instrument_id AND i.first_deposit_at IS NULL`,
    [depositId],
  );
}

/** Marks an instrument as used to deposit, the first time only (a deposit credited elsewhere: imports, tests). */
export async function markInstrumentUsedForDeposit(db: Queryable, instrumentId: string): Promise<void> {
  await db.query(
    'UPDATE payment_instruments SET first_deposit_at = now() WHERE instrument_id = $1 AND first_deposit_at IS NULL',
    [instrumentId],
  );
}

/** The token to send `psp` for payment `paymentId`: its instrument's, when that PSP issued it. */
export async function instrumentTokenFor(db: Queryable, paymentId: string, psp: string): Promise<string | undefined> {
  const { rows } = await db.query<{ token: string }>(
    `SELECT i.token FROM payments p JOIN payment_instruments i USING (instrument_id)
     WHERE p.payment_id = $1 AND i.psp = $2`,
    [paymentId, psp],
  );
  return rows[0]?.token;
}

/** The PSP that issued an instrument's token: the only one a payment to or from it can go through. */
export async function instrumentPsp(db: Queryable, instrumentId: string): Promise<string | undefined> {
  const { rows } = await db.query<{ psp: string }>('SELECT psp FROM payment_instruments WHERE instrument_id = $1', [
    instrumentId,
  ]);
  return rows[0]?.psp;
}

/** The player's instruments, newest first, as screens show them. */
export async function listPlayerInstruments(db: Queryable, playerId: string): Promise<PaymentInstrumentView[]> {
  const { rows } = await db.query<{ view: PaymentInstrumentView }>(
    `SELECT ${instrumentViewSql('instrument_id')} AS view FROM payment_instruments
     WHERE player_id = $1 ORDER BY created_at DESC, instrument_id`,
    [playerId],
  );
  return rows.map((row) => row.view);
}

interface InstrumentFacts {
  instrumentId: string;
  kind: PaymentInstrumentKind;
  usedForDeposit: boolean;
  canReceivePayouts: boolean;
}

async function instrumentsOf(db: Queryable, playerId: string): Promise<InstrumentFacts[]> {
  const { rows } = await db.query<InstrumentFacts>(
    `SELECT instrument_id AS "instrumentId", kind, first_deposit_at IS NOT NULL AS "usedForDeposit",
            can_receive_payouts AS "canReceivePayouts"
     FROM payment_instruments WHERE player_id = $1
     ORDER BY first_deposit_at DESC NULLS LAST, created_at DESC, instrument_id`,
    [playerId],
  );
  return rows;
}

/**
 * The saved instrument a deposit pays from: the player's own, of the kind its method pays from. Refused with
 * UNKNOWN_INSTRUMENT (another player's is unknown too) or INSTRUMENT_METHOD_MISMATCH.
 */
export async function depositInstrument(
  db: Queryable,
  request: { playerId: string; method: PaymentMethod; instrumentId: string },
): Promise<string> {
  const instrument = (await instrumentsOf(db, request.playerId)).find((i) => i.instrumentId === request.instrumentId);
  if (!instrument) throw unknownInstrument(request.instrumentId, request.playerId);
  requireFit(instrument, request.method);
  return instrument.instrumentId;
}

/**
 * Where a withdrawal is paid, decided when it is requested (so a refusal starts no saga). The method must fit the
 * instrument (a card is paid by a card payout, never by a bank rail), and the instrument must be able to receive
 * funds. Under a closed-loop jurisdiction, a player who has a deposit instrument able to receive funds is paid back
 * to one of those; only when none can (a prepaid card, an e-wallet that takes no payouts) may another instrument of
 * their own be paid. Elsewhere any of their instruments able to receive funds may be paid, and screens show
 * whether it was used to deposit. Without `instrumentId`, the most recent deposit instrument that fits the method
 * is chosen (any that fits, where the policy allows).
 */
export async function payoutInstrument(
  db: Queryable,
  request: { playerId: string; method: PaymentMethod; instrumentId?: string; closedLoop: boolean },
): Promise<string> {
  const instruments = await instrumentsOf(db, request.playerId);
  const depositReceivers = instruments.filter((i) => i.usedForDeposit && i.canReceivePayouts);
  const closedLoopApplies = request.closedLoop && depositReceivers.length > 0;
  if (request.instrumentId !== undefined) {
    const instrument = instruments.find((i) => i.instrumentId === request.instrumentId);
    if (!instrument) throw unknownInstrument(request.instrumentId, request.playerId);
    requireFit(instrument, request.method);
    if (!instrument.canReceivePayouts) {
      throw new PaymentRuleError(
        PaymentRuleType.InstrumentCannotReceivePayouts,
        `instrument ${instrument.instrumentId} cannot receive payouts; choose another of the player's instruments`,
        { instrumentId: instrument.instrumentId },
      );
    }
    if (closedLoopApplies && !instrument.usedForDeposit) throw notUsedForDeposit(instrument, depositReceivers);
    return instrument.instrumentId;
  }
  const kind = instrumentKindOf[request.method];
  const chosen = (closedLoopApplies ? depositReceivers : instruments.filter((i) => i.canReceivePayouts)).find(
    (i) => i.kind === kind,
  );
  if (chosen) return chosen.instrumentId;
  throw new PaymentRuleError(
    PaymentRuleType.NoPayoutInstrument,
    closedLoopApplies
      ? `no deposit instrument of the player takes a ${request.method} payout: the jurisdiction pays withdrawals back to a deposit instrument`
      : `the player has no instrument that can receive a ${request.method} payout`,
    { payoutMethods: payoutMethodsOf(closedLoopApplies ? depositReceivers : instruments) },
  );
}

function requireFit(instrument: InstrumentFacts, method: PaymentMethod): void {
  if (instrumentKindOf[method] === instrument.kind) return;
  throw new PaymentRuleError(
    PaymentRuleType.InstrumentMethodMismatch,
    `a ${method} payment does not fit instrument ${instrument.instrumentId}, a ${instrument.kind}`,
    { instrumentId: instrument.instrumentId, instrumentKind: instrument.kind, method },
  );
}

const unknownInstrument = (instrumentId: string, playerId: string) =>
  new PaymentRuleError(PaymentRuleType.UnknownInstrument, `player ${playerId} has no instrument ${instrumentId}`, {
    instrumentId,
  });

function notUsedForDeposit(instrument: InstrumentFacts, depositReceivers: InstrumentFacts[]) {
  return new PaymentRuleError(
    PaymentRuleType.InstrumentNotUsedForDeposit,
    `instrument ${instrument.instrumentId} was never used to deposit: the jurisdiction pays withdrawals back to a deposit instrument (closed loop)`,
    { instrumentId: instrument.instrumentId, depositInstrumentIds: depositReceivers.map((i) => i.instrumentId) },
  );
}

/** The payout methods that fit some of `instruments` able to receive funds, for a refusal to say what would do. */
function payoutMethodsOf(instruments: InstrumentFacts[]): PaymentMethod[] {
  const kinds = new Set(instruments.filter((i) => i.canReceivePayouts).map((i) => i.kind));
  return (Object.keys(instrumentKindOf) as PaymentMethod[]).filter((method) => kinds.has(instrumentKindOf[method]));
}
