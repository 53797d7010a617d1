import { randomUUID } from 'node:crypto';
import { DueDiligenceLevel, KycStatus } from '../../contracts/kyc';
import { loadConfig } from '../../platform/config';
import { createPool, withTransaction } from '../../platform/db';
import { parseEvent } from '../../platform/events';
import { registerPlayer } from '../wallet/players';
import { onboardingContextOf } from './age-rule';
import { kycStatusChangedEvent } from './events';
import { closeKycReview, findKycReview, listKycReviews, openKycReview, recordReviewDecision } from './kyc-reviews';
import {
  kycStandingOf,
  raiseRequiredLevel,
  recordKycStatus,
  setRestriction,
  UnknownKycPlayerError,
} from './kyc-standing';

// The KYC standing and reviews on the real Postgres that DATABASE_URL names: every change of `player_kyc` writes
// its kyc.status event in the same transaction (and none when nothing changed), the event is one its consumers
// accept (parsed as a consumer parses it), levels never go down, and a rolled back change leaves neither.

const db = createPool(loadConfig().databaseUrl, 4);
afterAll(() => db.end());

async function newPlayer(dateOfBirth = '1990-01-01', jurisdiction = 'GB'): Promise<string> {
  const player = await registerPlayer(db, { brand: 'kyc-test', jurisdiction, currency: 'EUR', dateOfBirth });
  return player.playerId;
}

/** The kyc.status events written for `playerId`, parsed as the consumers parse them, oldest first. */
async function eventsOf(playerId: string) {
  const { rows } = await db.query<{ payload: unknown }>(
    `SELECT payload FROM outbox_events WHERE topic = 'kyc.status' AND message_key = $1 ORDER BY id`,
    [playerId],
  );
  return rows.map((row) => parseEvent(kycStatusChangedEvent, Buffer.from(JSON.stringify(row.payload)))!.payload);
}

describe('KYC standing', () => {
  it('is NOT_STARTED without a row, and records each status change with its event', async () => {
    const playerId = await newPlayer();
    expect(await kycStandingOf(db, playerId)).toMatchObject({ status: 'NOT_STARTED', requiredLevel: 'SDD' });
    await recordKycStatus(db, playerId, KycStatus.PENDING, 'onboarding started');
    await recordKycStatus(db, playerId, KycStatus.PENDING, 'a retried activity');
    const verified = await recordKycStatus(db, playerId, KycStatus.VERIFIED, 'every check clear');
    expect(verified).toMatchObject({ status: 'VERIFIED', restricted: false });
    expect(await eventsOf(playerId)).toEqual([
      expect.objectContaining({ status: 'PENDING', previousStatus: 'NOT_STARTED', standingVersion: 1 }),
      expect.objectContaining({ status: 'VERIFIED', previousStatus: 'PENDING', standingVersion: 2 }),
    ]);
  });

  it('raises the required level but never lowers it, and restricts and lifts with a reason', async () => {
    const playerId = await newPlayer();
    await raiseRequiredLevel(db, playerId, DueDiligenceLevel.EDD, 'PEP match');
    expect((await raiseRequiredLevel(db, playerId, DueDiligenceLevel.CDD, 'deposits')).requiredLevel).toBe('EDD');
    expect(await setRestriction(db, playerId, 'EDD deadline passed')).toMatchObject({
      restricted: true,
      restrictionReason: 'EDD deadline passed',
    });
    expect((await setRestriction(db, playerId, null, 'officer cleared')).restricted).toBe(false);
    expect((await eventsOf(playerId)).map((e) => [e.requiredLevel, e.restricted, e.reason])).toEqual([
      ['EDD', false, 'PEP match'],
      ['EDD', true, 'EDD deadline passed'],
      ['EDD', false, 'officer cleared'],
    ]);
  });

  it('joins the caller’s transaction: a rollback leaves neither the change nor its event', async () => {
    const playerId = await newPlayer();
    await expect(
      withTransaction(db, async (tx) => {
        await recordKycStatus(tx, playerId, KycStatus.REJECTED, 'test');
        throw new Error('rolled back');
      }),
    ).rejects.toThrow('rolled back');
    expect((await kycStandingOf(db, playerId)).status).toBe('NOT_STARTED');
    expect(await eventsOf(playerId)).toEqual([]);
  });

  it('refuses an unknown player', async () => {
    await expect(recordKycStatus(db, `pl_${randomUUID()}`, KycStatus.PENDING, 'x')).rejects.toBeInstanceOf(
      UnknownKycPlayerError,
    );
  });

  it('tells the onboarding the jurisdiction’s minimum age and whether the player has it', async () => {
    const today = new Date('2026-06-01T00:00:00Z');
    const playerId = await newPlayer('2000-01-01', 'GB');
    expect(await onboardingContextOf(db, playerId, today)).toEqual({
      jurisdiction: 'GB',
      minimumAgeYears: 18,
      ofAge: true,
      statusBefore: 'NOT_STARTED',
    });
    // Registered of age; the rule is checked again on the onboarding's own day.
    expect((await onboardingContextOf(db, playerId, new Date('2017-06-01T00:00:00Z'))).ofAge).toBe(false);
  });
});

describe('KYC reviews', () => {
  it('opens a review once, records decisions once, lists it in the queue and closes it', async () => {
    const playerId = await newPlayer();
    const reviewId = `kyc-review:${randomUUID()}`;
    const review = {
      reviewId,
      playerId,
      workflowId: `kyc:onboarding:${playerId}`,
      runId: randomUUID(),
      reasons: ['SCREENING_HIT' as const],
      screeningIds: ['scr_1'],
      checkIds: ['chk_1'],
      fourEyes: true,
    };
    await openKycReview(db, review);
    await openKycReview(db, review);
    const decision = {
      reviewId,
      staffId: 'st_a',
      decision: 'CLEAR' as const,
      reason: 'not the listed person',
      at: new Date().toISOString(),
    };
    await recordReviewDecision(db, decision);
    await recordReviewDecision(db, decision);
    const queue = await listKycReviews(db, { status: 'OPEN', limit: 500, offset: 0 });
    expect(queue.items.filter((r) => r.reviewId === reviewId)).toHaveLength(1);
    await closeKycReview(db, reviewId, 'CLEAR');
    expect(await findKycReview(db, reviewId)).toMatchObject({
      status: 'CLEARED',
      jurisdiction: 'GB',
      fourEyes: true,
      decisions: [{ staffId: 'st_a', decision: 'CLEAR', reason: 'not the listed person' }],
    });
  });
});
