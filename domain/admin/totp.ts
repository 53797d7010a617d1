import { Secret, TOTP } from 'otpauth';
import type { Queryable } from '../../platform/db';

// RFC 6238 as every authenticator app speaks it: SHA-1, 6 digits, 30-second steps. A code is accepted one step
// either side of now (clock drift), and only once: the step it matched is remembered per staff member.
const PERIOD_SECONDS = 30;
const DIGITS = 6;
const ALGORITHM = 'SHA1';
const WINDOW = 1;
const ISSUER = 'iGaming back office';

/** A new random TOTP secret (160 bits, as RFC 4226 recommends), base32 as authenticator apps take it. */
export function newTotpSecret(): string {
  return new Secret({ size: 20 }).base32;
}

/** The time step a moment falls in. */
export const totpCounterAt = (timestampMs: number) => TOTP.counter({ period: PERIOD_SECONDS, timestamp: timestampMs });

/** The code an authenticator app shows at `timestampMs` for `secret`. */
export function totpCode(secret: string, timestampMs = Date.now()): string {
  return TOTP.generate({
    secret: Secret.fromBase32(secret),
    algorithm: ALGORITHM,
    digits: DIGITS,
    period: PERIOD_SECONDS,
    timestamp: timestampMs,
  });
}

/** The time step `code` belongs to, within one step of `timestampMs`; null when it is no valid code now. */
export function matchTotp(secret: string, code: string, timestampMs = Date.now()): number | null {
  if (!/^\d{6}$/.test(code)) return null;
  const delta = TOTP.validate({
    token: code,
    secret: Secret.fromBase32(secret),
    algorithm: ALGORITHM,
    digits: DIGITS,
    period: PERIOD_SECONDS,
    timestamp: timestampMs,
    window: WINDOW,
  });
  return delta === null ? null : totpCounterAt(timestampMs) + delta;
}

/** The `otpauth://` URI an authenticator app scans (as a QR code) to enrol `secret` for `username`. */
export function totpProvisioningUri(username: string, secret: string): string {
  return new TOTP({
    issuer: ISSUER,
    label: username,
    secret: Secret.fromBase32(secret),
    algorithm: ALGORITHM,
    digits: DIGITS,
    period: PERIOD_SECONDS,
  }).toString();
}

/** Why a TOTP code was refused, or OK. */
export type TotpCheck = 'OK' | 'INVALID' | 'REPLAYED';

/**
 * Checks `code` for the staff member and spends it: RFC 6238 (5.2) says a verifier must not accept the same code
 * twice, so a code seen at login cannot be replayed by whoever watched it typed, nor reused for a step-up. The
 * conditional update makes two concurrent uses of one code accept exactly one.
 */
export async function consumeTotp(
  db: Queryable,
  staff: { staffId: string; totpSecret: string },
  code: string,
  timestampMs = Date.now(),
): Promise<TotpCheck> {
  const counter = matchTotp(staff.totpSecret, code, timestampMs);
  if (counter === null) return 'INVALID';
  const { rowCount } = await db.query(
    `UPDATE staff_users SET totp_last_counter = $2
     WHERE staff_id = $1 AND (totp_last_counter IS NULL OR totp_last_counter < $2)`,
    [staff.staffId, counter],
  );
  return rowCount === 1 ? 'OK' : 'REPLAYED';
}
