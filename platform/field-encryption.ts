import { createCipheriv, createDecipheriv, createHmac, randomBytes } from 'node:crypto';

// One field's ciphertext: a format byte, the 96-bit IV, the 128-bit GCM tag, then the encrypted bytes. The caller's
// `aad` (the owner and the field's name) is authenticated but not stored: a ciphertext moved to another row or
// column no longer matches its tag and fails to decrypt instead of showing someone else's data.

const FORMAT_V1 = 1;
const IV_BYTES = 12;
const TAG_BYTES = 16;

/** A fresh 256-bit data key. */
export const newDataKey = (): Buffer => randomBytes(32);

/** Encrypts `plaintext` under `dataKey` with AES-256-GCM, binding it to `aad`. */
export function encryptField(dataKey: Buffer, aad: string, plaintext: string): Buffer {
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv('aes-256-gcm', dataKey, iv);
  cipher.setAAD(Buffer.from(aad));
  const body = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
  return Buffer.concat([Buffer.from([FORMAT_V1]), iv, cipher.getAuthTag(), body]);
}

/** Decrypts what `encryptField` wrote with the same key and `aad`; throws if either differs or a byte changed. */
export function decryptField(dataKey: Buffer, aad: string, ciphertext: Buffer): string {
  if (ciphertext[0] !== FORMAT_V1) throw new Error(`unknown field ciphertext format ${ciphertext[0]}`);
  const iv = ciphertext.subarray(1, 1 + IV_BYTES);
  const tag = ciphertext.subarray(1 + IV_BYTES, 1 + IV_BYTES + TAG_BYTES);
  const decipher = createDecipheriv('aes-256-gcm', dataKey, iv);
  decipher.setAAD(Buffer.from(aad));
  decipher.setAuthTag(tag);
  return Buffer.concat([decipher.update(ciphertext.subarray(1 + IV_BYTES + TAG_BYTES)), decipher.final()]).toString(
    'utf8',
  );
}

/**
 * A blind index: HMAC-SHA256 of an already normalised value under a key of its own, named by `kind` so that equal
 * values of different kinds (an email and a name) never share an index entry. Equal inputs give equal outputs,
 * which allows exact-match search; without the key the database holds nothing to guess against offline.
 */
export function blindIndex(indexKey: Buffer, kind: string, normalised: string): Buffer {
  return createHmac('sha256', indexKey).update(`${kind}\n${normalised}`).digest();
}
