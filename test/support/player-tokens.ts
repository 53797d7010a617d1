import { randomUUID } from 'node:crypto';
import { subjectOfPlayer } from '../../domain/wallet/players';
import { devIssuerSettings, loadConfig } from '../../platform/config';
import pg from 'pg';
import type { Queryable } from '../../platform/db';
import { signDevToken, type DevSigningKey } from '../../simulators/identity-provider/dev-keys';

// Tokens of the local stack's development identity provider, for every caller of the player API in tests, the
// drill and the benchmarks. They are signed with the dev issuer's key in STACK_DATA_DIR, so the stack's API (which
// fetches that issuer's JWKS) and the in-process test app (test-app.ts, which serves the same keys) accept them.

const config = loadConfig();
/** The issuer and audience of the development tokens (the stack's API is configured with the same). */
export const devTokenSettings = devIssuerSettings(config);

let pool: pg.Pool | undefined;
/** A small pool of its own for looking up subjects, which never keeps a test process alive. */
const lookups = () =>
  (pool ??= new pg.Pool({
    connectionString: config.databaseUrl,
    max: 1,
    allowExitOnIdle: true,
    idleTimeoutMillis: 1000,
  }).on('error', () => {
    // An idle connection that an outage test's Postgres kill ends: the next lookup opens another.
  }));

/** A fresh subject, as the identity provider would give a new user. */
export const newSubject = () => `test|${randomUUID()}`;

/** A bearer token for the identity provider's `subject` (registered or not); `ttlSeconds` < 0 is already expired. */
export function subjectTokenFor(subject: string, options: { ttlSeconds?: number; key?: DevSigningKey } = {}) {
  return signDevToken(
    config.STACK_DATA_DIR,
    { ...devTokenSettings, subject, ttlSeconds: options.ttlSeconds },
    options.key,
  );
}

/** The subjects looked up so far: a player's subject never changes, and outage tests mint tokens with Postgres down. */
const subjects = new Map<string, string>();

/** A bearer token for a registered player (the subject they registered with, looked up in `db` or the stack's). */
export async function playerTokenFor(playerId: string, db: Queryable = lookups()): Promise<string> {
  const subject = subjects.get(playerId) ?? (await subjectOfPlayer(db, playerId));
  if (!subject) throw new Error(`player ${playerId} has no subject: register players through the API or newPlayer()`);
  subjects.set(playerId, subject);
  return subjectTokenFor(subject);
}

/** The Authorization header of `token`. */
export const bearer = (token: string) => ({ authorization: `Bearer ${token}` });

/** The Authorization header for a registered player. */
export const playerAuthorization = async (playerId: string, db?: Queryable) =>
  bearer(await playerTokenFor(playerId, db));
