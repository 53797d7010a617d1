import {
  RgRefusal,
  SchemeAnswer,
  SchemeCheckPurpose,
  type NationalScheme,
  type SchemeCheckPurpose as Purpose,
} from '../../../contracts/rg';
import { withTransaction, type Db, type DbClient, type Queryable } from '../../../platform/db';
import { newBusinessId } from '../../../platform/ids';
import { appendAuditEntry } from '../../admin/audit-log';
import { policyFor } from '../../jurisdictions/registry';
import type { PersonalDataVault } from '../../wallet/player-personal-data';
import { SchemeUnavailableError, type NationalSchemeClient, type SchemePerson } from './national-scheme-client';

/** The delays before each retry of a look-up that got no answer: three tries in all, about a second at most. */
const RETRY_DELAYS_MS = [150, 500];

/**
 * How long a NOT_LISTED answer to a deposit check is reused for the same player's next deposit: a player who
 * deposits several times in a minute asks the scheme once. Only deposit answers are reused, never a registration's,
 * and never a LISTED or UNAVAILABLE one.
 */
export const DEPOSIT_ANSWER_REUSE_SECONDS = 60;

/** One recorded look-up. */
export interface SchemeCheck {
  checkId: string;
  playerId: string | null;
  jurisdiction: string;
  scheme: NationalScheme;
  purpose: Purpose;
  answer: SchemeAnswer;
  schemeAnswer: string | null;
  attempts: number;
  latencyMs: number;
  error: string | null;
  requestedBy: string;
  checkedAt: string;
}

