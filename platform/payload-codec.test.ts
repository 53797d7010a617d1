import { defaultPayloadConverter } from '@temporalio/common';
import {
  ENCRYPTED_ENCODING,
  EncryptionPayloadCodec,
  KEY_ID_METADATA,
  newPayloadKey,
  PayloadKeyringError,
  UnknownPayloadKeyError,
} from './payload-codec';

const text = new TextDecoder();
const deposit = { playerId: 'pl_01KCODECTESTPLAYER00000000', amountMinor: 123_456, currency: 'EUR' };
const keyA = newPayloadKey();
const keyB = newPayloadKey();
const codecWith = (currentKeyId: string, keys: Record<string, Buffer>) =>
  new EncryptionPayloadCodec({ currentKeyId, keys: new Map(Object.entries(keys)) });

describe('EncryptionPayloadCodec', () => {
  it('seals a payload, its metadata included, and names only the encoding and the key', async () => {
    const [sealed] = await codecWith('a', { a: keyA }).encode([defaultPayloadConverter.toPayload(deposit)]);
    expect(Object.keys(sealed!.metadata!).sort()).toEqual(['encoding', KEY_ID_METADATA]);
    expect(text.decode(sealed!.metadata!.encoding!)).toBe(ENCRYPTED_ENCODING);
    expect(text.decode(sealed!.metadata![KEY_ID_METADATA]!)).toBe('a');
    const bytes = Buffer.from(sealed!.data!).toString('latin1');
    for (const clear of [deposit.playerId, '123456', 'json/plain']) expect(bytes).not.toContain(clear);
  });

  it('decodes what it encoded, and two encodings of one value differ (a random IV each)', async () => {
    const codec = codecWith('a', { a: keyA });
    const payload = defaultPayloadConverter.toPayload(deposit);
    const [first, second] = await codec.encode([payload, payload]);
    expect(Buffer.from(first!.data!).equals(Buffer.from(second!.data!))).toBe(false);
    const decoded = await codec.decode([first!, second!]);
    expect(decoded.map((p) => defaultPayloadConverter.fromPayload(p))).toEqual([deposit, deposit]);
  });

  it('lets payloads it did not encrypt through unchanged (histories recorded before it)', async () => {
    const clear = defaultPayloadConverter.toPayload(deposit);
    const [decoded] = await codecWith('a', { a: keyA }).decode([clear]);
    expect(decoded).toBe(clear);
  });

  it('after a rotation encrypts with the new key and still decrypts with the old one', async () => {
    const [old] = await codecWith('a', { a: keyA }).encode([defaultPayloadConverter.toPayload(deposit)]);
    const rotated = codecWith('b', { a: keyA, b: keyB });
    const [fresh] = await rotated.encode([defaultPayloadConverter.toPayload(deposit)]);
    expect(text.decode(fresh!.metadata![KEY_ID_METADATA]!)).toBe('b');
    const decoded = await rotated.decode([old!, fresh!]);
    expect(decoded.map((p) => defaultPayloadConverter.fromPayload(p))).toEqual([deposit, deposit]);
  });

  it('refuses a payload of a key it does not hold, and one whose ciphertext or key id was altered', async () => {
    const [sealed] = await codecWith('a', { a: keyA }).encode([defaultPayloadConverter.toPayload(deposit)]);
    await expect(codecWith('b', { b: keyB }).decode([sealed!])).rejects.toBeInstanceOf(UnknownPayloadKeyError);

    const tampered = Buffer.from(sealed!.data!);
    tampered[20]! ^= 1;
    await expect(codecWith('a', { a: keyA }).decode([{ ...sealed!, data: tampered }])).rejects.toThrow();

    const relabelled = { ...sealed!, metadata: { ...sealed!.metadata, [KEY_ID_METADATA]: Buffer.from('b') } };
    await expect(codecWith('a', { a: keyA, b: keyA }).decode([relabelled])).rejects.toThrow();
  });

  it('refuses a keyring without its current key or with a key that is not 256 bits', () => {
    expect(() => codecWith('b', { a: keyA })).toThrow(PayloadKeyringError);
    expect(() => codecWith('a', { a: keyA.subarray(0, 16) })).toThrow(/16 bytes, not 32/);
  });
});
