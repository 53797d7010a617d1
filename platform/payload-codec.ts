import type { Payload, PayloadCodec } from '@temporalio/common';
import { temporal } from '@temporalio/proto';
import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';

// Temporal stores every workflow input, result, signal, update, query answer, activity argument and summary as a
// payload; this codec encrypts each one (AES-256-GCM) before it leaves the process, so Temporal's histories and
// visibility hold ciphertext. Search attributes are not payloads of this kind: they stay readable (and hold no
// personal data, contracts/search-attributes.ts).

/** The `encoding` metadata of a payload this codec encrypted. */
export const ENCRYPTED_ENCODING = 'binary/encrypted';
/** The metadata key that names the key a payload was encrypted with, so old keys still decrypt after a rotation. */
export const KEY_ID_METADATA = 'encryption-key-id';

const ALGORITHM = 'aes-256-gcm';
const KEY_BYTES = 32;
/** 96-bit IVs, random per payload: GCM's recommended size; a key seals far fewer than 2^32 payloads between rotations. */
const IV_BYTES = 12;
const TAG_BYTES = 16;

const { Payload: PayloadMessage } = temporal.api.common.v1;
const utf8 = new TextEncoder();
const text = new TextDecoder();

/** The keys payloads are encrypted with: new ones with the current key, old ones with whichever key they name. */
export interface PayloadKeyring {
  currentKeyId: string;
  keys: ReadonlyMap<string, Buffer>;
}

/** Thrown when a keyring cannot encrypt: no current key, or a key that is not 256 bits. */
export class PayloadKeyringError extends Error {
  constructor(readonly detail: string) {
    super(`payload keyring: ${detail}`);
    this.name = 'PayloadKeyringError';
  }
}

/** Thrown when an encrypted payload names a key the keyring does not hold (it was removed too early). */
export class UnknownPayloadKeyError extends Error {
  constructor(readonly keyId: string) {
    super(`payload encrypted with key "${keyId}", which the keyring does not hold`);
    this.name = 'UnknownPayloadKeyError';
  }
}

/** Checks a keyring once, so the codec fails at start rather than on the first payload. */
export function checkKeyring(keyring: PayloadKeyring): PayloadKeyring {
  if (!keyring.keys.has(keyring.currentKeyId)) {
    throw new PayloadKeyringError(`the current key "${keyring.currentKeyId}" is not in the keyring`);
  }
  for (const [id, key] of keyring.keys) {
    if (!/^[A-Za-z0-9._-]{1,64}$/.test(id)) throw new PayloadKeyringError(`key id "${id}" is not a short slug`);
    if (key.length !== KEY_BYTES) throw new PayloadKeyringError(`key "${id}" has ${key.length} bytes, not 32`);
  }
  return keyring;
}

/** A fresh random 256-bit key. */
export const newPayloadKey = (): Buffer => randomBytes(KEY_BYTES);

/** The AES-256-GCM payload codec: set on every Temporal client and worker (platform/temporal.ts). */
export class EncryptionPayloadCodec implements PayloadCodec {
  private readonly keyring: PayloadKeyring;

  constructor(keyring: PayloadKeyring) {
    this.keyring = checkKeyring(keyring);
  }

  encode(payloads: Payload[]): Promise<Payload[]> {
    return Promise.resolve().then(() => payloads.map((payload) => this.encrypt(payload)));
  }

  /** Payloads this codec did not encrypt (histories recorded before it, other tools' payloads) pass unchanged. */
  decode(payloads: Payload[]): Promise<Payload[]> {
    return Promise.resolve().then(() =>
      payloads.map((payload) => (isEncrypted(payload) ? this.decrypt(payload) : payload)),
    );
  }

  private encrypt(payload: Payload): Payload {
    const keyId = this.keyring.currentKeyId;
    const iv = randomBytes(IV_BYTES);
    const cipher = createCipheriv(ALGORITHM, this.keyring.keys.get(keyId)!, iv);
    // The key id is authenticated too: a payload relabelled with another key id fails to decrypt.
    cipher.setAAD(utf8.encode(keyId));
    // The whole payload, its own metadata (json/plain, ...) included, is what gets sealed.
    const plain = PayloadMessage.encode(payload).finish();
    const sealed = Buffer.concat([iv, cipher.update(plain), cipher.final(), cipher.getAuthTag()]);
    return {
      metadata: { encoding: utf8.encode(ENCRYPTED_ENCODING), [KEY_ID_METADATA]: utf8.encode(keyId) },
      data: sealed,
    };
  }

  private decrypt(payload: Payload): Payload {
    const keyId = text.decode(payload.metadata?.[KEY_ID_METADATA] ?? new Uint8Array());
    const key = this.keyring.keys.get(keyId);
    if (!key) throw new UnknownPayloadKeyError(keyId);
    const sealed = Buffer.from(payload.data ?? new Uint8Array());
    const decipher = createDecipheriv(ALGORITHM, key, sealed.subarray(0, IV_BYTES));
    decipher.setAAD(utf8.encode(keyId));
    decipher.setAuthTag(sealed.subarray(sealed.length - TAG_BYTES));
    const plain = Buffer.concat([
      decipher.update(sealed.subarray(IV_BYTES, sealed.length - TAG_BYTES)),
      decipher.final(),
    ]);
    return PayloadMessage.decode(plain);
  }
}

/** Whether this codec encrypted the payload. */
export function isEncrypted(payload: Payload): boolean {
  const encoding = payload.metadata?.encoding;
  return encoding !== undefined && encoding !== null && text.decode(encoding) === ENCRYPTED_ENCODING;
}
