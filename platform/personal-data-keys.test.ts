import { mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseConfig } from './config';
import { devMasterKeyFile, loadPersonalDataKeys, PersonalDataKeyError } from './personal-data-keys';

const dataDir = () => mkdtempSync(path.join(os.tmpdir(), 'pii-keys-'));
const key = Buffer.alloc(32, 1).toString('base64');

describe('loadPersonalDataKeys', () => {
  it('refuses a production start without a master key, naming the variables', () => {
    const config = parseConfig({ STACK_DATA_DIR: dataDir() });
    expect(() => loadPersonalDataKeys(config, true)).toThrow(PersonalDataKeyError);
    expect(() => loadPersonalDataKeys(config, true)).toThrow(/PII_MASTER_KEY .* or PII_MASTER_KEY_FILE/);
  });

  it('generates one development key into the data dir, private to its owner, and reuses it', async () => {
    const config = parseConfig({ STACK_DATA_DIR: dataDir() });
    const first = loadPersonalDataKeys(config, false);
    const file = devMasterKeyFile(config);
    expect(statSync(file).mode & 0o077).toBe(0);
    expect(Buffer.from(readFileSync(file, 'utf8').trim(), 'base64')).toHaveLength(32);
    const second = loadPersonalDataKeys(config, false);
    expect(second.keyProvider.currentKeyId).toBe(first.keyProvider.currentKeyId);
    expect(second.blindIndexKey.equals(first.blindIndexKey)).toBe(true);
    expect(readdirSync(path.dirname(file))).toEqual([path.basename(file)]);
    const wrapped = await first.keyProvider.wrap(Buffer.alloc(32), 'ctx');
    expect(await second.keyProvider.unwrap(wrapped, 'ctx')).toEqual(Buffer.alloc(32));
  });

  it('takes the environment key, a separate index key, and refuses a key of the wrong length', () => {
    const config = parseConfig({ PII_MASTER_KEY: key, PII_BLIND_INDEX_KEY: Buffer.alloc(32, 2).toString('base64') });
    const keys = loadPersonalDataKeys(config, true);
    expect(keys.blindIndexKey).toEqual(Buffer.alloc(32, 2));
    expect(() => loadPersonalDataKeys(parseConfig({ PII_MASTER_KEY: 'c2hvcnQ=' }), true)).toThrow(/32 bytes/);
  });
});
