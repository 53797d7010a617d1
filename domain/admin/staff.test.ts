import { hashPassword, totpRequiredFor, verifyPassword } from './staff';

describe('passwords', () => {
  it('are hashed with argon2id, salted, and verified', async () => {
    const hash = await hashPassword('correct horse battery staple');
    expect(hash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    expect(await hashPassword('correct horse battery staple')).not.toBe(hash);
    expect(await verifyPassword(hash, 'correct horse battery staple')).toBe(true);
    expect(await verifyPassword(hash, 'Correct horse battery staple')).toBe(false);
    expect(await verifyPassword('not a hash', 'anything')).toBe(false);
  });
});

describe('TOTP requirement', () => {
  it('applies to whoever can approve money', () => {
    expect(totpRequiredFor(['compliance_officer'])).toBe(true);
    expect(totpRequiredFor(['payments_ops', 'senior_compliance'])).toBe(true);
    expect(totpRequiredFor(['payments_ops', 'cs_agent', 'risk_analyst', 'admin'])).toBe(false);
  });
});
