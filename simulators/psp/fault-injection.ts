import { rolls, type Random } from '../shared/random';
import type { PspSettings } from './psp-settings';
import {
  successStatusFor,
  type DeclineClass,
  type FinalStatus,
  type PaymentKind,
  type PspProfile,
} from './psp-profiles';

/** One element of `items`, picked with `random`. */
export function pick<T>(items: readonly T[], random: Random): T {
  const index = Math.min(items.length - 1, Math.max(0, Math.floor(random() * items.length)));
  return items[index]!;
}

/** A fault that ends a request before anything is recorded. */
export type RequestFault = 'OUTAGE' | 'TIMEOUT';

/** Whether an outage window is open at `nowMs`. */
function inOutageWindow(settings: PspSettings, nowMs: number): boolean {
  return settings.outageWindows.some((w) => Date.parse(w.from) <= nowMs && nowMs < Date.parse(w.to));
}

/**
 * The fault a request meets, in the documented order: an outage (window or roll), then, where the request
 * `mayTimeOut`, a timeout roll. Neither records anything, so an idempotency key stays unused.
 */
export function decideRequestFault(
  settings: PspSettings,
  random: Random,
  options: { nowMs: number; mayTimeOut: boolean },
): RequestFault | undefined {
  if (inOutageWindow(settings, options.nowMs) || rolls(settings.declineRates.outage, random)) return 'OUTAGE';
  if (options.mayTimeOut && rolls(settings.declineRates.timeout, random)) return 'TIMEOUT';
  return undefined;
}

/** How a new payment ends and when the merchant learns it. */
export interface PaymentOutcome {
  final: { status: FinalStatus; code?: string; declineClass?: DeclineClass };
  /** True when the answer is `PENDING` and the final status comes later (after `webhookDelayMs`) by webhook. */
  deferred: boolean;
  /** True when the final status is also (or only) sent by webhook. */
  notify: boolean;
}

/**
 * Decides a new payment's outcome: a hard decline roll, then a soft one, else success; then whether the answer
 * is deferred. The outcome is decided at request time so that a restart between answer and webhook changes
 * nothing.
 */
export function decidePaymentOutcome(
  profile: PspProfile,
  settings: PspSettings,
  kind: PaymentKind,
  random: Random,
): PaymentOutcome {
  const declineClass: DeclineClass | undefined = rolls(settings.declineRates.hard, random)
    ? 'hard'
    : rolls(settings.declineRates.soft, random)
      ? 'soft'
      : undefined;
  const final: PaymentOutcome['final'] = declineClass
    ? { status: 'DECLINED', code: pick(profile.declineCodes[declineClass], random), declineClass }
    : { status: successStatusFor(kind) };
  const deferred = profile.confirmation === 'WEBHOOK' || rolls(settings.pendingRate, random);
  return { final, deferred, notify: deferred || profile.confirmation === 'ANSWER_AND_WEBHOOK' };
}
