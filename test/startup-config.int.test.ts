import { spawnSync } from 'node:child_process';
import path from 'node:path';

// Invalid configuration ends `npm start` at once with one readable message that names the variable.
const root = path.resolve(__dirname, '..');

function start(env: Record<string, string>) {
  const result = spawnSync(process.execPath, ['--import', 'tsx', path.join(root, 'stack', 'cli.ts'), 'start'], {
    cwd: root,
    env: { ...process.env, ...env, API_PORT: '3999' },
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { code: result.status, stderr: result.stderr };
}

describe('npm start with invalid configuration', () => {
  it('rejects a malformed DATABASE_URL by name, without a stack trace', () => {
    const { code, stderr } = start({ DATABASE_URL: 'postgres//missing-colon' });
    expect(code).toBe(78);
    expect(stderr).toMatch(/^ {2}- DATABASE_URL: must be a postgres:\/\/ or postgresql:\/\/ URL/m);
    expect(stderr).not.toMatch(/^\s+at /m);
  });

  it('rejects an explicitly given KAFKA_BROKERS that does not answer, by name', () => {
    const { code, stderr } = start({ KAFKA_BROKERS: '127.0.0.1:1' });
    expect(code).toBe(78);
    expect(stderr).toContain('KAFKA_BROKERS=127.0.0.1:1 does not answer');
    expect(stderr).not.toMatch(/^\s+at /m);
  });
});
