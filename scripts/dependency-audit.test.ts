import { judgeAudit, readAllowlist, readAuditOutput, type Allowlist } from './dependency-audit';

// The gate's three outcomes from what `npm audit --json` prints: a report (npm's format, version 2), or an error.

const report = JSON.stringify({
  auditReportVersion: 2,
  vulnerabilities: {
    'path-to-regexp': {
      name: 'path-to-regexp',
      severity: 'high',
      via: [
        {
          source: 1101850,
          name: 'path-to-regexp',
          dependency: 'path-to-regexp',
          title: 'path-to-regexp outputs backtracking regular expressions',
          url: 'https://github.com/advisories/GHSA-9wv6-86v2-598j',
          severity: 'high',
          range: '<0.1.10',
        },
      ],
    },
    express: { name: 'express', severity: 'high', via: ['path-to-regexp'] },
  },
  metadata: { vulnerabilities: { high: 2, total: 2 } },
});
const unreachable = JSON.stringify({
  message: '405 Method Not Allowed - POST https://registry.npmjs.org/-/npm/v1/security/advisories/bulk',
  statusCode: 405,
});

const accepted = {
  id: 'GHSA-9wv6-86v2-598j',
  package: 'path-to-regexp',
  why: 'only reached with routes we write ourselves, none with two parameters in one segment',
  reviewBy: '2027-01-31',
};
const none: Allowlist = { advisories: [] };

it('reads each advisory of a report once, by its GHSA id, and not the packages that only depend on it', () => {
  expect(readAuditOutput(report)).toEqual({
    kind: 'report',
    findings: [
      {
        id: 'GHSA-9wv6-86v2-598j',
        package: 'path-to-regexp',
        severity: 'high',
        title: 'path-to-regexp outputs backtracking regular expressions',
        url: 'https://github.com/advisories/GHSA-9wv6-86v2-598j',
      },
    ],
  });
});

it('reads an error answer, or no JSON at all, as an unreachable source', () => {
  expect(readAuditOutput(unreachable)).toEqual({ kind: 'unreachable', reason: expect.stringContaining('405') });
  expect(readAuditOutput('')).toEqual({ kind: 'unreachable', reason: expect.stringContaining('no JSON') });
});

it('passes a clean report', () => {
  const verdict = judgeAudit({ kind: 'report', findings: [] }, none, '2026-12-02');
  expect(verdict).toMatchObject({ outcome: 'clean', pass: true, summary: { source: 'checked', findings: 0 } });
});

it('refuses a finding that the allowlist does not accept', () => {
  const verdict = judgeAudit(readAuditOutput(report), none, '2026-12-02');
  expect(verdict).toMatchObject({ outcome: 'refused', pass: false, summary: { findings: 1, refused: 1 } });
  expect(verdict.lines).toEqual([expect.stringMatching(/^REFUSED: GHSA-9wv6-86v2-598j in path-to-regexp \(high\)/)]);
});

it('accepts an allowlisted finding until its review date, and refuses it after', () => {
  const allowlist = { advisories: [accepted] };
  expect(judgeAudit(readAuditOutput(report), allowlist, '2027-01-31')).toMatchObject({
    outcome: 'clean',
    pass: true,
    summary: { findings: 1, accepted: 1, refused: 0 },
  });
  const late = judgeAudit(readAuditOutput(report), allowlist, '2027-02-01');
  expect(late).toMatchObject({ outcome: 'refused', pass: false });
  expect(late.lines).toEqual([expect.stringMatching(/^REFUSED, its acceptance ended 2027-01-31: GHSA-9wv6/)]);
});

it('says which allowlist entries no longer match a finding', () => {
  const verdict = judgeAudit({ kind: 'report', findings: [] }, { advisories: [accepted] }, '2026-12-02');
  expect(verdict.lines).toContain('no longer needed in audit-allowlist.json: GHSA-9wv6-86v2-598j in path-to-regexp');
});

it('never passes an unreachable source silently: it fails, or passes as NOT CHECKED while the allowlist accepts it', () => {
  const answer = readAuditOutput(unreachable);
  const refused = judgeAudit(answer, none, '2026-12-02');
  expect(refused).toMatchObject({ outcome: 'not-checked', pass: false, summary: { source: 'unreachable' } });
  const ack = { why: 'the registry of this network answers 405 to the audit endpoints', reviewBy: '2027-03-01' };
  const acknowledged = judgeAudit(answer, { advisories: [], unreachableSource: ack }, '2026-12-02');
  expect(acknowledged).toMatchObject({ outcome: 'not-checked-accepted', pass: true });
  expect(acknowledged.lines[0]).toMatch(/^ADVISORY SOURCE UNREACHABLE: dependencies were NOT checked/);
  expect(judgeAudit(answer, { advisories: [], unreachableSource: ack }, '2027-03-02')).toMatchObject({
    outcome: 'not-checked',
    pass: false,
  });
});

it("reads the repository's allowlist: every entry says why and until when", () => {
  const allowlist = readAllowlist();
  for (const entry of allowlist.advisories) expect(entry.why.length).toBeGreaterThanOrEqual(20);
  expect(allowlist.unreachableSource?.reviewBy).toMatch(/^\d{4}-\d{2}-\d{2}$/);
});
