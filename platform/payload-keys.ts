import { linkSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { ConfigError, type Config } from './config';
import { checkKeyring, newPayloadKey, PayloadKeyringError, type PayloadKeyring } from './payload-codec';

// Where the payload codec's keys come from: PAYLOAD_KEYS (+ PAYLOAD_KEY_ID) or the JSON file PAYLOAD_KEYS_FILE
// names. A production start without either is refused; the local stack generates its keys once into its data dir.
// Rotating: add a new key and make it current; keep the old ones for as long as histories encrypted with them are
// kept (the namespace's retention), since Temporal Web and replays decode those with them.

/** The JSON file of a keyring (PAYLOAD_KEYS_FILE, or the local stack's generated one). */
const keyringFileSchema = z.object({
  currentKeyId: z.string().min(1),
  keys: z.record(z.string(), z.base64()),
});
export type PayloadKeyringFile = z.infer<typeof keyringFileSchema>;

/** The local stack's generated keys, in its data dir. */
export const devPayloadKeysFile = (config: Pick<Config, 'STACK_DATA_DIR'>) =>
  path.join(config.STACK_DATA_DIR, 'payload-keys.json');

function keyringOf(file: PayloadKeyringFile): PayloadKeyring {
  return checkKeyring({
    currentKeyId: file.currentKeyId,
    keys: new Map(Object.entries(file.keys).map(([id, key]) => [id, Buffer.from(key, 'base64')])),
  });
}

function readKeyringFile(file: string): PayloadKeyring {
  const parsed = keyringFileSchema.safeParse(JSON.parse(readFileSync(file, 'utf8')));
  if (!parsed.success) throw new PayloadKeyringError(`${file} is not {"currentKeyId", "keys": {id: base64}}`);
  return keyringOf(parsed.data);
}

/**
 * The local stack's keyring, generated on its first start and kept: written aside and hard-linked into place, so
 * processes starting at the same time all end up with the one file the first link made.
 */
export function ensureDevPayloadKeys(config: Pick<Config, 'STACK_DATA_DIR'>): string {
  const file = devPayloadKeysFile(config);
  mkdirSync(path.dirname(file), { recursive: true });
  const draft = `${file}.${process.pid}.${Date.now()}`;
  const keyId = `dev-${new Date().toISOString().slice(0, 10)}`;
  const contents: PayloadKeyringFile = { currentKeyId: keyId, keys: { [keyId]: newPayloadKey().toString('base64') } };
  writeFileSync(draft, `${JSON.stringify(contents, null, 2)}\n`, { mode: 0o600 });
  try {
    linkSync(draft, file);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
  } finally {
    rmSync(draft, { force: true });
  }
  return file;
}

/**
 * The keyring this process encrypts and decrypts payloads with. Throws a ConfigError, naming the variables, when a
 * production start has none.
 */
export function loadPayloadKeyring(config: Config): PayloadKeyring {
  try {
    if (config.PAYLOAD_KEYS) {
      if (!config.PAYLOAD_KEY_ID) throw new ConfigError(['PAYLOAD_KEY_ID: names the current key of PAYLOAD_KEYS']);
      return keyringOf({ currentKeyId: config.PAYLOAD_KEY_ID, keys: Object.fromEntries(config.PAYLOAD_KEYS) });
    }
    if (config.PAYLOAD_KEYS_FILE) return readKeyringFile(config.PAYLOAD_KEYS_FILE);
  } catch (err) {
    if (err instanceof PayloadKeyringError) throw new ConfigError([`PAYLOAD_KEYS: ${err.detail}`]);
    throw err;
  }
  if (config.production) {
    throw new ConfigError([
      'PAYLOAD_KEYS: a production start needs the keys that encrypt Temporal payloads: PAYLOAD_KEYS (id:base64 ' +
        'pairs, 32-byte keys) with PAYLOAD_KEY_ID, or PAYLOAD_KEYS_FILE',
    ]);
  }
  return readKeyringFile(ensureDevPayloadKeys(config));
}
