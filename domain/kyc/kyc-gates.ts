import { KycRefusal, KycStatus, type KycGatedMovement, type KycStanding } from '../../contracts/kyc';
import type { Queryable } from '../../platform/db';
import { listJurisdictionPolicies, policyFor } from '../jurisdictions/registry';
import { kycStandingOf } from './kyc-standing';

/**
 * Why KYC stops this money movement, or undefined. First refusal wins: a restriction (an overdue enhanced due
 * diligence, or an officer's) stops every movement; a rejected verification too; withdrawals need VERIFIED
 * everywhere (money leaves only to a known person: MLR 2017 reg. 27); deposits and bets need it where the
 * jurisdiction requires verification before deposit or play (GB: LCCP licence condition 17). The wallet's bet gate
 * (sql/functions/wallet_gate_bets.sql) applies the same rule to bets in SQL; kyc-gates.int.test.ts holds the two
 * to the same answers.
 */
export function kycRefusalOf(
  standing: Pick<KycStanding, 'status' | 'restricted'>,
  verifyBeforeDepositOrPlay: boolean,
  movement: KycGatedMovement,
): KycRefusal | undefined {
  if (standing.restricted) return KycRefusal.KYC_RESTRICTED;
  if (standing.status === KycStatus.REJECTED) return KycRefusal.KYC_REJECTED;
  if (standing.status === KycStatus.VERIFIED) return undefined;
  if (movement === 'WITHDRAWAL' || verifyBeforeDepositOrPlay) return KycRefusal.KYC_NOT_VERIFIED;
  return undefined;
}

/** What each KYC refusal tells the player or the provider (problem+json `detail`). */
export const kycRefusalText: Record<KycRefusal, string> = {
  KYC_NOT_VERIFIED:
    'Identity verification is not complete: withdrawals need it everywhere, deposits and play where the ' +
    "player's jurisdiction requires it first.",
  KYC_REJECTED: "The player's identity verification was refused; no money moves.",
  KYC_RESTRICTED:
    "The player's money movements are restricted (source-of-funds evidence overdue) until a compliance officer clears it.",
};

/** The KYC refusal of `movement` for `playerId` now, or undefined (an unknown player is the caller's to refuse). */
export async function kycRefusalFor(
  db: Queryable,
  playerId: string,
  movement: KycGatedMovement,
): Promise<KycRefusal | undefined> {
  const { rows } = await db.query<{ jurisdiction: string }>('SELECT jurisdiction FROM players WHERE player_id = $1', [
    playerId,
  ]);
  if (!rows[0]) return undefined;
  const standing = await kycStandingOf(db, playerId);
  return kycRefusalOf(standing, policyFor(rows[0].jurisdiction).verifyBeforeDepositOrPlay.value, movement);
}

/**
 * Makes `kyc_jurisdiction_gates` (what the bet gate reads) what the jurisdiction registry says, in the caller's
 * transaction. Run by every migrate, under its lock; the bet gate refuses unverified players of any jurisdiction the table does not know and
 * whose default it lacks, so a database that was never synced fails closed.
 */
export async function syncKycJurisdictionGates(tx: Queryable): Promise<void> {
  const policies = listJurisdictionPolicies();
  await tx.query('DELETE FROM kyc_jurisdiction_gates');
  await tx.query('INSERT INTO kyc_jurisdiction_gates SELECT * FROM unnest($1::TEXT[], $2::BOOLEAN[])', [
    policies.map((p) => p.code),
    policies.map((p) => p.verifyBeforeDepositOrPlay.value),
  ]);
}
