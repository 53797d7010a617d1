import { decodePlayerCursor, encodePlayerCursor } from './player-directory';

describe('players list cursor', () => {
  const cursor = { createdAt: '2026-12-02T05:01:54.123456Z', playerId: 'pl_01M8TJ2WZ55J846DSG5MYNTXFP' };

  it('gives back the cursor it handed out, microseconds included', () => {
    expect(decodePlayerCursor(encodePlayerCursor(cursor))).toEqual(cursor);
  });

  it.each([
    ['not base64 JSON', 'bm90LWEtY3Vyc29y'],
    ['a time without microseconds', encodePlayerCursor({ ...cursor, createdAt: '2026-12-02T05:01:54Z' })],
    ['a malformed player id', encodePlayerCursor({ ...cursor, playerId: "pl_' OR 1=1 --" })],
    ['another shape', Buffer.from('{"createdAt":1}').toString('base64url')],
  ])('refuses %s', (_name, text) => {
    expect(decodePlayerCursor(text)).toBeUndefined();
  });
});
