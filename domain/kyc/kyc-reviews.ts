import type { KycReviewDecision, KycReviewReason } from '../../contracts/kyc';
import type { Queryable } from '../../platform/db';

// The read model of manual KYC reviews: written by the onboarding workflow's activities (idempotent by id), read
// by the officers' review queue. The decisions themselves are taken in the workflow (a validated Update).

/** A review as the queue lists it and its detail shows it. */
export interface KycReview {
  reviewId: string;
  playerId: string;
  jurisdiction: string;
  workflowId: string;
  /** The onboarding run the review belongs to: its decisions are Updates on that run only. */
  runId: string;
  reasons: KycReviewReason[];
  screeningIds: string[];
  checkIds: string[];
  fourEyes: boolean;
  status: 'OPEN' | 'CLEARED' | 'REJECTED';
  openedAt: string;
  closedAt: string | null;
  decisions: { staffId: string; decision: KycReviewDecision; reason: string; at: string }[];
}

/** What opens a review: everything but its status, times and decisions (the jurisdiction is the player's). */
export type NewKycReview = Omit<KycReview, 'jurisdiction' | 'status' | 'openedAt' | 'closedAt' | 'decisions'>;

/** Opens a review; opening it again (a retried activity) changes nothing. */
export async function openKycReview(db: Queryable, review: NewKycReview): Promise<void> {
  await db.query(
    `INSERT INTO kyc_reviews (review_id, player_id, workflow_id, run_id, reasons, screening_ids, check_ids, four_eyes)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8) ON CONFLICT (review_id) DO NOTHING`,
    [
      review.reviewId,
      review.playerId,
      review.workflowId,
      review.runId,
      review.reasons,
      review.screeningIds,
      review.checkIds,
      review.fourEyes,
    ],
  );
}

/** A re-screening's hits joined an open review: its screening is added once, and four eyes if it needs them. */
export async function addReviewScreening(
  db: Queryable,
  input: { reviewId: string; screeningId: string; fourEyes: boolean },
): Promise<void> {
  await db.query(
    `UPDATE kyc_reviews SET
       screening_ids = CASE WHEN $2 = ANY(screening_ids) THEN screening_ids ELSE screening_ids || $2 END,
       reasons = CASE WHEN 'SCREENING_HIT' = ANY(reasons) THEN reasons ELSE reasons || 'SCREENING_HIT'::TEXT END,
       four_eyes = four_eyes OR $3
     WHERE review_id = $1`,
    [input.reviewId, input.screeningId, input.fourEyes],
  );
}

/** Records an officer's accepted decision; a retried activity records it once. */
export async function recordReviewDecision(
  db: Queryable,
  input: { reviewId: string; staffId: string; decision: KycReviewDecision; reason: string; at: string },
): Promise<void> {
  await db.query(
    `INSERT INTO kyc_review_decisions (review_id, staff_id, decision, reason, decided_at)
     VALUES ($1, $2, $3, $4, $5) ON CONFLICT DO NOTHING`,
    [input.reviewId, input.staffId, input.decision, input.reason, input.at],
  );
}

/** Closes a review with its outcome. */
export async function closeKycReview(db: Queryable, reviewId: string, outcome: KycReviewDecision): Promise<void> {
  await db.query(`UPDATE kyc_reviews SET status = $2, closed_at = coalesce(closed_at, now()) WHERE review_id = $1`, [
    reviewId,
    outcome === 'CLEAR' ? 'CLEARED' : 'REJECTED',
  ]);
}

const reviewColumns = `r.review_id AS "reviewId", r.player_id AS "playerId", p.jurisdiction,
  r.workflow_id AS "workflowId", r.run_id AS "runId", r.reasons, r.screening_ids AS "screeningIds", r.check_ids AS "checkIds",
  r.four_eyes AS "fourEyes", r.status, to_char(r.opened_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS "openedAt",
  to_char(r.closed_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS "closedAt",
  coalesce((SELECT json_agg(json_build_object('staffId', d.staff_id, 'decision', d.decision, 'reason', d.reason,
      'at', to_char(d.decided_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')) ORDER BY d.decided_at)
    FROM kyc_review_decisions d WHERE d.review_id = r.review_id), '[]'::json) AS decisions`;

/** The review queue: reviews by status (open ones oldest first, so the longest waiting is decided first). */
export async function listKycReviews(
  db: Queryable,
  options: { status: KycReview['status']; limit: number; offset: number },
): Promise<{ items: KycReview[]; total: number }> {
  const [{ rows }, count] = await Promise.all([
    db.query<KycReview>(
      `SELECT ${reviewColumns} FROM kyc_reviews r JOIN players p USING (player_id)
       WHERE r.status = $1 ORDER BY r.opened_at, r.review_id LIMIT $2 OFFSET $3`,
      [options.status, options.limit, options.offset],
    ),
    db.query<{ total: number }>('SELECT count(*)::INT AS total FROM kyc_reviews WHERE status = $1', [options.status]),
  ]);
  return { items: rows, total: count.rows[0]!.total };
}

/** One review with its decisions, or undefined. */
export async function findKycReview(db: Queryable, reviewId: string): Promise<KycReview | undefined> {
  const { rows } = await db.query<KycReview>(
    `SELECT ${reviewColumns} FROM kyc_reviews r JOIN players p USING (player_id) WHERE r.review_id = $1`,
    [reviewId],
  );
  return rows[0];
}
