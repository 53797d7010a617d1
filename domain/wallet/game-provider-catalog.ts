import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { GameProducts } from '../../contracts/jurisdictions';
import { withTransaction, type Db } from '../../platform/db';

const slug = /^[a-z0-9][a-z0-9-]{1,39}$/;

/**
 * Which brands each game provider serves and which games it offers, by provider id: the configuration file
 * (GAME_PROVIDER_CATALOG_FILE) as the API reads it. `"brands": "*"` serves every brand of the operator.
 */
export const gameProviderCatalogSchema = z.record(
  z.string().regex(slug, 'provider ids are lowercase slugs'),
  z
    .object({
      brands: z.union([
        z.literal('*'),
        z.array(z.string().regex(slug, 'must be a brand slug such as "luckyspin"')).min(1, 'list at least one brand'),
      ]),
      games: z.array(z.string().min(1).max(100)).min(1, 'list at least one game'),
      // Stake caps are per product (jurisdiction registry); a game not listed here is SLOTS, the strictest.
      products: z.record(z.string().min(1).max(100), z.enum(GameProducts)).optional(),
    })
    .strict(),
);
export type GameProviderCatalog = z.infer<typeof gameProviderCatalogSchema>;

/** Thrown when the provider catalog file is unreadable or breaks its schema; the message names the file and why. */
export class GameProviderCatalogError extends Error {
  constructor(
    readonly file: string,
    readonly problem: string,
  ) {
    super(`Game provider catalog ${file}: ${problem}`);
    this.name = 'GameProviderCatalogError';
  }
}

/** Reads and validates the catalog file, failing fast with a readable message. */
export function loadGameProviderCatalog(file: string): GameProviderCatalog {
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(file, 'utf8'));
  } catch (err) {
    throw new GameProviderCatalogError(file, (err as Error).message);
  }
  const parsed = gameProviderCatalogSchema.safeParse(json);
  if (!parsed.success) throw new GameProviderCatalogError(file, z.prettifyError(parsed.error));
  return parsed.data;
}

/**
 * Makes the database's copy of each provider's scope (which the wallet's bet gate and session opening read) what
 * the catalog says, in one transaction. Providers the catalog does not name keep their rows, so that several apps
 * sharing a database (tests, a second catalog) do not undo each other; remove a provider's rows by hand.
 */
export async function syncGameProviderCatalog(db: Db, catalog: GameProviderCatalog): Promise<void> {
  const providers = Object.keys(catalog);
  const brands = Object.entries(catalog).flatMap(([p, scope]) =>
    (scope.brands === '*' ? ['*'] : scope.brands).map((b) => [p, b]),
  );
  const games = Object.entries(catalog).flatMap(([p, scope]) =>
    scope.games.map((g) => [p, g, scope.products?.[g] ?? 'SLOTS']),
  );
  await withTransaction(db, async (tx) => {
    // Two API replicas starting together queue here rather than interleave their deletes and inserts.
    await tx.query(`SELECT pg_advisory_xact_lock(hashtext('backoffice:game-provider-catalog'))`);
    await tx.query('DELETE FROM game_provider_brands WHERE provider_id = ANY($1)', [providers]);
    await tx.query('DELETE FROM game_provider_games WHERE provider_id = ANY($1)', [providers]);
    await tx.query('INSERT INTO game_provider_brands SELECT * FROM unnest($1::TEXT[], $2::TEXT[])', [
      brands.map(([p]) => p),
      brands.map(([, b]) => b),
    ]);
    await tx.query(
      'INSERT INTO game_provider_games (provider_id, game_id, product) SELECT * FROM unnest($1::TEXT[], $2::TEXT[], $3::TEXT[])',
      [games.map(([p]) => p), games.map(([, g]) => g), games.map(([, , product]) => product)],
    );
  });
}
