import { LOGIN_THROTTLE_WINDOW_MS, throttleVerdict } from './login-throttle';

describe('throttleVerdict', () => {
  const now = new Date('2025-01-01T12:00:00Z');
  it('lets a login through until the limit is reached', () => {
    expect(throttleVerdict(undefined, now, 'username')).toEqual({ throttled: false });
  });

  it('throttles while the limit-th most recent failure is in the window, until it leaves it', () => {
    const fiveMinutesAgo = new Date(now.getTime() - 5 * 60_000);
    expect(throttleVerdict(fiveMinutesAgo, now, 'username')).toEqual({
      throttled: true,
      retryAfterSeconds: 600,
      scope: 'username',
    });
    const almostOut = new Date(now.getTime() - LOGIN_THROTTLE_WINDOW_MS + 10);
    expect(throttleVerdict(almostOut, now, 'username')).toMatchObject({ throttled: true, retryAfterSeconds: 1 });
    const out = new Date(now.getTime() - LOGIN_THROTTLE_WINDOW_MS);
    expect(throttleVerdict(out, now, 'username')).toEqual({ throttled: false });
  });
});
