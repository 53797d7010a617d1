import { randomUUID } from 'node:crypto';
import { withTransaction, type Db, type Queryable } from '../../platform/db';
import type { Random } from '../shared/random';
import { decidePaymentOutcome } from './fault-injection';
import { instrumentByToken, instrumentKindOfMethod, tokeniseInstrument, type InstrumentView } from './instrument-vault';
import { fingerprintPaymentRequest, type PaymentRequest } from './payment-request';
import {
  successStatusFor,
  type FinalStatus,
  type PaymentKind,
  type PaymentStatus,
  type PspProfile,
} from './psp-profiles';
import type { PspSettings } from './psp-settings';
import { recordSettlementItem } from './settlement-report';
import { enqueueWebhook } from './webhook-outbox';

/** A payment as the PSP API shows it, in answers and lookups alike. */
export interface PaymentView {
  pspReference: string;
  reference: string;
  kind: PaymentKind;
  status: PaymentStatus;
  code?: string;
  amountMinor: number;
  currency: string;
  /** The instrument charged or paid: its token and display data (never a full card number or IBAN). */
  instrument?: InstrumentView;
}

/** The final status a payment reaches, with its decline code when declined. */
export interface FinalOutcome {
  status: FinalStatus;
  code?: string;
}

interface PaymentRow {
  psp_reference: string;
  psp: string;
  reference: string;
  kind: PaymentKind;
  amount_minor: number;
  currency: string;
  status: PaymentStatus;
  code: string | null;
  planned_status: FinalStatus | null;
  planned_code: string | null;
  notify: boolean;
  instrument: InstrumentView | null;
}

function toView(row: PaymentRow): PaymentView {
  return {
    pspReference: row.psp_reference,
    reference: row.reference,
    kind: row.kind,
    status: row.status,
    ...(row.code === null ? {} : { code: row.code }),
    amountMinor: row.amount_minor,
    currency: row.currency,
    ...(row.instrument === null ? {} : { instrument: row.instrument }),
  };
}

/**
 * The instrument a payment charges or pays: the one its token names, or for a deposit without one the player's
 * instrument of the method's kind, tokenised now. A payout without a token (an order from before tokens) has none.
 */
async function instrumentOf(client: Queryable, psp: string, request: PaymentRequest): Promise<InstrumentView | null> {
  const payout = request.kind === 'PAYOUT';
  if (request.instrumentToken !== undefined) {
    return instrumentByToken(client, { psp, playerId: request.playerId, token: request.instrumentToken, payout });
  }
  const kind = instrumentKindOfMethod(request.method);
  if (payout || !kind) return null;
  return tokeniseInstrument(client, { psp, playerId: request.playerId, kind, country: request.country });
}

/** What `POST /:psp/v1/payments` answers: a new payment, the first answer again, or a refusal of the key. */
export type CreatePaymentResult =
  { outcome: 'CREATED' | 'REPLAYED'; httpStatus: number; payment: PaymentView } | { outcome: 'KEY_REUSED' };

/**
 * Creates a payment under an idempotency key, or answers a repeat of the key with the first answer verbatim
 * (same pspReference and the status answered then, even if the payment has reached a final status since: the
 * caller learns that from the webhook or a lookup, as with real PSPs). A different request under a used key is
 * refused.
 */
export async function createPayment(
  db: Db,
  input: {
    profile: PspProfile;
    settings: PspSettings;
    idempotencyKey: string;
    request: PaymentRequest;
    random: Random;
  },
): Promise<CreatePaymentResult> {
  const { profile, settings, request } = input;
  const requestHash = fingerprintPaymentRequest(request);
  return withTransaction(db, async (client) => {
    // Claiming the key first serialises concurrent requests with the same key: the second waits for the first
    // to commit, then finds its answer.
    const claimed = await client.query(
      `INSERT INTO psp_idempotency_keys (psp, idempotency_key, request_hash) VALUES ($1, $2, $3)
       ON CONFLICT DO NOTHING`,
      [profile.id, input.idempotencyKey, requestHash],
    );
    if (claimed.rowCount === 0) {
      const { rows } = await client.query<{ request_hash: string; response_status: number; response: PaymentView }>(
        `SELECT request_hash, response_status, response FROM psp_idempotency_keys
         WHERE psp = $1 AND idempotency_key = $2`,
        [profile.id, input.idempotencyKey],
      );
      const first = rows[0]!;
      if (first.request_hash !== requestHash) return { outcome: 'KEY_REUSED' };
      return { outcome: 'REPLAYED', httpStatus: first.response_status, payment: first.response };
    }

    const instrument = await instrumentOf(client, profile.id, request);
    const outcome = decidePaymentOutcome(profile, settings, request.kind, input.random);
    const inserted = await client.query<PaymentRow>(
      `INSERT INTO psp_payments (psp_reference, psp, reference, kind, amount_minor, currency, player_id, country,
         method, status, planned_status, planned_code, finalize_at, notify, instrument)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, 'PENDING', $10, $11,
         CASE WHEN $12 THEN now() + make_interval(secs => $13) END, $14, $15)
       RETURNING *`,
      [
        `${profile.referencePrefix}${randomUUID().replaceAll('-', '')}`,
        profile.id,
        request.reference,
        request.kind,
        request.amountMinor,
        request.currency,
        request.playerId,
        request.country ?? null,
        request.method ?? null,
        outcome.final.status,
        outcome.final.code ?? null,
        outcome.deferred,
        settings.webhookDelayMs / 1000,
        outcome.notify,
        instrument,
      ],
    );
    const row = inserted.rows[0]!;
    const payment = outcome.deferred ? toView(row) : await finalizePayment(client, row, outcome.final);
    const httpStatus = payment.status === 'PENDING' ? 202 : 200;
    await client.query(
      `UPDATE psp_idempotency_keys SET response_status = $3, response = $4 WHERE psp = $1 AND idempotency_key = $2`,
      [profile.id, input.idempotencyKey, httpStatus, JSON.stringify(payment)],
    );
    return { outcome: 'CREATED', httpStatus, payment };
  });
}

