import { z } from 'zod';

// The wallet domain's contract: its task queue and the money vocabulary every domain and the admin UI share.

/**
 * Task queue of the wallet worker, which hosts the wallet activities (credit a deposit, reserve, post and void a
 * withdrawal, grant, convert and forfeit bonus money) for the workflows of every other domain.
 */
export const WALLET_TASK_QUEUE = 'wallet';

/** ISO 4217 currencies the wallet accepts, with their number of minor-unit digits. */
export const currencyExponents = {
  AUD: 2,
  BRL: 2,
  CAD: 2,
  CHF: 2,
  CLP: 0,
  CZK: 2,
  DKK: 2,
  EUR: 2,
  GBP: 2,
  HUF: 2,
  INR: 2,
  ISK: 0,
  JPY: 0,
  KRW: 0,
  KWD: 3,
  MXN: 2,
  NOK: 2,
  NZD: 2,
  PEN: 2,
  PLN: 2,
  RON: 2,
  SEK: 2,
  TRY: 2,
  USD: 2,
  ZAR: 2,
} as const;
/** An ISO 4217 currency code the wallet accepts. */
export type Currency = keyof typeof currencyExponents;

/** Validates a currency code at the edges (HTTP bodies, activity inputs). */
export const currencySchema = z.enum(Object.keys(currencyExponents) as [Currency, ...Currency[]], {
  error: 'must be a supported ISO 4217 currency code such as EUR',
});

/** The largest single amount the wallet takes: ten billion major units, far inside Number.MAX_SAFE_INTEGER. */
export const MAX_AMOUNT_MINOR = 1_000_000_000_000;

/** An amount in minor units (cents): a non-negative safe integer; never a float, never a string of digits. */
export const amountMinorSchema = z
  .number({ error: 'must be an integer number of minor units (e.g. 1050 for 10.50)' })
  .int({ error: 'must be a whole number of minor units' })
  .min(0, { error: 'must not be negative' })
  .max(MAX_AMOUNT_MINOR, { error: `must not exceed ${MAX_AMOUNT_MINOR}` });

/**
 * An amount as people read it, for texts outside the admin UI (Temporal Web summaries, logs): the currency code,
 * then the amount in major units with thousands grouped, e.g. `EUR 6,500.00`. Exact: built from the integer's
 * digits, never through a float.
 */
export function formatMoney(amountMinor: number, currency: Currency): string {
  const exponent = currencyExponents[currency];
  const digits = Math.abs(amountMinor)
    .toString()
    .padStart(exponent + 1, '0');
  const whole = digits.slice(0, digits.length - exponent).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  const fraction = exponent > 0 ? `.${digits.slice(digits.length - exponent)}` : '';
  return `${currency} ${amountMinor < 0 ? '-' : ''}${whole}${fraction}`;
}

/**
 * Why a game session cannot be opened, or why the wallet's bet gate refuses a bet for its session: the codes a
 * game provider and the player API answer with.
 */
export const GameSessionRefusal = {
  /** The provider does not serve the player's brand (configured scope). */
  PROVIDER_NOT_IN_BRAND: 'PROVIDER_NOT_IN_BRAND',
  /** The provider does not offer this game (configured scope). */
  GAME_NOT_OFFERED: 'GAME_NOT_OFFERED',
  /** The launch token names no session of this player, provider and game. */
  GAME_SESSION_TOKEN_INVALID: 'GAME_SESSION_TOKEN_INVALID',
  /** The session passed its absolute expiry or its idle time-out. */
  GAME_SESSION_EXPIRED: 'GAME_SESSION_EXPIRED',
  /** The session was ended (logout, responsible gambling). */
  GAME_SESSION_ENDED: 'GAME_SESSION_ENDED',
} as const;
export type GameSessionRefusal = (typeof GameSessionRefusal)[keyof typeof GameSessionRefusal];

/** Why a game session was ended before it expired. */
export const GameSessionEndReason = {
  /** The player logged out: every open session ends. */
  LOGOUT: 'LOGOUT',
  /** The player closed this one game. */
  CLOSED_BY_PLAYER: 'CLOSED_BY_PLAYER',
  /** Responsible gambling: the player self-excluded. */
  SELF_EXCLUSION: 'SELF_EXCLUSION',
  /** Responsible gambling: the player took a time-out (a break from play). */
  RG_TIME_OUT: 'RG_TIME_OUT',
  /** Responsible gambling: a session-time limit was reached. */
  SESSION_LIMIT: 'SESSION_LIMIT',
  /** Staff blocked or closed the account. */
  ACCOUNT_STATUS: 'ACCOUNT_STATUS',
} as const;
export type GameSessionEndReason = (typeof GameSessionEndReason)[keyof typeof GameSessionEndReason];
