import { z } from 'zod';
import { PaymentInstrumentKind, PspOutcomeClass } from '../../contracts/payments';
import { classifyDecline } from './decline-taxonomy';
import type { TokenisedInstrument } from './payment-instruments';

/** One order to a PSP; `attemptId` is both the idempotency key and the reference the PSP echoes back. */
export interface PspOrder {
  attemptId: string;
  operation: 'DEPOSIT' | 'PAYOUT';
  playerId: string;
  amountMinor: number;
  currency: string;
  country: string;
  method: string;
  /** The PSP's token of the instrument to charge or pay; absent when the player enters a new one at the PSP. */
  instrumentToken?: string;
}

/** A PSP's answer, already classified by the decline taxonomy. */
export interface PspAnswer {
  outcome: PspOutcomeClass;
  code?: string;
  /** False when the code is not in the taxonomy table (it then counts as a soft decline). */
  codeKnown?: boolean;
  pspReference?: string;
  latencyMs: number;
  /** The instrument the PSP charged or paid, as it tokenised it (token and display data only). */
  instrument?: TokenisedInstrument;
}

/** One line of a PSP's settlement report: money it actually captured or paid out. */
export interface SettlementItem {
  pspReference: string;
  reference: string;
  kind: 'DEPOSIT' | 'PAYOUT';
  amountMinor: number;
  currency: string;
  settledAt: string;
}

/** Every PSP behind one interface: send an order, find one by our reference, read the settlement report. */
export interface PspAdapter {
  readonly psp: string;
  send(order: PspOrder): Promise<PspAnswer>;
  /** Where an earlier order stands, by our reference (after a timeout: did the PSP act on it?); undefined if unknown. */
  lookup(attemptId: string): Promise<PspAnswer | undefined>;
  settlements(from: Date, to: Date): Promise<SettlementItem[]>;
}

/** Thrown when a PSP refuses the request itself (a 4xx: a bug on our side, not a decline): retrying cannot help. */
export class PspRequestRejectedError extends Error {
  constructor(
    readonly psp: string,
    readonly status: number,
    readonly body: string,
  ) {
    super(`${psp} refused the request with HTTP ${status}: ${body.slice(0, 300)}`);
    this.name = 'PspRequestRejectedError';
  }
}

const last4 = z.string().regex(/^[0-9A-Z]{4}$/);
const tokenisedInstrumentSchema = z.object({
  token: z.string().min(1).max(200),
  kind: z.enum(PaymentInstrumentKind),
  cardBrand: z.string().max(40).optional(),
  cardLast4: last4.optional(),
  cardExpiryMonth: z.number().int().min(1).max(12).optional(),
  cardExpiryYear: z.number().int().min(2000).max(2100).optional(),
  holderName: z.string().max(200).optional(),
  ibanCountry: z
    .string()
    .regex(/^[A-Z]{2}$/)
    .optional(),
  ibanLast4: last4.optional(),
  ewalletAccount: z.string().max(200).optional(),
  canReceivePayouts: z.boolean(),
});

const paymentAnswerSchema = z.object({
  pspReference: z.string().min(1),
  status: z.enum(['PENDING', 'CAPTURED', 'PAID', 'DECLINED']),
  code: z.string().optional(),
  instrument: tokenisedInstrumentSchema.optional(),
});

const settlementSchema = z.object({
  items: z.array(
    z.object({
      pspReference: z.string(),
      reference: z.string(),
      kind: z.enum(['DEPOSIT', 'PAYOUT']),
      amountMinor: z.number().int().refine(Number.isSafeInteger),
      currency: z.string().length(3),
      settledAt: z.string(),
    }),
  ),
});

/** The taxonomy's reading of a PSP payment status. */
export function classifyPaymentStatus(
  psp: string,
  answer: z.infer<typeof paymentAnswerSchema>,
  latencyMs: number,
): PspAnswer {
  const base = {
    pspReference: answer.pspReference,
    latencyMs,
    ...(answer.instrument && { instrument: answer.instrument }),
  };
  if (answer.status === 'PENDING') return { ...base, outcome: PspOutcomeClass.PENDING };
  if (answer.status === 'CAPTURED' || answer.status === 'PAID') return { ...base, outcome: PspOutcomeClass.SUCCESS };
  const { outcome, known } = classifyDecline(psp, answer.code);
  return { ...base, outcome, code: answer.code, codeKnown: known };
}

