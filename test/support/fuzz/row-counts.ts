import type { Queryable } from '../../../platform/db';

// The rows a refused request must not add or remove. Other tests and the stack's own sagas write to the same
// database meanwhile, so the counts are scoped to what a request can reach: every id, brand or username it names
// (with the players of the payments it names), the fuzzer's own provider (the wallet's rows carry the provider
// that signed the call) and its own staff (their audited actions).

/**
 * The audit actions that record a refusal itself (a failed or throttled login, a denied permission, and every
 * `<action>.refused`, such as a decision on a withdrawal that no longer awaits one): the audit trail must keep
 * those, so they are a write a refused request makes by design. So is the seamless wallet's record of a refused
 * call (status FAILED, or a TOMBSTONE for a rollback of an unknown bet), which answers its repeats the same way:
 * only its accepted transactions (status OK) are counted.
 */
const AUDITED_REFUSALS = ['access.denied', 'auth.login.failed', 'auth.login.throttled'];

/** What one request can touch. */
export interface RowScope {
  playerIds: string[];
  paymentIds: string[];
  staffIds: string[];
  usernames: string[];
  brands: string[];
  providerId: string;
  /** The fuzzer's own staff, whose audited actions count too. */
  actorIds: string[];
}

/** Row counts by table (`audit_log` by actor or entity). */
export type RowCounts = Record<string, number>;

const ID = /\b(pl|dep|wd|st)_[0-9A-HJKMNP-TV-Z]{26}\b/g;

/** The scope of a request: the ids, brands and usernames its text names, the fuzzer's provider and staff. */
export function scopeOf(requestText: string, fixtures: Pick<RowScope, 'providerId' | 'actorIds'>): RowScope {
  const ids = [...requestText.matchAll(ID)].map((m) => m[0]);
  const named = (field: string) =>
    [...requestText.matchAll(new RegExp(`"${field}"\\s*:\\s*"([^"]{1,100})"`, 'g'))].map((m) => m[1]!);
  return {
    ...fixtures,
    playerIds: ids.filter((id) => id.startsWith('pl_')),
    paymentIds: ids.filter((id) => id.startsWith('dep_') || id.startsWith('wd_')),
    staffIds: ids.filter((id) => id.startsWith('st_')),
    usernames: named('username').map((u) => u.trim().toLowerCase()),
    brands: named('brand'),
  };
}

/** The scoped row counts, in one round trip. */
export async function countRows(db: Queryable, scope: RowScope): Promise<RowCounts> {
  const { rows } = await db.query<RowCounts>(
    // Each count is a sum of disjoint index lookups: an OR across two columns would scan the whole table.
    `WITH scoped_players AS (
       SELECT unnest($1::text[]) AS player_id
       UNION SELECT player_id FROM payments WHERE payment_id = ANY($2)
     ),
     scoped_payments AS (
       SELECT payment_id FROM payments WHERE player_id IN (SELECT player_id FROM scoped_players)
       UNION SELECT payment_id FROM payments WHERE payment_id = ANY($2)
     )
     SELECT
       ((SELECT count(*) FROM players WHERE player_id IN (SELECT player_id FROM scoped_players))
         + (SELECT count(*) FROM players WHERE brand = ANY($5) AND player_id <> ALL($1)))::int AS players,
       (SELECT count(*) FROM scoped_payments)::int AS payments,
       (SELECT count(*) FROM payment_attempts WHERE payment_id IN (SELECT payment_id FROM scoped_payments))::int
         AS payment_attempts,
       (SELECT count(*) FROM payment_decisions WHERE payment_id IN (SELECT payment_id FROM scoped_payments))::int
         AS payment_decisions,
       (SELECT count(*) FROM ledger_transactions WHERE player_id IN (SELECT player_id FROM scoped_players))::int
         AS ledger_transactions,
       (SELECT count(*) FROM ledger_postings p JOIN ledger_accounts a USING (account_id)
          WHERE a.player_id IN (SELECT player_id FROM scoped_players))::int AS ledger_postings,
       (SELECT count(*) FROM game_rounds WHERE provider_id = $6)::int AS game_rounds,
       (SELECT count(*) FROM wallet_provider_transactions WHERE provider_id = $6 AND status = 'OK')::int
         AS wallet_provider_transactions,
       ((SELECT count(*) FROM staff_users WHERE staff_id = ANY($3))
         + (SELECT count(*) FROM staff_users WHERE username = ANY($4) AND staff_id <> ALL($3)))::int AS staff_users,
       ((SELECT count(*) FROM audit_log WHERE actor = ANY($7) AND action <> ALL($8) AND action NOT LIKE '%.refused')
         + (SELECT count(*) FROM audit_log WHERE entity_id = ANY($1::text[] || $2::text[] || $3::text[])
              AND coalesce(actor, '') <> ALL($7) AND action <> ALL($8) AND action NOT LIKE '%.refused'))::int
         AS audit_log`,
    [
      scope.playerIds,
      scope.paymentIds,
      scope.staffIds,
      scope.usernames,
      scope.brands,
      scope.providerId,
      scope.actorIds,
      AUDITED_REFUSALS,
    ],
  );
  return rows[0]!;
}

/** The tables whose counts differ, as `table: before → after`. */
export function countChanges(before: RowCounts, after: RowCounts): string[] {
  return Object.keys(before)
    .filter((table) => before[table] !== after[table])
    .map((table) => `${table}: ${before[table]} → ${after[table]}`);
}

/**
 * Waits until the counts stop moving (an accepted request may have started a saga that writes for a moment
 * after it answered), so the next request's check sees only its own effect.
 */
export async function settle(db: Queryable, scope: RowScope, quietMs = 300, maxMs = 5_000): Promise<void> {
  const deadline = Date.now() + maxMs;
  let last = JSON.stringify(await countRows(db, scope));
  let quietSince = Date.now();
  while (Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 50));
    const now = JSON.stringify(await countRows(db, scope));
    if (now !== last) [last, quietSince] = [now, Date.now()];
    else if (Date.now() - quietSince >= quietMs) return;
  }
}
