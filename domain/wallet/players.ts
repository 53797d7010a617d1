import { z } from 'zod';
import { withTransaction, type Db, type Queryable } from '../../platform/db';
import { newBusinessId } from '../../platform/ids';
import { currencySchema, GameSessionEndReason, type Currency } from '../../contracts/wallet';
import { endPlayerSessions } from './game-sessions';
import { policyFor } from '../jurisdictions/registry';
import { fieldsOf, personalDataFields, type PersonalData, type PersonalDataVault } from './player-personal-data';

/** Where a player stands; only ACTIVE players may bet or deposit. */
export const PlayerStatus = {
  ACTIVE: 'ACTIVE',
  BLOCKED: 'BLOCKED',
  SELF_EXCLUDED: 'SELF_EXCLUDED',
  CLOSED: 'CLOSED',
} as const;
export type PlayerStatus = (typeof PlayerStatus)[keyof typeof PlayerStatus];

/** A person's age in whole years on `today`, from an ISO date of birth. */
export function ageOn(dateOfBirth: string, today: Date): number {
  const [y, m, d] = dateOfBirth.split('-').map(Number) as [number, number, number];
  const age = today.getUTCFullYear() - y;
  const birthdayPassed = today.getUTCMonth() + 1 > m || (today.getUTCMonth() + 1 === m && today.getUTCDate() >= d);
  return birthdayPassed ? age : age - 1;
}

/** A new player, as the player API accepts it. */
export const playerRegistrationSchema = z
  .object({
    brand: z.string().regex(/^[a-z0-9][a-z0-9-]{1,39}$/, 'must be a brand slug such as "luckyspin"'),
    jurisdiction: z
      .string()
      .regex(/^[A-Z]{2}(-[A-Z0-9]{1,3})?$/, 'must be an ISO 3166 country or subdivision code such as GB or US-NJ'),
    currency: currencySchema,
    dateOfBirth: z.iso.date('must be a date as YYYY-MM-DD'),
    ...personalDataFields,
  })
  .strict()
  // The age comes from the jurisdiction registry, so a jurisdiction with a higher legal age needs no change here.
  .check((ctx) => {
    const minimumAge = policyFor(ctx.value.jurisdiction).minimumAgeYears.value;
    if (ageOn(ctx.value.dateOfBirth, new Date()) >= minimumAge) return;
    ctx.issues.push({
      code: 'custom',
      input: ctx.value.dateOfBirth,
      path: ['dateOfBirth'],
      message: `the player must be at least ${minimumAge} years old in ${ctx.value.jurisdiction}`,
    });
  });
export type PlayerRegistration = z.infer<typeof playerRegistrationSchema>;

export interface Player {
  playerId: string;
  brand: string;
  jurisdiction: string;
  currency: Currency;
  dateOfBirth: string;
  status: PlayerStatus;
  createdAt: string;
}

const playerColumns = `player_id AS "playerId", brand, jurisdiction, currency,
  to_char(date_of_birth, 'YYYY-MM-DD') AS "dateOfBirth", status, created_at AS "createdAt"`;

const toPlayer = (row: Record<string, unknown>): Player =>
  ({ ...row, createdAt: (row.createdAt as Date).toISOString() }) as Player;

/** Thrown when a subject of the identity provider registers a second time; `playerId` is the player it already is. */
export class SubjectAlreadyRegisteredError extends Error {
  constructor(readonly playerId: string) {
    super(`this subject is already registered as player ${playerId}`);
    this.name = 'SubjectAlreadyRegisteredError';
  }
}

/**
 * Registers a player and opens their cash, bonus and withdrawal-pending accounts, in one transaction. `subject` binds
 * the player to the identity provider's subject (the player API always gives one); a subject already bound throws
 * SubjectAlreadyRegisteredError. Personal data given with the registration is stored encrypted by `vault` in the
 * same transaction.
 */