/**
 * Moves a locked PENDING payment to its final status; in the same transaction a success becomes a settlement
 * item and, where the PSP notifies, a webhook is queued, so none of the three happens without the others.
 */
async function finalizePayment(client: Queryable, row: PaymentRow, final: FinalOutcome): Promise<PaymentView> {
  const { rows } = await client.query<PaymentRow & { finalized_at: Date }>(
    `UPDATE psp_payments SET status = $2, code = $3, planned_status = NULL, planned_code = NULL, finalize_at = NULL,
       finalized_at = now()
     WHERE psp_reference = $1 RETURNING *`,
    [row.psp_reference, final.status, final.code ?? null],
  );
  const updated = rows[0]!;
  const view = toView(updated);
  if (final.status !== 'DECLINED') {
    await recordSettlementItem(client, updated.psp, {
      pspReference: view.pspReference,
      reference: view.reference,
      kind: view.kind,
      amountMinor: view.amountMinor,
      currency: view.currency,
      status: final.status,
      settledAt: updated.finalized_at.toISOString(),
    });
  }
  if (row.notify) {
    await enqueueWebhook(client, {
      psp: updated.psp,
      pspReference: view.pspReference,
      reference: view.reference,
      kind: view.kind,
      status: final.status,
      ...(final.code === undefined ? {} : { code: final.code }),
      amountMinor: view.amountMinor,
      currency: view.currency,
      occurredAt: updated.finalized_at.toISOString(),
    });
  }
  return view;
}

/** Moves PENDING payments whose time has come to their decided final status; returns how many. */
export async function finalizeDuePayments(db: Db, limit: number): Promise<number> {
  return withTransaction(db, async (client) => {
    const { rows } = await client.query<PaymentRow>(
      `SELECT * FROM psp_payments WHERE finalize_at <= now() AND status = 'PENDING'
       ORDER BY finalize_at LIMIT $1 FOR UPDATE SKIP LOCKED`,
      [limit],
    );
    for (const row of rows) {
      await finalizePayment(client, row, { status: row.planned_status!, code: row.planned_code ?? undefined });
    }
    return rows.length;
  });
}

/** Why a forced status was not applied. */
export type ForceStatusRefusal = 'NOT_FOUND' | 'NOT_PENDING' | 'WRONG_STATUS_FOR_KIND';

/**
 * Forces a final status on a PENDING payment now, instead of its decided one, and queues its webhook whatever the
 * PSP's usual habit: a test's way to produce late, early or contradictory notifications.
 */
export async function forcePaymentStatus(
  db: Db,
  psp: string,
  pspReference: string,
  final: FinalOutcome,
): Promise<PaymentView | { refusal: ForceStatusRefusal; payment?: PaymentView }> {
  return withTransaction(db, async (client) => {
    const { rows } = await client.query<PaymentRow>(
      'SELECT * FROM psp_payments WHERE psp = $1 AND psp_reference = $2 FOR UPDATE',
      [psp, pspReference],
    );
    const row = rows[0];
    if (!row) return { refusal: 'NOT_FOUND' };
    if (row.status !== 'PENDING') return { refusal: 'NOT_PENDING', payment: toView(row) };
    if (final.status !== 'DECLINED' && final.status !== successStatusFor(row.kind)) {
      return { refusal: 'WRONG_STATUS_FOR_KIND', payment: toView(row) };
    }
    return finalizePayment(client, { ...row, notify: true }, final);
  });
}

/** The payment `pspReference` of `psp`, if it exists. */
export async function findPayment(db: Queryable, psp: string, pspReference: string): Promise<PaymentView | undefined> {
  const { rows } = await db.query<PaymentRow>('SELECT * FROM psp_payments WHERE psp = $1 AND psp_reference = $2', [
    psp,
    pspReference,
  ]);
  return rows[0] && toView(rows[0]);
}

/** The latest payment of `psp` carrying the merchant's `reference` (one per attempt, normally), if any. */
export async function findPaymentByReference(
  db: Queryable,
  psp: string,
  reference: string,
): Promise<PaymentView | undefined> {
  const { rows } = await db.query<PaymentRow>(
    'SELECT * FROM psp_payments WHERE psp = $1 AND reference = $2 ORDER BY created_at DESC, psp_reference LIMIT 1',
    [psp, reference],
  );
  return rows[0] && toView(rows[0]);
}

/** The player a payment of `psp` is for, found by the merchant's reference or the PSP's own, if it exists. */
export async function findPaymentPlayer(
  db: Queryable,
  psp: string,
  by: { reference: string } | { pspReference: string },
): Promise<string | undefined> {
  const { rows } = await db.query<{ player_id: string }>(
    'reference' in by
      ? 'SELECT player_id FROM psp_payments WHERE psp = $1 AND reference = $2 LIMIT 1'
      : 'SELECT player_id FROM psp_payments WHERE psp = $1 AND psp_reference = $2',
    [psp, 'reference' in by ? by.reference : by.pspReference],
  );
  return rows[0]?.player_id;
}
