import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { configSchema } from '../../platform/config';
import { GameProviderCatalogError, loadGameProviderCatalog } from './game-provider-catalog';

const fileWith = (text: string) => {
  const file = path.join(mkdtempSync(path.join(os.tmpdir(), 'catalog-')), 'game-providers.json');
  writeFileSync(file, text);
  return file;
};

describe('the game provider catalog file', () => {
  it("reads the local stack's catalog, the default of GAME_PROVIDER_CATALOG_FILE", () => {
    const catalog = loadGameProviderCatalog(configSchema.parse({}).GAME_PROVIDER_CATALOG_FILE);
    expect(catalog['demo-games']).toMatchObject({ brands: expect.arrayContaining(['luckyspin']) });
    expect(catalog['demo-games']!.games).toContain('starburst');
  });

  it('takes "*" for every brand', () => {
    const file = fileWith(JSON.stringify({ 'all-brands': { brands: '*', games: ['slot'] } }));
    expect(loadGameProviderCatalog(file)).toEqual({ 'all-brands': { brands: '*', games: ['slot'] } });
  });

  it.each([
    ['not JSON', '{"demo-games": '],
    ['a provider without games', JSON.stringify({ p1: { brands: '*', games: [] } })],
    ['a brand that is not a slug', JSON.stringify({ p1: { brands: ['Lucky Spin'], games: ['slot'] } })],
    ['an unknown key', JSON.stringify({ p1: { brands: '*', games: ['slot'], secret: 'x' } })],
  ])('refuses %s, naming the file', (_case, text) => {
    const file = fileWith(text);
    expect(() => loadGameProviderCatalog(file)).toThrow(GameProviderCatalogError);
    expect(() => loadGameProviderCatalog(file)).toThrow(file);
  });
});
