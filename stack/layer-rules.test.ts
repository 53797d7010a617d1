import { execFile } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';

// The layer rules of .dependency-cruiser.cjs fail `npm run lint`: the test plants files that each break one rule,
// runs the lint step that checks them, expects it to fail naming each rule and file, and removes the files.
const root = path.resolve(__dirname, '..');
const run = promisify(execFile);

const planted = [
  {
    rule: 'domain-imports-no-outer-layer',
    file: 'domain/layer-rules-planted.ts',
    source: "import { createApp } from '../api/app';\n\nexport const planted = createApp;\n",
  },
  {
    rule: 'workflows-import-only-types-of-activities',
    file: 'workflows/layer-rules-planted.ts',
    source: "import { createOpsActivities } from '../activities/ops';\n\nexport const planted = createOpsActivities;\n",
  },
  {
    rule: 'contracts-are-pure',
    file: 'contracts/layer-rules-planted.ts',
    source: "import { newBusinessId } from '../platform/ids';\n\nexport const planted = newBusinessId;\n",
  },
];

it('runs the layer rules as part of npm run lint', () => {
  const { scripts } = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as {
    scripts: Record<string, string>;
  };
  expect(scripts.lint).toContain('npm run lint:layers');
  expect(scripts['lint:layers']).toContain('depcruise --config .dependency-cruiser.cjs');
});

it('fails lint on files that break the rules, naming each rule and file', async () => {
  const written: string[] = [];
  try {
    for (const { file, source } of planted) {
      writeFileSync(path.join(root, file), source, { flag: 'wx' }); // never overwrite a real file
      written.push(path.join(root, file));
    }
    const outcome = await run('npm', ['run', '-s', 'lint:layers'], { cwd: root }).then(
      () => ({ failed: false, output: '' }),
      (err: { stdout: string; stderr: string }) => ({ failed: true, output: err.stdout + err.stderr }),
    );
    expect(outcome.failed).toBe(true);
    for (const { rule, file } of planted) {
      expect(outcome.output).toMatch(new RegExp(`error ${rule}: ${file.replace('.', '\\.')} →`));
    }
  } finally {
    for (const target of written) rmSync(target, { force: true });
  }
});
