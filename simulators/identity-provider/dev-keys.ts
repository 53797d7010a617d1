import { exportJWK, generateKeyPair, importJWK, SignJWT, type JWK } from 'jose';
import { randomBytes } from 'node:crypto';
import { link, mkdir, readFile, rename, unlink, writeFile } from 'node:fs/promises';
import path from 'node:path';

// The development identity provider's signing keys, kept in the stack's data dir so that tokens stay valid across
// restarts of the stack. ES256 (P-256): small tokens, and an asymmetric key as a real identity provider uses.

const ALG = 'ES256';
/** Keys kept after a rotation: the new one signs, the one before still verifies the tokens it signed. */
const KEYS_KEPT = 2;

/** One signing key: the private half signs, the public half is published in the JWKS. */
export interface DevSigningKey {
  kid: string;
  createdAt: string;
  privateJwk: JWK;
  publicJwk: JWK;
}

/** The file that holds the keys, newest first. */
export const devKeysFile = (dataDir: string) => path.join(dataDir, 'dev-issuer', 'signing-keys.json');

async function newKey(): Promise<DevSigningKey> {
  const { privateKey, publicKey } = await generateKeyPair(ALG, { extractable: true });
  const kid = `dev-${new Date().toISOString().slice(0, 10)}-${randomBytes(4).toString('hex')}`;
  const common = { kid, alg: ALG, use: 'sig' };
  return {
    kid,
    createdAt: new Date().toISOString(),
    privateJwk: { ...(await exportJWK(privateKey)), ...common },
    publicJwk: { ...(await exportJWK(publicKey)), ...common },
  };
}

async function readKeys(file: string): Promise<DevSigningKey[] | undefined> {
  try {
    return (JSON.parse(await readFile(file, 'utf8')) as { keys: DevSigningKey[] }).keys;
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw err;
  }
}

/** Writes `keys` to a temporary file first, so that a reader never sees half a file. */
async function writeTemporary(file: string, keys: DevSigningKey[]): Promise<string> {
  await mkdir(path.dirname(file), { recursive: true, mode: 0o700 });
  const temporary = `${file}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
  await writeFile(temporary, `${JSON.stringify({ keys }, null, 2)}\n`, { mode: 0o600 });
  return temporary;
}

/**
 * The signing keys, newest first; the first call on a fresh data dir creates one. The issuer, the test helpers and
 * `npm run player:token` may all get here first at the same time: `link` publishes the file only if none exists.
 */
export async function loadDevKeys(dataDir: string): Promise<DevSigningKey[]> {
  const file = devKeysFile(dataDir);
  const existing = await readKeys(file);
  if (existing) return existing;
  const temporary = await writeTemporary(file, [await newKey()]);
  try {
    await link(temporary, file);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
  } finally {
    await unlink(temporary);
  }
  return (await readKeys(file))!;
}

/** Adds a new signing key and drops the oldest beyond the two kept; answers the keys after the rotation. */
export async function rotateDevKey(dataDir: string): Promise<DevSigningKey[]> {
  const file = devKeysFile(dataDir);
  const keys = [await newKey(), ...(await loadDevKeys(dataDir))].slice(0, KEYS_KEPT);
  await rename(await writeTemporary(file, keys), file);
  return keys;
}

/** The JWKS the issuer publishes: the public half of every key kept. */
export async function devJwks(dataDir: string): Promise<{ keys: JWK[] }> {
  return { keys: (await loadDevKeys(dataDir)).map((key) => key.publicJwk) };
}

/** What a development token says: who, for which issuer and audience, for how long. */
export interface DevTokenClaims {
  subject: string;
  issuer: string;
  audience: string;
  /** Lifetime in seconds; negative makes a token that has already expired (for tests). */
  ttlSeconds?: number;
}

/** A token signed with the newest key (or `key`, e.g. one just retired), as the identity provider would issue it. */
export async function signDevToken(dataDir: string, claims: DevTokenClaims, key?: DevSigningKey): Promise<string> {
  const signing = key ?? (await loadDevKeys(dataDir))[0]!;
  const now = Math.floor(Date.now() / 1000);
  return new SignJWT({})
    .setProtectedHeader({ alg: ALG, kid: signing.kid, typ: 'JWT' })
    .setSubject(claims.subject)
    .setIssuer(claims.issuer)
    .setAudience(claims.audience)
    .setIssuedAt(now)
    .setExpirationTime(now + (claims.ttlSeconds ?? 3600))
    .sign(await importJWK(signing.privateJwk, ALG));
}
