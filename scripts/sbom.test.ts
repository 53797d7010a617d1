import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { writeSbom } from './sbom';

// `npm run sbom` lists what ships: every runtime dependency of package.json at its installed version, and no
// development tool.

const root = path.resolve(__dirname, '..');
const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as {
  name: string;
  version: string;
  dependencies: Record<string, string>;
  devDependencies: Record<string, string>;
};

interface CycloneDx {
  bomFormat: string;
  specVersion: string;
  metadata: { component: { purl: string } };
  components: { name: string; version: string; purl: string }[];
}

let sbom: CycloneDx;
let dir: string;
beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'sbom-'));
  const file = path.join(dir, 'sbom.cdx.json');
  writeSbom(file);
  sbom = JSON.parse(readFileSync(file, 'utf8')) as CycloneDx;
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

it('is a CycloneDX document about this package', () => {
  expect(sbom.bomFormat).toBe('CycloneDX');
  expect(sbom.specVersion).toMatch(/^1\.\d+$/);
  expect(sbom.metadata.component.purl).toBe(`pkg:npm/${pkg.name}@${pkg.version}`);
});

it('lists every runtime dependency at the version package.json pins', () => {
  const listed = new Set(sbom.components.map((c) => `${c.name}@${c.version}`));
  const missing = Object.entries(pkg.dependencies).filter(([name, version]) => !listed.has(`${name}@${version}`));
  expect(missing).toEqual([]);
});

it('leaves the development tools out', () => {
  const names = new Set(sbom.components.map((c) => c.name));
  expect(['jest', 'eslint', 'typescript', 'prettier', 'vite'].filter((tool) => names.has(tool))).toEqual([]);
  expect(Object.keys(pkg.devDependencies).length).toBeGreaterThan(0);
});
