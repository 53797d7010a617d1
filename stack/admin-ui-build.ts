import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';

const ADMIN_UI = path.resolve(__dirname, '..', 'admin-ui');
const BUILT_INDEX = path.join(ADMIN_UI, 'dist', 'index.html');
/**
 * Everything the build reads besides node_modules (the UI's own files, the contracts and the CASL abilities it
 * shares with the API); a change to any of them makes `dist` stale.
 */
const SOURCES = [
  ...['src', 'index.html', 'vite.config.ts', 'tsconfig.json', 'package.json'].map((p) => path.join(ADMIN_UI, p)),
  path.resolve(ADMIN_UI, '..', 'contracts'),
  path.resolve(ADMIN_UI, '..', 'domain', 'admin', 'abilities.ts'),
];

function newestMtimeMs(target: string): number {
  if (!existsSync(target)) return 0;
  const stats = statSync(target);
  if (!stats.isDirectory()) return stats.mtimeMs;
  return readdirSync(target).reduce((newest, entry) => Math.max(newest, newestMtimeMs(path.join(target, entry))), 0);
}

/** True when `admin-ui/dist` is missing or older than any of the admin UI's sources. */
export function adminUiNeedsBuild(): boolean {
  if (!existsSync(BUILT_INDEX)) return true;
  const builtAt = statSync(BUILT_INDEX).mtimeMs;
  return SOURCES.some((source) => newestMtimeMs(source) > builtAt);
}

/** Builds the admin UI into `admin-ui/dist`, which the API serves at `/`, unless the build there is current. */
export async function ensureAdminUiBuilt(onProgress?: (line: string) => void): Promise<'built' | 'up-to-date'> {
  if (!adminUiNeedsBuild()) return 'up-to-date';
  onProgress?.('building admin-ui with Vite');
  // Vite is ESM-only and heavy; loading it only when a build is due keeps `npm start` fast on a current build.
  const { build } = await import('vite');
  // Vite's production build sets process.env.NODE_ENV=production for the whole process; put it back, or the stack's
  // processes would inherit a production start (platform/config.ts) and refuse the local secrets.
  const nodeEnv = process.env.NODE_ENV;
  try {
    await build({ configFile: path.join(ADMIN_UI, 'vite.config.ts'), logLevel: 'warn', mode: 'production' });
  } finally {
    if (nodeEnv === undefined) delete process.env.NODE_ENV;
    else process.env.NODE_ENV = nodeEnv;
  }
  onProgress?.(`admin-ui built into ${path.relative(process.cwd(), path.dirname(BUILT_INDEX)) || '.'}`);
  return 'built';
}
