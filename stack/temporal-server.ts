import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import type { ProcessSpec } from './supervisor';
import { runWithProgress, step } from './progress';

/**
 * Temporal CLI release the local dev server runs: the newest whose go.mod has no `replace` directive, which
 * `go install pkg@version` requires. Built from the Go module proxy once and cached outside the clone.
 */
export const TEMPORAL_CLI_VERSION = 'v1.5.1';

export function temporalCliPath(cacheDir: string): string {
  return path.join(cacheDir, `temporal-cli-${TEMPORAL_CLI_VERSION}`, 'temporal');
}

/** Builds the Temporal CLI with `go install` the first time (several minutes on two cores), then reuses it. */
export async function ensureTemporalCli(cacheDir: string): Promise<string> {
  const binary = temporalCliPath(cacheDir);
  if (existsSync(binary)) return binary;
  mkdirSync(path.dirname(binary), { recursive: true });
  const progress = step(
    `Building the Temporal CLI ${TEMPORAL_CLI_VERSION} from the Go module proxy (first run only, about 5-10 min on 2 cores)`,
  );
  let packages = 0;
  await runWithProgress(
    'go',
    ['install', '-v', `github.com/temporalio/cli/cmd/temporal@${TEMPORAL_CLI_VERSION}`],
    (line) => progress.update(`${++packages} packages: ${line}`),
    { GOBIN: path.dirname(binary), GOFLAGS: '-mod=mod' },
  );
  progress.done(binary);
  return binary;
}

/** The dev server on a persistent SQLite file; WAL and synchronous=OFF keep the file-backed store fast. */
export async function prepareTemporalDevServer(options: {
  cacheDir: string;
  dataDir: string;
  port: number;
  uiPort: number;
  namespace: string;
  /** The codec server Temporal Web decodes payloads with (the API's /codec). */
  codecEndpoint: string;
}): Promise<ProcessSpec> {
  const binary = await ensureTemporalCli(options.cacheDir);
  const dir = path.join(options.dataDir, 'temporal');
  mkdirSync(dir, { recursive: true });
  return {
    name: 'temporal',
    command: binary,
    args: [
      'server',
      'start-dev',
      '--ip',
      '127.0.0.1',
      '--port',
      String(options.port),
      '--ui-port',
      String(options.uiPort),
      // The browser calls it with the staff session cookie once its Data Encoder setting "include cross-origin
      // credentials" is on; the dev server has no flag to turn that on for everyone.
      '--ui-codec-endpoint',
      options.codecEndpoint,
      '--db-filename',
      path.join(dir, 'temporal.db'),
      '--sqlite-pragma',
      'journal_mode=WAL',
      '--sqlite-pragma',
      'synchronous=OFF',
      '--namespace',
      options.namespace,
      '--log-level',
      'warn',
    ],
    restart: true,
    engine: true,
  };
}
