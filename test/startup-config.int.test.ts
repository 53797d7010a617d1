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

  it('refuses a production start with the default secrets, naming the variables', () => {
    const { code, stderr } = start({ NODE_ENV: 'production' });
    expect(code).toBe(78);
    expect(stderr).toMatch(/^Refusing a production start \(NODE_ENV=production\) with default or short secrets:$/m);
    expect(stderr).toMatch(/^ {2}- GAME_PROVIDER_SECRETS: /m);
    expect(stderr).toMatch(/^ {2}- PSP_WEBHOOK_SECRETS: /m);
    expect(stderr).toMatch(/^ {2}- KYC_WEBHOOK_SECRET: /m);
    expect(stderr).not.toMatch(/^\s+at /m);
  });

  it('rejects an explicitly given KAFKA_BROKERS that does not answer, by name', () => {
    const { code, stderr } = start({ KAFKA_BROKERS: '127.0.0.1:1' });
    expect(code).toBe(78);
    expect(stderr).toContain('KAFKA_BROKERS=127.0.0.1:1 does not answer');
    expect(stderr).not.toMatch(/^\s+at /m);
  });
});
