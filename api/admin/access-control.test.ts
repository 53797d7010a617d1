import { clearedSessionCookie, parseCookies, sessionCookie } from './access-control';

describe('cookies', () => {
  it('parses a Cookie header: trims, unquotes, first of a name wins, ignores junk', () => {
    const cookies = parseCookies(' a=1; bo_session=abc-_123 ; quoted="x y"; a=2; junk; =nameless; empty=');
    expect(Object.fromEntries(cookies)).toEqual({ a: '1', bo_session: 'abc-_123', quoted: 'x y', empty: '' });
    expect(parseCookies(undefined).size).toBe(0);
  });

  it('writes the session cookie HttpOnly and SameSite=Strict, Secure over TLS, and clears it', () => {
    expect(sessionCookie('tok', false)).toBe('bo_session=tok; Path=/; HttpOnly; SameSite=Strict');
    expect(sessionCookie('tok', true)).toBe('bo_session=tok; Path=/; HttpOnly; SameSite=Strict; Secure');
    expect(clearedSessionCookie(false)).toBe('bo_session=; Path=/; HttpOnly; SameSite=Strict; Max-Age=0');
  });
});
