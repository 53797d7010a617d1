import type { Queryable } from '../../../platform/db';
import { listJurisdictionPolicies } from '../../jurisdictions/registry';

/**
 * Copies the registry's stake caps (jurisdiction, product, age band, maximum stake) into `rg_stake_caps`, which the
 * wallet's bet gate (sql/functions/wallet_gate_bets.sql) reads: run by every migrate, in its transaction, as
 * kyc_jurisdiction_gates is, so the database always holds the caps of this checkout's registry.
 */
export async function syncRgStakeCaps(tx: Queryable): Promise<void> {
  const caps = listJurisdictionPolicies().flatMap((p) => p.stakeCaps.map((cap) => ({ code: p.code, ...cap })));
  await tx.query('DELETE FROM rg_stake_caps');
  await tx.query(
    `INSERT INTO rg_stake_caps (jurisdiction, product, from_age, to_age, max_stake_minor, currency)
     SELECT * FROM unnest($1::TEXT[], $2::TEXT[], $3::INT[], $4::INT[], $5::BIGINT[], $6::TEXT[])`,
    [
      caps.map((c) => c.code),
      caps.map((c) => c.product),
      caps.map((c) => c.fromAgeYears),
      caps.map((c) => c.toAgeYears),
      caps.map((c) => c.maxStake.amountMinor),
      caps.map((c) => c.maxStake.currency),
    ],
  );
}
