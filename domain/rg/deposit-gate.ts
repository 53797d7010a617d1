import { RgRefusal, RgRestrictionKind } from '../../contracts/rg';
import type { Queryable } from '../../platform/db';
import { depositLimitFacts } from './limits/limits';
import { schemeDepositRefusal } from './schemes/scheme-gate';

/**
 * Why responsible gambling refuses this deposit, or undefined; first refusal wins: a time-out or self-exclusion in
 * force (PLAYER_SELF_EXCLUDED, PLAYER_TIMED_OUT), a deposit block (RG_DEPOSITS_BLOCKED), a deposit limit the
 * deposit would pass in its rolling window (DEPOSIT_LIMIT_EXCEEDED), then the national scheme.
 *
 * The deposit saga records its deposit (REQUESTED) before it asks, so every window sum counts it, and every other
 * deposit not declined, refused or refunded, pending ones included. Of two concurrent deposits, whichever is
 * checked second sees both (each was recorded before its own check), so both cannot pass a limit together; no lock
 * is needed. A deposit refused here counts against others until the saga records it REFUSED: it errs on refusing.
 * A caller asking before it records the deposit (none today) has its amount added, unless a pending deposit of the
 * same amount is already in the window.
 */
export async function rgDepositRefusal(
  db: Queryable,
  playerId: string,
  amountMinor: number,
  currency: string,
): Promise<string | undefined> {
  const { rows } = await db.query<{ excluded: string | null; blocked: boolean; recorded: boolean }>(
    `SELECT (SELECT e.kind FROM rg_exclusions e
              WHERE e.player_id = $1 AND e.ended_at IS NULL AND e.starts_at <= now()
                AND (e.kind = 'SELF_EXCLUSION' OR e.ends_at > now())
              ORDER BY e.kind = 'SELF_EXCLUSION' DESC LIMIT 1) AS excluded,
            EXISTS (SELECT 1 FROM rg_restrictions r
                     WHERE r.player_id = $1 AND r.kind = $2 AND r.lifted_at IS NULL
                       AND (r.until IS NULL OR r.until > now())) AS blocked,
            EXISTS (SELECT 1 FROM payments p
                     WHERE p.player_id = $1 AND p.kind = 'DEPOSIT' AND p.amount_minor = $3
                       AND p.status IN ('REQUESTED', 'AUTHORISING')) AS recorded`,
    [playerId, RgRestrictionKind.DEPOSIT_BLOCK, amountMinor],
  );
  const facts = rows[0]!;
  if (facts.excluded === 'SELF_EXCLUSION') return RgRefusal.PLAYER_SELF_EXCLUDED;
  if (facts.excluded === 'TIME_OUT') return RgRefusal.PLAYER_TIMED_OUT;
  if (facts.blocked) return RgRefusal.DEPOSITS_BLOCKED;
  const extra = facts.recorded ? 0 : amountMinor;
  const limits = await depositLimitFacts(db, playerId, currency);
  if (limits.some((l) => l.held + extra > l.amount)) return RgRefusal.DEPOSIT_LIMIT_EXCEEDED;
  return schemeDepositRefusal(db, playerId);
}
