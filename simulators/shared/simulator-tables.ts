import type { Queryable } from '../../platform/db';

/**
 * Runs a simulator's idempotent DDL (`CREATE ... IF NOT EXISTS`) serialised by an advisory lock named `lockName`,
 * so that two starts do not race.
 */
export async function createTablesOnce(db: Queryable, lockName: string, ddl: string): Promise<void> {
  // Concurrent CREATE ... IF NOT EXISTS can still fail on the catalog's unique index; one multi-statement query
  // runs as one implicit transaction, so the transaction-scoped lock covers all of it.
  await db.query(`SELECT pg_advisory_xact_lock(hashtext('${lockName}'));${ddl}`);
}
