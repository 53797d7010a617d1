import { createHash, randomInt } from 'node:crypto';
import type { Queryable } from '../../platform/db';
import { SimulatorApiError } from '../shared/json-errors';

// A PSP's card vault, as the merchant sees it: the player enters the card, account or e-wallet on the PSP's own
// hosted page (never on ours), the PSP keeps it and answers with a token and display data. The simulator does not
// model that page: each player has one instrument of each kind per PSP, made up on first use from the player's id,
// so a player's second deposit by card reuses the card's token, as a card on file does.

/** The kinds of instrument a PSP tokenises. */
export type InstrumentKind = 'CARD' | 'BANK_ACCOUNT' | 'EWALLET';

/** An instrument as the PSP API shows it: its token and display data, never a full card number or IBAN. */
export interface InstrumentView {
  token: string;
  kind: InstrumentKind;
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

/** The instrument kind a payment method pays from or to; undefined for a method the simulator does not know. */
export function instrumentKindOfMethod(method: string | undefined): InstrumentKind | undefined {
  if (method === 'CARD') return 'CARD';
  if (method === 'BANK_TRANSFER') return 'BANK_ACCOUNT';
  if (method === 'EWALLET') return 'EWALLET';
  return undefined;
}

/** What each PSP pays out to: card credits (OCT) at the acquirer only; the e-wallet takes cards but pays none. */
const PAYOUT_KINDS: Readonly<Record<string, readonly InstrumentKind[]>> = {
  cardpay: ['CARD'],
  instantbank: ['BANK_ACCOUNT'],
  paywallet: ['EWALLET', 'BANK_ACCOUNT'],
};
const CARD_BRANDS: Readonly<Record<string, string>> = { cardpay: 'Visa', paywallet: 'Mastercard' };

/** The made-up but stable display data of a player's instrument of `kind` at `psp`. */
function inventInstrument(psp: string, playerId: string, kind: InstrumentKind, country: string | undefined) {
  const seed = createHash('sha256').update(`${psp}|${playerId}|${kind}`).digest();
  const last4 = String(seed.readUInt16BE(0) % 10_000).padStart(4, '0');
  const holderName = 'Test Player';
  const display: Omit<InstrumentView, 'token' | 'kind' | 'canReceivePayouts'> =
    kind === 'CARD'
      ? {
          cardBrand: CARD_BRANDS[psp] ?? 'Visa',
          cardLast4: last4,
          cardExpiryMonth: (seed[2]! % 12) + 1,
          cardExpiryYear: new Date().getUTCFullYear() + 3,
          holderName,
        }
      : kind === 'BANK_ACCOUNT'
        ? { ibanCountry: country ?? 'DE', ibanLast4: last4, holderName }
        : { ewalletAccount: `p•••${last4}@${psp}.example` };
  return { ...display, canReceivePayouts: (PAYOUT_KINDS[psp] ?? []).includes(kind) };
}

// A token is opaque random letters (136 bits). No digits: 32 hex digits, say, hold a Luhn-valid run of 13 or more
// decimal digits in about one token of 440, which data loss prevention (and platform/account-numbers.ts) rightly
// reads as a card number.
const TOKEN_LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';
const newToken = (psp: string) =>
  `tok_${psp}_${Array.from({ length: 24 }, () => TOKEN_LETTERS[randomInt(TOKEN_LETTERS.length)]).join('')}`;

interface InstrumentRow {
  token: string;
  kind: InstrumentKind;
  player_id: string;
  display: Omit<InstrumentView, 'token' | 'kind'>;
}

const viewOf = (row: InstrumentRow): InstrumentView => ({ token: row.token, kind: row.kind, ...row.display });

/**
 * The player's instrument of `kind` at `psp`, tokenised on first use (what the PSP's hosted page does when the
 * player enters it there).
 */
export async function tokeniseInstrument(
  db: Queryable,
  input: { psp: string; playerId: string; kind: InstrumentKind; country?: string },
): Promise<InstrumentView> {
  const display = inventInstrument(input.psp, input.playerId, input.kind, input.country);
  await db.query(
    `INSERT INTO psp_instruments (psp, token, player_id, kind, display) VALUES ($1, $2, $3, $4, $5)
     ON CONFLICT (psp, player_id, kind) DO NOTHING`,
    [input.psp, newToken(input.psp), input.playerId, input.kind, display],
  );
  const { rows } = await db.query<InstrumentRow>(
    'SELECT token, kind, player_id, display FROM psp_instruments WHERE psp = $1 AND player_id = $2 AND kind = $3',
    [input.psp, input.playerId, input.kind],
  );
  return viewOf(rows[0]!);
}

/**
 * The instrument a payment names by token: the player's own at this PSP, and for a payout one that can receive
 * funds; otherwise 422 `invalid_instrument` (as a PSP refuses a token it did not issue to that customer).
 */
export async function instrumentByToken(
  db: Queryable,
  input: { psp: string; playerId: string; token: string; payout: boolean },
): Promise<InstrumentView> {
  const { rows } = await db.query<InstrumentRow>(
    'SELECT token, kind, player_id, display FROM psp_instruments WHERE psp = $1 AND token = $2',
    [input.psp, input.token],
  );
  const row = rows[0];
  if (!row || row.player_id !== input.playerId) {
    throw new SimulatorApiError(422, 'invalid_instrument', `${input.psp} issued no such token to this customer`);
  }
  const view = viewOf(row);
  if (input.payout && !view.canReceivePayouts) {
    throw new SimulatorApiError(422, 'invalid_instrument', `${input.psp} cannot pay out to this ${view.kind}`);
  }
  return view;
}
