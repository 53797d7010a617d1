import { hkdfSync, randomBytes } from 'node:crypto';
import { linkSync, mkdirSync, readFileSync, unlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Config } from './config';
import { LocalKeyProvider, type KeyProvider } from './key-provider';

/** The keys personal data is protected with: the master key provider and the blind index's own key. */
export interface PersonalDataKeys {
  keyProvider: KeyProvider;
  blindIndexKey: Buffer;
}

/** Thrown when no usable master key for personal data is configured; the message says what to set. */
export class PersonalDataKeyError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'PersonalDataKeyError';
  }
}

/** Where the local stack keeps its generated development master key. */
export const devMasterKeyFile = (config: Pick<Config, 'STACK_DATA_DIR'>) =>
  path.join(config.STACK_DATA_DIR, 'secrets', 'pii-master-key');

function decodeKey(base64: string, from: string): Buffer {
  const key = Buffer.from(base64.trim(), 'base64');
  if (key.length !== 32) throw new PersonalDataKeyError(`${from} must be 32 bytes in base64 (got ${key.length} bytes)`);
  return key;
}

/**
 * The development master key, created on first use: written whole to a file of its own, then linked into place,
 * which fails if another process got there first; so concurrent processes agree on one key and none reads half.
 */
function devMasterKey(file: string): Buffer {
  mkdirSync(path.dirname(file), { recursive: true, mode: 0o700 });
  const draft = `${file}.${process.pid}.${randomBytes(4).toString('hex')}`;
  writeFileSync(draft, `${randomBytes(32).toString('base64')}\n`, { flag: 'wx', mode: 0o600 });
  try {
    linkSync(draft, file);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
  } finally {
    unlinkSync(draft);
  }
  return decodeKey(readFileSync(file, 'utf8'), file);
}

function masterKeyOf(config: Config, production: boolean): Buffer {
  if (config.PII_MASTER_KEY) return decodeKey(config.PII_MASTER_KEY, 'PII_MASTER_KEY');
  if (config.PII_MASTER_KEY_FILE)
    return decodeKey(readFileSync(config.PII_MASTER_KEY_FILE, 'utf8'), 'PII_MASTER_KEY_FILE');
  if (production) {
    throw new PersonalDataKeyError(
      'a production start needs the master key for personal data: set PII_MASTER_KEY (32 bytes, base64) or ' +
        'PII_MASTER_KEY_FILE (a file holding it); `openssl rand -base64 32` makes one',
    );
  }
  return devMasterKey(devMasterKeyFile(config));
}

/**
 * The personal data keys from the configuration: the master key from PII_MASTER_KEY or PII_MASTER_KEY_FILE (a
 * generated one in the stack's data dir outside production; a production start refuses to run without one), the
 * retired master keys that still unwrap, and the blind index key (PII_BLIND_INDEX_KEY, or derived from the master
 * key with HKDF, in which case rotating the master key means rebuilding the indexes).
 */
export function loadPersonalDataKeys(config: Config, production = config.production): PersonalDataKeys {
  const master = masterKeyOf(config, production);
  const retired = config.PII_RETIRED_MASTER_KEYS.map((key, i) => decodeKey(key, `PII_RETIRED_MASTER_KEYS[${i}]`));
  const blindIndexKey = config.PII_BLIND_INDEX_KEY
    ? decodeKey(config.PII_BLIND_INDEX_KEY, 'PII_BLIND_INDEX_KEY')
    : Buffer.from(hkdfSync('sha256', master, Buffer.alloc(0), 'personal-data blind index v1', 32));
  return { keyProvider: new LocalKeyProvider([master, ...retired]), blindIndexKey };
}
