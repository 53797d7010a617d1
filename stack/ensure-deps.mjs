#!/usr/bin/env node
// Runs before anything else in `npm start` and `npm test`, with no dependency of its own: installs the npm
// packages from the committed lock file when they are missing or stale, and (for tests, with --system) the
// Debian packages the suite drives: chromium for the browser tests, docker-compose to parse the compose file.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const stamp = join(root, 'node_modules', '.installed-lock-hash');
const lockHash = createHash('sha256')
  .update(readFileSync(join(root, 'package-lock.json')))
  .digest('hex');

function run(command, args) {
  const started = Date.now();
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) {
    console.error(`\n✖ ${command} ${args.join(' ')} failed (exit ${result.status ?? result.signal})`);
    process.exit(result.status ?? 1);
  }
  console.log(`  done in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

if (!existsSync(stamp) || readFileSync(stamp, 'utf8') !== lockHash) {
  console.log('▶ Installing npm packages from package-lock.json (npm ci)…');
  run('npm', ['ci', '--no-audit', '--no-fund']);
  writeFileSync(stamp, lockHash);
}

if (process.argv.includes('--system')) {
  const wanted = [
    ['chromium', '/usr/bin/chromium'],
    ['docker-compose', '/usr/bin/docker-compose'],
  ].filter(([, binary]) => !existsSync(binary));
  if (wanted.length > 0) {
    const names = wanted.map(([name]) => name);
    if (process.getuid?.() !== 0) {
      console.error(
        `✖ The test suite needs the Debian packages ${names.join(', ')}: sudo apt-get install ${names.join(' ')}`,
      );
      process.exit(1);
    }
    console.log(`▶ Installing Debian packages for the test suite: ${names.join(', ')} (apt-get, first run only)…`);
    run('apt-get', ['update', '-q']);
    run('apt-get', ['install', '-y', '-q', '--no-install-recommends', ...names]);
  }
}