export interface HttpPspAdapterOptions {
  psp: string;
  baseUrl: string;
  /** How long one PSP call may take before it counts as a timeout. */
  requestTimeoutMs?: number;
}

/**
 * A PSP reached over HTTP at `<baseUrl>/<psp>/v1`. No answer in time (or a 5xx other than 502 and 503) is a TIMEOUT, no connection, a 502 or a 503 an
 * OUTAGE; after a timeout the adapter asks the PSP whether it acted on the order before anyone fails over, so a
 * payout that went through is never paid a second time elsewhere.
 */
export function createHttpPspAdapter({ psp, baseUrl, requestTimeoutMs = 10_000 }: HttpPspAdapterOptions): PspAdapter {
  const root = `${baseUrl.replace(/\/$/, '')}/${psp}/v1`;

  async function call(url: string, init: RequestInit = {}): Promise<{ status: number; body: string; ms: number }> {
    const started = performance.now();
    const res = await fetch(url, { ...init, signal: AbortSignal.timeout(requestTimeoutMs) });
    const body = await res.text();
    return { status: res.status, body, ms: Math.round(performance.now() - started) };
  }

  async function lookup(attemptId: string): Promise<PspAnswer | undefined> {
    const { status, body, ms } = await call(`${root}/payments?reference=${encodeURIComponent(attemptId)}`);
    if (status === 404) return undefined;
    if (status !== 200) throw new Error(`${psp} status lookup answered HTTP ${status}`);
    return classifyPaymentStatus(psp, paymentAnswerSchema.parse(JSON.parse(body)), ms);
  }

  return {
    psp,
    lookup,
    async send(order) {
      const started = performance.now();
      const elapsed = () => Math.round(performance.now() - started);
      let response: { status: number; body: string; ms: number };
      try {
        response = await call(`${root}/payments`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'idempotency-key': order.attemptId },
          body: JSON.stringify({
            reference: order.attemptId,
            kind: order.operation,
            amountMinor: order.amountMinor,
            currency: order.currency,
            playerId: order.playerId,
            country: order.country,
            method: order.method,
            ...(order.instrumentToken !== undefined && { instrumentToken: order.instrumentToken }),
          }),
        });
      } catch (err) {
        const timedOut = err instanceof DOMException && err.name === 'TimeoutError';
        if (!timedOut) return { outcome: PspOutcomeClass.OUTAGE, latencyMs: elapsed() };
        return (
          (await lookup(order.attemptId).catch(() => undefined)) ?? {
            outcome: PspOutcomeClass.TIMEOUT,
            latencyMs: elapsed(),
          }
        );
      }
      if (response.status === 503 || response.status === 502) {
        return { outcome: PspOutcomeClass.OUTAGE, latencyMs: response.ms };
      }
      // A gateway timeout or the PSP's own error: it may have acted on the order before failing, so ask it.
      if (response.status >= 500) {
        return (
          (await lookup(order.attemptId).catch(() => undefined)) ?? {
            outcome: PspOutcomeClass.TIMEOUT,
            latencyMs: response.ms,
          }
        );
      }
      if (response.status !== 200 && response.status !== 202) {
        throw new PspRequestRejectedError(psp, response.status, response.body);
      }
      return classifyPaymentStatus(psp, paymentAnswerSchema.parse(JSON.parse(response.body)), response.ms);
    },
    async settlements(from, to) {
      const query = new URLSearchParams({ from: from.toISOString(), to: to.toISOString() });
      const { status, body } = await call(`${root}/settlements?${query.toString()}`);
      if (status !== 200) throw new Error(`${psp} settlement report answered HTTP ${status}`);
      return settlementSchema.parse(JSON.parse(body)).items;
    },
  };
}
