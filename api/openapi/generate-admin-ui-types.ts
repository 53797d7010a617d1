import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import openapiTS, { astToString } from 'openapi-typescript';
import * as prettier from 'prettier';
import { buildOpenApiDocument } from './openapi-document';

// The admin UI's API types are generated from the OpenAPI document, so the screens and the API cannot drift apart.
// `npm run openapi:generate` rewrites them; with `--print` the text goes to stdout instead, which is how
// api/openapi/admin-ui-types.test.ts checks that the committed file is not stale (openapi-typescript is ESM-only
// underneath, which Jest's CommonJS runtime cannot load, so the test runs this script in a child process).

/** Where the generated types live, committed with the code that uses them. */
export const ADMIN_UI_TYPES_FILE = path.resolve(__dirname, '../../admin-ui/src/api/openapi-types.ts');

const HEADER =
  '// Generated from the OpenAPI document by `npm run openapi:generate` (openapi-typescript): do not edit.\n' +
  '// api/openapi/admin-ui-types.test.ts fails when this file and the document disagree.\n\n';

/** The TypeScript of the document's paths, operations and schemas, formatted as Prettier formats the repository. */
async function generateAdminUiTypes(): Promise<string> {
  // openapi-typescript reads a parsed document; a JSON round trip drops the `undefined`s it would trip on.
  const document = JSON.parse(JSON.stringify(buildOpenApiDocument())) as Parameters<typeof openapiTS>[0];
  // A request field with a default is optional to send (the schemas are the input side of the zod schemas).
  const ast = await openapiTS(document, { alphabetize: false, defaultNonNullable: false });
  const config = await prettier.resolveConfig(ADMIN_UI_TYPES_FILE);
  return prettier.format(HEADER + astToString(ast), { ...config, filepath: ADMIN_UI_TYPES_FILE });
}

async function main(): Promise<void> {
  const text = await generateAdminUiTypes();
  if (process.argv.includes('--print')) {
    process.stdout.write(text);
    return;
  }
  await writeFile(ADMIN_UI_TYPES_FILE, text);
  console.log(`wrote ${path.relative(process.cwd(), ADMIN_UI_TYPES_FILE)}`);
}

if (require.main === module) void main();
