import { blindIndex, decryptField, encryptField, newDataKey } from './field-encryption';
import { LocalKeyProvider, UnknownMasterKeyError } from './key-provider';

describe('field encryption', () => {
  const key = newDataKey();

  it('round-trips a field and never repeats a ciphertext', () => {
    const a = encryptField(key, 'player:pl_1:email', 'ada@example.com');
    const b = encryptField(key, 'player:pl_1:email', 'ada@example.com');
    expect(a.equals(b)).toBe(false);
    expect(a.toString('latin1')).not.toContain('ada@example.com');
    expect(decryptField(key, 'player:pl_1:email', a)).toBe('ada@example.com');
  });

  it('refuses a changed byte, another row or field, and another key', () => {
    const sealed = encryptField(key, 'player:pl_1:email', 'ada@example.com');
    const tampered = Buffer.from(sealed);
    tampered[tampered.length - 1]! ^= 1;
    expect(() => decryptField(key, 'player:pl_1:email', tampered)).toThrow();
    expect(() => decryptField(key, 'player:pl_2:email', sealed)).toThrow();
    expect(() => decryptField(key, 'player:pl_1:phone', sealed)).toThrow();
    expect(() => decryptField(newDataKey(), 'player:pl_1:email', sealed)).toThrow();
  });

  it('indexes equal values equally, per kind and per key', () => {
    const indexKey = newDataKey();
    expect(blindIndex(indexKey, 'email', 'a@b.c').equals(blindIndex(indexKey, 'email', 'a@b.c'))).toBe(true);
    expect(blindIndex(indexKey, 'email', 'a@b.c').equals(blindIndex(indexKey, 'name', 'a@b.c'))).toBe(false);
    expect(blindIndex(indexKey, 'email', 'a@b.c').equals(blindIndex(newDataKey(), 'email', 'a@b.c'))).toBe(false);
  });
});

describe('LocalKeyProvider', () => {
  const [oldMaster, newMaster] = [newDataKey(), newDataKey()];

  it('unwraps only with the context it wrapped with', async () => {
    const provider = new LocalKeyProvider([newMaster]);
    const dataKey = newDataKey();
    const wrapped = await provider.wrap(dataKey, 'player-data-key:pl_1');
    expect(wrapped.keyId).toBe(provider.currentKeyId);
    expect((await provider.unwrap(wrapped, 'player-data-key:pl_1')).equals(dataKey)).toBe(true);
    await expect(provider.unwrap(wrapped, 'player-data-key:pl_2')).rejects.toThrow();
  });

  it('still unwraps with a retired master key after rotation, and names a key it does not hold', async () => {
    const before = new LocalKeyProvider([oldMaster]);
    const wrapped = await before.wrap(Buffer.alloc(32, 7), 'ctx');
    const rotated = new LocalKeyProvider([newMaster, oldMaster]);
    expect(rotated.currentKeyId).not.toBe(before.currentKeyId);
    expect(rotated.retiredKeyIds).toEqual([before.currentKeyId]);
    expect(await rotated.unwrap(wrapped, 'ctx')).toEqual(Buffer.alloc(32, 7));
    await expect(new LocalKeyProvider([newMaster]).unwrap(wrapped, 'ctx')).rejects.toBeInstanceOf(
      UnknownMasterKeyError,
    );
  });
});
