import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ConfigError, parseConfig } from './config';
import { devPayloadKeysFile, loadPayloadKeyring } from './payload-keys';

const key = (byte: number) => Buffer.alloc(32, byte).toString('base64');
let dataDir: string;
beforeEach(() => {
  dataDir = mkdtempSync(path.join(os.tmpdir(), 'payload-keys-'));
});
afterEach(() => rmSync(dataDir, { recursive: true, force: true }));

describe('loadPayloadKeyring', () => {
  it('takes PAYLOAD_KEYS with PAYLOAD_KEY_ID: the current key and the old ones', () => {
    const keyring = loadPayloadKeyring(
      parseConfig({ PAYLOAD_KEYS: `k2:${key(2)},k1:${key(1)}`, PAYLOAD_KEY_ID: 'k2', STACK_DATA_DIR: dataDir }),
    );
    expect(keyring.currentKeyId).toBe('k2');
    expect([...keyring.keys.keys()]).toEqual(['k2', 'k1']);
  });

  it('refuses PAYLOAD_KEYS without PAYLOAD_KEY_ID, or with a short key', () => {
    expect(() => loadPayloadKeyring(parseConfig({ PAYLOAD_KEYS: `k1:${key(1)}` }))).toThrow(ConfigError);
    const short = Buffer.alloc(16).toString('base64');
    expect(() => loadPayloadKeyring(parseConfig({ PAYLOAD_KEYS: `k1:${short}`, PAYLOAD_KEY_ID: 'k1' }))).toThrow(
      /16 bytes, not 32/,
    );
  });

  // A production start refuses the local secrets (platform/config.ts): these tests give their own.
  const own = (id: string) => `${id}:${id.padEnd(40, 'z')}-0123456789`;
  const secrets = {
    GAME_PROVIDER_SECRETS: own('acme-games'),
    PSP_WEBHOOK_SECRETS: own('cardpay'),
    KYC_WEBHOOK_SECRET: 'z'.repeat(40),
  };

  it('refuses a production start without keys, naming the variables', () => {
    for (const env of [{ NODE_ENV: 'production' }, { DATABASE_URL: 'postgres://app:pw@db.internal:5432/bo' }]) {
      expect(() => loadPayloadKeyring(parseConfig({ ...secrets, ...env, STACK_DATA_DIR: dataDir }))).toThrow(
        /PAYLOAD_KEYS: a production start needs the keys/,
      );
    }
  });

  it('generates the local stack its keys once, private to the user, and keeps them across starts', () => {
    const config = parseConfig({ STACK_DATA_DIR: dataDir });
    const first = loadPayloadKeyring(config);
    const file = devPayloadKeysFile(config);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    const again = loadPayloadKeyring(parseConfig({ STACK_DATA_DIR: dataDir }));
    expect(again.currentKeyId).toBe(first.currentKeyId);
    expect(again.keys.get(again.currentKeyId)!.equals(first.keys.get(first.currentKeyId)!)).toBe(true);
    expect(JSON.parse(readFileSync(file, 'utf8'))).toMatchObject({ currentKeyId: first.currentKeyId });
  });

  it('reads PAYLOAD_KEYS_FILE', () => {
    const config = parseConfig({ STACK_DATA_DIR: dataDir });
    loadPayloadKeyring(config);
    const keyring = loadPayloadKeyring(
      parseConfig({ ...secrets, PAYLOAD_KEYS_FILE: devPayloadKeysFile(config), NODE_ENV: 'production' }),
    );
    expect(keyring.keys.size).toBe(1);
  });
});
