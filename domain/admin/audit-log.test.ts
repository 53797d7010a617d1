import { createHash } from 'node:crypto';
import { auditEntriesAsCsv, auditHash, canonicalJson, csvCell, GENESIS_HASH, type AuditEntry } from './audit-log';

const fields = {
  auditId: 7,
  at: '2025-01-01T00:00:00.000Z',
  actor: 'st_01KAAAAAAAAAAAAAAAAAAAAAAA',
  action: 'withdrawal.approve',
  entityType: 'Withdrawal',
  entityId: 'wd_01KAAAAAAAAAAAAAAAAAAAAAAA',
  reason: null,
  before: { status: 'AWAITING_APPROVAL', decidedBy: [] },
  after: { status: 'APPROVED', decidedBy: ['st_01KAAAAAAAAAAAAAAAAAAAAAAA'] },
  requestId: 'req-1',
  sourceIp: '127.0.0.1',
};

describe('canonicalJson', () => {
  it('sorts keys at every level and drops undefined members, so equal values serialise equally', () => {
    expect(canonicalJson({ b: 1, a: { d: [1, { z: 1, y: undefined }], c: null } })).toBe(
      '{"a":{"c":null,"d":[1,{"z":1}]},"b":1}',
    );
    expect(canonicalJson({ x: 1, y: 2 })).toBe(canonicalJson({ y: 2, x: 1 }));
    expect(canonicalJson(undefined)).toBe('null');
  });
});

describe('auditHash', () => {
  it('is stable, covers every field and the previous hash', () => {
    const hash = auditHash(GENESIS_HASH, fields);
    expect(hash).toMatch(/^[0-9a-f]{64}$/);
    expect(
      auditHash(GENESIS_HASH, { ...fields, after: { decidedBy: fields.after.decidedBy, status: 'APPROVED' } }),
    ).toBe(hash);
    expect(auditHash(GENESIS_HASH, { ...fields, reason: 'x' })).not.toBe(hash);
    expect(auditHash(GENESIS_HASH, { ...fields, sourceIp: '10.0.0.1' })).not.toBe(hash);
    expect(auditHash('1'.repeat(64), fields)).not.toBe(hash);
  });

  it('is SHA-256 over the previous hash, a newline and the canonical JSON of all the fields as one array', () => {
    // The format every stored chain was written in, so entries appended before the SQL append still verify.
    const all = [
      fields.auditId,
      fields.at,
      fields.actor,
      fields.action,
      fields.entityType,
      fields.entityId,
      fields.reason,
      fields.before,
      fields.after,
      fields.requestId,
      fields.sourceIp,
    ];
    const expected = createHash('sha256')
      .update(`${GENESIS_HASH}\n${canonicalJson(all)}`)
      .digest('hex');
    expect(auditHash(GENESIS_HASH, fields)).toBe(expected);
  });
});

describe('CSV export', () => {
  it('quotes per RFC 4180 and defuses cells a spreadsheet would run as formulas', () => {
    expect(csvCell('plain')).toBe('plain');
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "hi"\nbye')).toBe('"say ""hi""\nbye"');
    expect(csvCell('=HYPERLINK("http://evil")')).toBe(`"'=HYPERLINK(""http://evil"")"`);
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvCell(-5)).toBe('-5');
    expect(csvCell(null)).toBe('');
    expect(csvCell({ b: 1, a: 2 })).toBe('"{""a"":2,""b"":1}"');
  });

  it('writes a header and one line per entry, hashes included', () => {
    const entry: AuditEntry = { ...fields, prevHash: GENESIS_HASH, hash: auditHash(GENESIS_HASH, fields) };
    const [header, line, end] = auditEntriesAsCsv([entry]).split('\r\n');
    expect(header).toBe(
      'auditId,at,actor,action,entityType,entityId,reason,before,after,requestId,sourceIp,prevHash,hash',
    );
    expect(line).toMatch(/^7,2025-01-01T00:00:00.000Z,st_01K.*,req-1,127.0.0.1,0{64},[0-9a-f]{64}$/);
    expect(end).toBe('');
  });
});
