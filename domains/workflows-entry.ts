import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { domains } from './index';

const ROOT = path.resolve(__dirname, '..');

/**
 * The bundler's entry for workflow code: a generated module that re-exports every domain's `workflows/<name>`,
 * so the workers register exactly the workflows of the domains in `domains/index.ts`. Written only when its text
 * changes (atomically: workers starting together may all ask), and returned as a path for `workflowsPath`.
 */
export function workflowsEntry(dir = path.join(ROOT, '.data', 'generated')): string {
  const file = path.join(dir, 'workflows.ts');
  const text =
    '// Generated from domains/index.ts by domains/workflows-entry.ts; do not edit.\n' +
    domains
      .filter((domain) => domain.workflows !== undefined)
      .map(
        (domain) => `export * from ${JSON.stringify(path.join(ROOT, 'workflows', domain.workflows!, 'index.ts'))};\n`,
      )
      .join('');
  let current: string | undefined;
  try {
    current = readFileSync(file, 'utf8');
  } catch {
    current = undefined;
  }
  if (current !== text) {
    mkdirSync(dir, { recursive: true });
    const temporary = `${file}.${process.pid}.tmp`;
    writeFileSync(temporary, text);
    renameSync(temporary, file);
  }
  return file;
}
