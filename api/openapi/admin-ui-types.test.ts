import { execFile } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';

// The generator is run as a child process: it loads openapi-typescript, which is ESM-only underneath.
const ADMIN_UI_TYPES_FILE = path.resolve(__dirname, '../../admin-ui/src/api/openapi-types.ts');

describe("the admin UI's generated API types", () => {
  it('match the OpenAPI document (CI fails when they are stale)', async () => {
    const script = path.join(__dirname, 'generate-admin-ui-types.ts');
    const { stdout: generated } = await promisify(execFile)(process.execPath, ['--import', 'tsx', script, '--print'], {
      maxBuffer: 64 * 1024 * 1024,
    });
    const committed = await readFile(ADMIN_UI_TYPES_FILE, 'utf8').catch(() => '');
    if (committed !== generated) {
      throw new Error(
        `${path.relative(process.cwd(), ADMIN_UI_TYPES_FILE)} is stale: the OpenAPI document changed since it was ` +
          'generated. Run `npm run openapi:generate` and commit the result.',
      );
    }
  }, 60_000);
});
