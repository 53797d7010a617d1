import { generateKeyPair, importJWK, SignJWT } from 'jose';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createDevIdentityProvider } from '../simulators/identity-provider';
import { loadDevKeys, rotateDevKey, signDevToken } from '../simulators/identity-provider/dev-keys';
import type { PlayerTokenSettings } from './config';
import {
  createPlayerTokenVerifier,
  IdentityProviderUnavailableError,
  PlayerTokenError,
  type PlayerTokenVerifier,
} from './player-tokens';

// The verifier against a real development identity provider (HTTP JWKS) with keys in a directory of this test's own.

const dataDir = mkdtempSync(path.join(os.tmpdir(), 'player-tokens-'));
const claims = { issuer: 'https://login.test.example', audience: 'player-api' };
const provider = createDevIdentityProvider({ dataDir, settings: claims });
let settings: PlayerTokenSettings;
let verify: PlayerTokenVerifier;

beforeAll(async () => {
  const { url } = await provider.listen(0, '127.0.0.1');
  settings = { ...claims, jwksUrl: `${url}/.well-known/jwks.json`, clockToleranceSeconds: 5 };
  // No cooldown between JWKS fetches, so that a rotation is seen at once.
  verify = createPlayerTokenVerifier(settings, { jwksCooldownMs: 0 });
});
afterAll(async () => {
  await provider.close();
  rmSync(dataDir, { recursive: true, force: true });
});

const token = (overrides: { subject?: string; issuer?: string; audience?: string; ttlSeconds?: number } = {}) =>
  signDevToken(dataDir, { ...claims, subject: 'user-1', ...overrides });

const refusalOf = (promise: Promise<unknown>) =>
  promise.then(
    () => 'accepted',
    (err: unknown) => (err instanceof PlayerTokenError ? err.refusal : `unexpected ${String(err)}`),
  );

/** Base64url of JSON. */
const part = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');

describe('player token verification', () => {
  it("accepts the identity provider's token and answers its subject", async () => {
    await expect(verify(await token())).resolves.toEqual({ subject: 'user-1' });
  });

  it.each([
    ['an expired token', () => token({ ttlSeconds: -60 }), 'expired'],
    ['another audience', () => token({ audience: 'another-api' }), 'invalid'],
    ['another issuer', () => token({ issuer: 'https://evil.example' }), 'invalid'],
    ['not a JWT', async () => 'not-a-token', 'invalid'],
  ])('refuses %s', async (_name, make, refusal) => {
    expect(await refusalOf(verify(await make()))).toBe(refusal);
  });

  it('accepts a token within the clock tolerance of its expiry', async () => {
    await expect(verify(await token({ ttlSeconds: -2 }))).resolves.toEqual({ subject: 'user-1' });
  });

  it('refuses a token signed by a key the identity provider does not publish', async () => {
    const { privateKey } = await generateKeyPair('ES256');
    const forged = await new SignJWT({})
      .setProtectedHeader({ alg: 'ES256', kid: 'not-published' })
      .setSubject('user-1')
      .setIssuer(claims.issuer)
      .setAudience(claims.audience)
      .setExpirationTime('1h')
      .sign(privateKey);
    expect(await refusalOf(verify(forged))).toBe('invalid');
  });

  it('refuses a token signed by an unknown key that claims a published key id', async () => {
    const { privateKey } = await generateKeyPair('ES256');
    const [published] = await loadDevKeys(dataDir);
    const forged = await new SignJWT({})
      .setProtectedHeader({ alg: 'ES256', kid: published!.kid })
      .setSubject('user-1')
      .setIssuer(claims.issuer)
      .setAudience(claims.audience)
      .setExpirationTime('1h')
      .sign(privateKey);
    expect(await refusalOf(verify(forged))).toBe('invalid');
  });

  it('refuses alg none', async () => {
    const [, payload] = (await token()).split('.');
    const unsigned = `${part({ alg: 'none', typ: 'JWT' })}.${payload}.`;
    expect(await refusalOf(verify(unsigned))).toBe('invalid');
  });

  it('refuses a symmetric signature made with the public key (algorithm confusion)', async () => {
    const [published] = await loadDevKeys(dataDir);
    const secret = new TextEncoder().encode(JSON.stringify(published!.publicJwk));
    const confused = await new SignJWT({})
      .setProtectedHeader({ alg: 'HS256', kid: published!.kid })
      .setSubject('user-1')
      .setIssuer(claims.issuer)
      .setAudience(claims.audience)
      .setExpirationTime('1h')
      .sign(secret);
    expect(await refusalOf(verify(confused))).toBe('invalid');
  });

  it('refuses a tampered payload', async () => {
    const [header, , signature] = (await token()).split('.');
    const now = Math.floor(Date.now() / 1000);
    const tampered = `${header}.${part({ sub: 'user-2', iss: claims.issuer, aud: claims.audience, exp: now + 600 })}.${signature}`;
    expect(await refusalOf(verify(tampered))).toBe('invalid');
  });

  it('refuses a token without a subject', async () => {
    const [key] = await loadDevKeys(dataDir);
    const anonymous = await new SignJWT({})
      .setProtectedHeader({ alg: 'ES256', kid: key!.kid })
      .setIssuer(claims.issuer)
      .setAudience(claims.audience)
      .setExpirationTime('1h')
      .sign(await importJWK(key!.privateJwk, 'ES256'));
    expect(await refusalOf(verify(anonymous))).toBe('invalid');
  });

  it('follows a key rotation: the new key signs, the previous one still verifies its tokens', async () => {
    const [before] = await loadDevKeys(dataDir);
    const oldToken = await token({ subject: 'old-key' });
    await verify(oldToken); // the verifier has cached the JWKS of the old key only
    const [newer, previous] = await rotateDevKey(dataDir);
    expect(previous!.kid).toBe(before!.kid);
    const newToken = await token({ subject: 'new-key' });
    expect(newToken).not.toBe(oldToken);
    await expect(verify(newToken)).resolves.toEqual({ subject: 'new-key' });
    await expect(verify(oldToken)).resolves.toEqual({ subject: 'old-key' });
    // Two rotations later the first key is gone from the JWKS, and so are its tokens.
    await rotateDevKey(dataDir);
    const fresh = createPlayerTokenVerifier(settings, { jwksCooldownMs: 0 });
    expect(await refusalOf(fresh(oldToken))).toBe('invalid');
    await expect(fresh(await signDevToken(dataDir, { ...claims, subject: 'x' }, newer))).resolves.toEqual({
      subject: 'x',
    });
  });

  it('answers IdentityProviderUnavailableError when the JWKS cannot be fetched', async () => {
    const closed = createPlayerTokenVerifier({ ...settings, jwksUrl: 'http://127.0.0.1:9/.well-known/jwks.json' });
    await expect(closed(await token())).rejects.toBeInstanceOf(IdentityProviderUnavailableError);
  });

  it('keeps the public key only in the JWKS', async () => {
    const response = await fetch(settings.jwksUrl);
    const { keys } = (await response.json()) as { keys: Record<string, unknown>[] };
    expect(keys.length).toBeGreaterThan(0);
    for (const key of keys) expect(key).not.toHaveProperty('d');
    // A published key is the public half of the stored one.
    const [stored] = await loadDevKeys(dataDir);
    expect(keys[0]).toEqual(stored!.publicJwk);
  });
});
