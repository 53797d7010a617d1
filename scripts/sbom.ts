import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import path from 'node:path';

// `npm run sbom [-- <file>]`: the CycloneDX SBOM of what the back office ships (`npm sbom`, runtime dependencies only,
// read from the installed tree), written to sbom.cdx.json at the repository's root unless a file is given.
// npm 11's `npm sbom --omit dev` drops a runtime package that a development tool also depends on (here the
// @temporalio packages that @temporalio/testing needs, tsx, protobufjs), so the whole tree is asked for and the
// components npm marks `cdx:npm:package:development` are left out here (scripts/sbom.test.ts holds it to that).

interface CycloneDx {
  components: { 'bom-ref': string; properties?: { name: string; value: string }[] }[];
  dependencies?: { ref: string; dependsOn?: string[] }[];
}

const isDevelopment = (component: CycloneDx['components'][number]) =>
  component.properties?.some((p) => p.name === 'cdx:npm:package:development' && p.value === 'true') ?? false;

const root = path.resolve(__dirname, '..');

/** Writes the SBOM to `file` and answers how many components it lists. */
export function writeSbom(file: string): number {
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  const args = ['sbom', '--sbom-format', 'cyclonedx', '--sbom-type', 'application'];
  const result = spawnSync(npm, args, { cwd: root, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (result.status !== 0) throw new Error(`npm sbom failed: ${result.stderr || result.error?.message}`);
  const sbom = JSON.parse(result.stdout) as CycloneDx;
  const development = new Set(sbom.components.filter(isDevelopment).map((c) => c['bom-ref']));
  sbom.components = sbom.components.filter((c) => !development.has(c['bom-ref']));
  sbom.dependencies = sbom.dependencies
    ?.filter((d) => !development.has(d.ref))
    .map((d) => ({ ...d, dependsOn: d.dependsOn?.filter((ref) => !development.has(ref)) }));
  writeFileSync(file, `${JSON.stringify(sbom, null, 2)}\n`);
  return sbom.components.length;
}

if (require.main === module) {
  const file = path.resolve(process.argv[2] ?? path.join(root, 'sbom.cdx.json'));
  const components = writeSbom(file);
  console.log(`wrote ${path.relative(process.cwd(), file)}: CycloneDX, ${components} runtime components`);
}
