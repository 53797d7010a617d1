import { createCipheriv, createDecipheriv, createHash, randomBytes } from 'node:crypto';

/** A data key as it is stored: encrypted ("wrapped") by the master key named by `keyId`. */
export interface WrappedKey {
  keyId: string;
  wrapped: Buffer;
}

/**
 * Wraps and unwraps data keys with master keys that never leave it: the environment's key here, a cloud KMS
 * (AWS KMS Encrypt/Decrypt with an encryption context, GCP KMS with additional authenticated data) in production.
 * `context` binds a wrapped key to its owner, so a wrapped key copied to another row does not unwrap.
 */
export interface KeyProvider {
  /** The id of the master key that new data keys are wrapped with. */
  readonly currentKeyId: string;
  /** The ids of the older master keys it still unwraps with, until every data key they wrap is rewrapped. */
  readonly retiredKeyIds: readonly string[];
  wrap(dataKey: Buffer, context: string): Promise<WrappedKey>;
  unwrap(key: WrappedKey, context: string): Promise<Buffer>;
}

/** Thrown when a wrapped key names a master key this provider does not hold (retired and removed, or foreign). */
export class UnknownMasterKeyError extends Error {
  constructor(readonly keyId: string) {
    super(`no master key ${keyId} to unwrap this data key with`);
    this.name = 'UnknownMasterKeyError';
  }
}

const IV_BYTES = 12;
const TAG_BYTES = 16;

/** The id of a local master key: a fingerprint, so rotating the environment's key changes the id by itself. */
export const localKeyId = (masterKey: Buffer): string =>
  `local:${createHash('sha256').update(masterKey).digest('hex').slice(0, 16)}`;

/**
 * Master keys held in memory (from the environment or a file): AES-256-GCM over the data key, the context as
 * additional authenticated data. The first key wraps; every key given unwraps, so a retired key can stay listed
 * until every data key it wrapped has been rewrapped.
 */
export class LocalKeyProvider implements KeyProvider {
  readonly currentKeyId: string;
  readonly retiredKeyIds: readonly string[];
  private readonly keys: Map<string, Buffer>;

  constructor(masterKeys: readonly Buffer[]) {
    if (masterKeys.length === 0) throw new Error('LocalKeyProvider needs at least one master key');
    for (const key of masterKeys) if (key.length !== 32) throw new Error('a master key is 32 bytes (AES-256)');
    this.keys = new Map(masterKeys.map((key) => [localKeyId(key), key]));
    this.currentKeyId = localKeyId(masterKeys[0]!);
    this.retiredKeyIds = [...this.keys.keys()].filter((id) => id !== this.currentKeyId);
  }

  // async although nothing here waits: the interface is a KMS's, which answers over the network.
  async wrap(dataKey: Buffer, context: string): Promise<WrappedKey> {
    const iv = randomBytes(IV_BYTES);
    const cipher = createCipheriv('aes-256-gcm', this.keys.get(this.currentKeyId)!, iv);
    cipher.setAAD(Buffer.from(context));
    const body = Buffer.concat([cipher.update(dataKey), cipher.final()]);
    return { keyId: this.currentKeyId, wrapped: Buffer.concat([iv, cipher.getAuthTag(), body]) };
  }

  async unwrap(key: WrappedKey, context: string): Promise<Buffer> {
    const master = this.keys.get(key.keyId);
    if (!master) throw new UnknownMasterKeyError(key.keyId);
    const decipher = createDecipheriv('aes-256-gcm', master, key.wrapped.subarray(0, IV_BYTES));
    decipher.setAAD(Buffer.from(context));
    decipher.setAuthTag(key.wrapped.subarray(IV_BYTES, IV_BYTES + TAG_BYTES));
    return Buffer.concat([decipher.update(key.wrapped.subarray(IV_BYTES + TAG_BYTES)), decipher.final()]);
  }
}
