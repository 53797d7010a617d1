import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { domains } from './index';
import { workflowsEntry } from './workflows-entry';

const ROOT = path.resolve(__dirname, '..');

describe('the list of domains', () => {
  it('names each domain once', () => {
    const names = domains.map((d) => d.name);
    expect(new Set(names).size).toBe(names.length);
  });

  it("points each domain's workflows at a folder whose index exports them", () => {
    for (const domain of domains.filter((d) => d.workflows)) {
      expect(existsSync(path.join(ROOT, 'workflows', domain.workflows!, 'index.ts'))).toBe(true);
    }
  });

  it('gives every process an entry that exists, and every topic one owner', () => {
    for (const process of domains.flatMap((d) => d.processes ?? [])) {
      expect(existsSync(path.join(ROOT, process.entry))).toBe(true);
    }
    const topics = domains.flatMap((d) => d.topics ?? []).map((t) => t.topic);
    expect(new Set(topics).size).toBe(topics.length);
  });
});

describe('the workflow bundle entry', () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'workflows-entry-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("re-exports every domain's workflows, and is rewritten only when that list changes", () => {
    const file = workflowsEntry(dir);
    const text = readFileSync(file, 'utf8');
    for (const domain of domains.filter((d) => d.workflows)) {
      expect(text).toContain(
        `export * from ${JSON.stringify(path.join(ROOT, 'workflows', domain.workflows!, 'index.ts'))}`,
      );
    }
    const { mtimeMs } = statSync(file);
    expect(workflowsEntry(dir)).toBe(file);
    expect(statSync(file).mtimeMs).toBe(mtimeMs);
  });
});