export async function registerPlayer(
  db: Db,
  registration: PlayerRegistration,
  options: { subject?: string; vault?: PersonalDataVault } = {},
): Promise<Player> {
  const { subject, vault } = options;
  const playerId = newBusinessId('pl');
  const { givenName, familyName, email, phone, address } = registration;
  const personalData: PersonalData = { givenName, familyName, email, phone, address };
  const sealWith = fieldsOf(personalData).length > 0 ? vault : undefined;
  if (fieldsOf(personalData).length > 0 && !sealWith) throw new Error('registering personal data needs the vault');
  const registering = withTransaction(db, async (tx) => {
    const { rows } = await tx.query(
      `INSERT INTO players (player_id, brand, jurisdiction, currency, date_of_birth, subject)
         VALUES ($1, $2, $3, $4, $5, $6) RETURNING ${playerColumns}`,
      [
        playerId,
        registration.brand,
        registration.jurisdiction,
        registration.currency,
        registration.dateOfBirth,
        subject ?? null,
      ],
    );
    await tx.query(
      `INSERT INTO ledger_accounts (code, kind, player_id, currency, balance_minor)
       SELECT 'player:' || $1 || ':' || lower(split_part(kind, '_', 2)) || ':' || $2, kind, $1, $2, 0
       FROM unnest(ARRAY['PLAYER_CASH', 'PLAYER_BONUS', 'PLAYER_WITHDRAWAL_PENDING']) AS kind`,
      [playerId, registration.currency],
    );
    await sealWith?.store(tx, playerId, personalData);
    return toPlayer(rows[0]);
  });
  return registering.catch(async (err: unknown) => {
    if ((err as { constraint?: string }).constraint !== 'players_subject_key') throw err;
    throw new SubjectAlreadyRegisteredError((await playerIdOfSubject(db, subject!))!);
  });
}

export async function findPlayer(db: Queryable, playerId: string): Promise<Player | undefined> {
  const { rows } = await db.query(`SELECT ${playerColumns} FROM players WHERE player_id = $1`, [playerId]);
  return rows[0] ? toPlayer(rows[0]) : undefined;
}

/** Why a player's open game sessions end when their status changes to it (none: ACTIVE). */
const sessionEndOnStatus: Record<PlayerStatus, GameSessionEndReason | undefined> = {
  ACTIVE: undefined,
  BLOCKED: GameSessionEndReason.ACCOUNT_STATUS,
  SELF_EXCLUDED: GameSessionEndReason.SELF_EXCLUSION,
  CLOSED: GameSessionEndReason.ACCOUNT_STATUS,
};

/**
 * Changes a player's status (blocking, self-exclusion, closure); returns undefined for an unknown player. Leaving
 * ACTIVE ends the player's game sessions, so that reactivation needs a new game launch rather than reviving an old
 * token; call it in the caller's transaction to have both or neither.
 */
export async function setPlayerStatus(db: Queryable, playerId: string, status: PlayerStatus) {
  // closed_at marks the end of the relationship, from which AML records' retention runs (domain/aml/retention.ts);
  // a reopened account has none, and closing an already closed one keeps the first date.
  const { rows } = await db.query(
    `UPDATE players SET status = $2,
       closed_at = CASE WHEN $2 = 'CLOSED' THEN COALESCE(closed_at, now()) END
     WHERE player_id = $1 RETURNING ${playerColumns}`,
    [playerId, status],
  );
  const endReason = sessionEndOnStatus[status];
  if (rows[0] && endReason) await endPlayerSessions(db, playerId, endReason);
  return rows[0] ? toPlayer(rows[0]) : undefined;
}

/** The player bound to an identity provider's subject, if any. */
export async function playerIdOfSubject(db: Queryable, subject: string): Promise<string | undefined> {
  const { rows } = await db.query<{ playerId: string }>(
    'SELECT player_id AS "playerId" FROM players WHERE subject = $1',
    [subject],
  );
  return rows[0]?.playerId;
}

/** The identity provider's subject a player is bound to, if any (development tokens are minted for it). */
export async function subjectOfPlayer(db: Queryable, playerId: string): Promise<string | undefined> {
  const { rows } = await db.query<{ subject: string | null }>('SELECT subject FROM players WHERE player_id = $1', [
    playerId,
  ]);
  return rows[0]?.subject ?? undefined;
}