/** What a check needs: the scheme client, and the vault to read the person's data for a registered player. */
export interface SchemeCheckDeps {
  client: NationalSchemeClient;
  vault: PersonalDataVault;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Asks the scheme, retrying a look-up that got no answer (bounded); answers UNAVAILABLE when none came. */
async function lookUpWithRetries(client: NationalSchemeClient, scheme: NationalScheme, person: SchemePerson) {
  const started = Date.now();
  let lastError = '';
  for (let attempt = 1; ; attempt += 1) {
    try {
      const found = await client(scheme, person);
      return { ...found, attempts: attempt, latencyMs: Date.now() - started, error: null };
    } catch (err) {
      if (!(err instanceof SchemeUnavailableError)) throw err;
      lastError = err.message;
      const delay = RETRY_DELAYS_MS[attempt - 1];
      if (delay === undefined) {
        return {
          answer: SchemeAnswer.UNAVAILABLE,
          schemeAnswer: null,
          attempts: attempt,
          latencyMs: Date.now() - started,
          error: lastError,
        };
      }
      await sleep(delay);
    }
  }
}

/** Runs `work` in the caller's transaction when `db` is one, else in a transaction of its own (audit needs one). */
function inTransaction<T>(db: Queryable, work: (tx: DbClient) => Promise<T>): Promise<T> {
  return 'release' in db ? work(db as DbClient) : withTransaction(db as Db, work);
}

/**
 * Checks a person against their jurisdiction's national scheme (registry rule `nationalScheme`) and records the
 * check (who, why, which scheme, the answer, latency, tries, last error) with its audit entry. Undefined where the
 * jurisdiction has no scheme.
 */
export async function checkNationalScheme(
  db: Queryable,
  deps: Pick<SchemeCheckDeps, 'client'>,
  input: {
    jurisdiction: string;
    purpose: Purpose;
    person: SchemePerson;
    playerId?: string;
    subject?: string;
    requestedBy: string;
  },
): Promise<SchemeCheck | undefined> {
  const scheme = policyFor(input.jurisdiction).nationalScheme.value;
  if (!scheme) return undefined;
  const found = await lookUpWithRetries(deps.client, scheme, input.person);
  const checkId = newBusinessId('rgsc');
  return inTransaction(db, async (tx) => {
    const { rows } = await tx.query<{ checked_at: Date }>(
      `INSERT INTO rg_scheme_checks (check_id, player_id, subject, jurisdiction, scheme, purpose, answer, scheme_answer,
         attempts, latency_ms, error, requested_by)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12) RETURNING checked_at`,
      [
        checkId,
        input.playerId ?? null,
        input.playerId ? null : (input.subject ?? null),
        input.jurisdiction,
        scheme,
        input.purpose,
        found.answer,
        found.schemeAnswer,
        found.attempts,
        found.latencyMs,
        found.error,
        input.requestedBy,
      ],
    );
    const check: SchemeCheck = {
      checkId,
      playerId: input.playerId ?? null,
      jurisdiction: input.jurisdiction,
      scheme,
      purpose: input.purpose,
      answer: found.answer,
      schemeAnswer: found.schemeAnswer,
      attempts: found.attempts,
      latencyMs: found.latencyMs,
      error: found.error,
      requestedBy: input.requestedBy,
      checkedAt: rows[0]!.checked_at.toISOString(),
    };
    await appendAuditEntry(tx, {
      actor: input.requestedBy,
      action: 'rg.scheme-check',
      entityType: 'RgSchemeCheck',
      entityId: checkId,
      after: {
        playerId: input.playerId ?? null,
        scheme,
        purpose: input.purpose,
        answer: found.answer,
        attempts: found.attempts,
        error: found.error,
      },
    });
    return check;
  });
}

/** The refusal a scheme's answer means for registration and deposits: listed, or no answer (fail closed). */
export function refusalOfAnswer(answer: SchemeAnswer | undefined): RgRefusal | undefined {
  if (answer === SchemeAnswer.LISTED) return RgRefusal.NATIONALLY_EXCLUDED;
  if (answer === SchemeAnswer.UNAVAILABLE) return RgRefusal.NATIONAL_SCHEME_UNAVAILABLE;
  return undefined;
}

/**
 * Checks a registration against the scheme of its jurisdiction before anything is written: NATIONALLY_EXCLUDED
 * when the person is listed, NATIONAL_SCHEME_UNAVAILABLE when the scheme did not answer (fail closed; the client
 * may retry). The check is recorded under the token's subject (no player exists yet); the player's list of checks
 * finds it by the subject the player was registered with.
 */
export async function registrationSchemeRefusal(
  db: Db,
  deps: Pick<SchemeCheckDeps, 'client'>,
  input: { subject: string; jurisdiction: string; person: SchemePerson },
): Promise<RgRefusal | undefined> {
  const check = await checkNationalScheme(db, deps, {
    ...input,
    purpose: SchemeCheckPurpose.REGISTRATION,
    requestedBy: `subject:${input.subject}`,
  });
  return refusalOfAnswer(check?.answer);
}

/** What the scheme needs of a registered player: the date of birth and jurisdiction, and the sealed personal data. */
async function playerPerson(
  db: Queryable,
  vault: PersonalDataVault,
  playerId: string,
): Promise<{ jurisdiction: string; person: SchemePerson } | undefined> {
  const { rows } = await db.query<{ jurisdiction: string; dateOfBirth: string }>(
    `SELECT jurisdiction, to_char(date_of_birth, 'YYYY-MM-DD') AS "dateOfBirth" FROM players WHERE player_id = $1`,
    [playerId],
  );
  if (!rows[0]) return undefined;
  const data = (await vault.read(db, [playerId])).get(playerId) ?? {};
  return {
    jurisdiction: rows[0].jurisdiction,
    person: {
      dateOfBirth: rows[0].dateOfBirth,
      ...(data.givenName && { givenName: data.givenName }),
      ...(data.familyName && { familyName: data.familyName }),
      ...(data.email && { email: data.email }),
      ...(data.address && { postcode: data.address.postcode }),
    },
  };
}

/**
 * Checks a registered player for `purpose` (a deposit, marketing): the answer, or undefined where their
 * jurisdiction has no scheme. A deposit reuses the player's NOT_LISTED deposit answer of the last
 * DEPOSIT_ANSWER_REUSE_SECONDS.
 */
export async function checkPlayerAgainstScheme(
  db: Queryable,
  deps: SchemeCheckDeps,
  playerId: string,
  purpose: Purpose,
): Promise<SchemeAnswer | undefined> {
  const found = await playerPerson(db, deps.vault, playerId);
  if (!found || !policyFor(found.jurisdiction).nationalScheme.value) return undefined;
  if (purpose === SchemeCheckPurpose.DEPOSIT) {
    const { rows } = await db.query(
      `SELECT 1 FROM rg_scheme_checks WHERE player_id = $1 AND purpose = 'DEPOSIT' AND answer = 'NOT_LISTED'
         AND checked_at > now() - make_interval(secs => $2) LIMIT 1`,
      [playerId, DEPOSIT_ANSWER_REUSE_SECONDS],
    );
    if (rows.length > 0) return SchemeAnswer.NOT_LISTED;
  }
  const check = await checkNationalScheme(db, deps, {
    jurisdiction: found.jurisdiction,
    purpose,
    person: found.person,
    playerId,
    requestedBy: 'system',
  });
  return check?.answer;
}

/** A player's scheme checks, newest first, with those made at their registration (filed under their subject). */
export async function listSchemeChecks(db: Queryable, playerId: string, limit = 100): Promise<SchemeCheck[]> {
  const { rows } = await db.query<Omit<SchemeCheck, 'checkedAt'> & { checkedAt: Date }>(
    `SELECT check_id AS "checkId", $1::TEXT AS "playerId", jurisdiction, scheme, purpose, answer,
            scheme_answer AS "schemeAnswer", attempts, latency_ms AS "latencyMs", error,
            requested_by AS "requestedBy", checked_at AS "checkedAt"
     FROM rg_scheme_checks
     WHERE player_id = $1 OR subject = (SELECT subject FROM players WHERE player_id = $1)
     ORDER BY checked_at DESC, check_id LIMIT $2`,
    [playerId, limit],
  );
  return rows.map((row) => ({ ...row, checkedAt: row.checkedAt.toISOString() }));
}
