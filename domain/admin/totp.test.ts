import { matchTotp, totpCode, totpCounterAt, totpProvisioningUri } from './totp';

// RFC 6238 appendix B's SHA-1 key, "12345678901234567890", in base32.
const RFC_SECRET = 'GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ';

describe('TOTP', () => {
  it('computes the RFC 6238 test vectors (6-digit truncation)', () => {
    expect(totpCode(RFC_SECRET, 59_000)).toBe('287082');
    expect(totpCode(RFC_SECRET, 1_111_111_109_000)).toBe('081804');
    expect(totpCode(RFC_SECRET, 1_234_567_890_000)).toBe('005924');
  });

  it('accepts a code one step either side of now, and says which step it matched', () => {
    const now = 1_700_000_000_000;
    const step = totpCounterAt(now);
    expect(matchTotp(RFC_SECRET, totpCode(RFC_SECRET, now), now)).toBe(step);
    expect(matchTotp(RFC_SECRET, totpCode(RFC_SECRET, now - 30_000), now)).toBe(step - 1);
    expect(matchTotp(RFC_SECRET, totpCode(RFC_SECRET, now + 30_000), now)).toBe(step + 1);
    expect(matchTotp(RFC_SECRET, totpCode(RFC_SECRET, now - 60_000), now)).toBeNull();
    expect(matchTotp(RFC_SECRET, '12345', now)).toBeNull();
    expect(matchTotp(RFC_SECRET, 'abcdef', now)).toBeNull();
  });

  it('gives an otpauth:// URI for enrolment', () => {
    expect(totpProvisioningUri('officer-1', RFC_SECRET)).toBe(
      `otpauth://totp/iGaming%20back%20office:officer-1?issuer=iGaming%20back%20office&secret=${RFC_SECRET}&algorithm=SHA1&digits=6&period=30`,
    );
  });
});
