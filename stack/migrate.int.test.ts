import { loadConfig } from '../platform/config';
import { createPool } from '../platform/db';
import { sqlFunctionFiles } from './migrate';

// After a migrate, the database runs exactly the functions of sql/functions/: each file's body, and no function
// that no file defines (such as the per-call wallet functions an old migration created). Checked on the database
// DATABASE_URL names, migrated by the stack (or by runMigrations for a database of your own).

const db = createPool(loadConfig().databaseUrl, 1);
afterAll(() => db.end());

/** The name and body of the one function a file defines. */
function definitionOf(file: { name: string; sql: string }) {
  const name = /CREATE OR REPLACE FUNCTION (\w+)\(/.exec(file.sql)?.[1];
  const body = /\$\$([\s\S]*)\$\$/.exec(file.sql)?.[1];
  return { name, body };
}

describe('sql/functions', () => {
  const files = sqlFunctionFiles();

  it('holds one function per file, named as the file', () => {
    for (const file of files) {
      expect(definitionOf(file).name).toBe(file.name);
      expect(file.sql.match(/CREATE OR REPLACE FUNCTION/g)).toHaveLength(1);
    }
  });

  it('is what the migrated database runs, and all it runs', async () => {
    const { rows } = await db.query<{ proname: string; prosrc: string }>(
      `SELECT p.proname, p.prosrc FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
       WHERE n.nspname = 'public'
         AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.objid = p.oid AND d.deptype = 'e')
       ORDER BY p.proname`,
    );
    expect(rows.map((r) => r.proname)).toEqual(files.map((f) => f.name).sort());
    for (const file of files) {
      expect(rows.find((r) => r.proname === file.name)?.prosrc).toBe(definitionOf(file).body);
    }
  });
});
