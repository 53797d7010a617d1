import { randomBytes } from 'node:crypto';
import { loadPersonalDataKeys } from '../../../platform/personal-data-keys';
import { createPool, type Db } from '../../../platform/db';
import { newBusinessId } from '../../../platform/ids';
import { ownDatabase } from '../../../test/support/own-database';
import { registerPlayer } from '../../wallet/players';
import { PersonalDataVault } from '../../wallet/player-personal-data';
import { fileHash, importListVersion, listChanges, listVersions } from './list-versions';
import { parseOfacCsv } from './parse-ofac-csv';
import { playersToRescreen, screenPlayer } from './player-screening';
import { screeningWithHits } from './screening-hits';
import { ScreeningIndexCache } from './screening-index-cache';

// Imports, diffs and screenings on a database of this test's own (it changes the current OFAC list, which no other
// test may see change): versions with hashes and counts, the diff between two imports, an unchanged re-import, a
// player held by an onboarding screening, and a re-screen against what an import added.

let db: Db;
let vault: PersonalDataVault;
beforeAll(async () => {
  const config = await ownDatabase('screening_lists_test');
  db = createPool(config.databaseUrl, 4);
  vault = new PersonalDataVault(loadPersonalDataKeys(config));
});
afterAll(() => db.end());

/** A family name no other run uses: letters only, as names are. */
const uniqueFamily = () => 'Vor' + [...randomBytes(6)].map((b) => 'bdfgklmnprstvz'[b % 14]).join('');

const sdnRow = (id: number, name: string, remarks = '-0- ') =>
  `${id},"${name}","individual","SDGT","-0- ","-0- ","-0- ","-0- ","-0- ","-0- ","-0- ","${remarks}"`;

/** An OFAC import of `rows` (sdn.csv lines), with alt.csv and add.csv empty. */
async function importOfac(rows: string[]) {
  const sdn = `${rows.join('\r\n')}\r\n`;
  const list = parseOfacCsv({ sdn, alt: '', add: '' });
  const files = [
    { name: 'sdn.csv', bytes: sdn.length, sha256: fileHash(sdn) },
    { name: 'alt.csv', bytes: 0, sha256: fileHash('') },
    { name: 'add.csv', bytes: 0, sha256: fileHash('') },
  ];
  return importListVersion(db, list, files, 'test');
}

const register = (givenName: string, familyName: string) =>
  registerPlayer(
    db,
    { brand: 'luckyspin', jurisdiction: 'MT', currency: 'EUR', dateOfBirth: '1979-05-16', givenName, familyName },
    { vault },
  );

describe('list versions', () => {
  it('records each import with its files, counts and its diff to the previous version', async () => {
    const family = uniqueFamily();
    const first = await importOfac([
      sdnRow(1, `${family.toUpperCase()}, Kirill`, 'DOB 16 May 1979.'),
      sdnRow(2, 'HADDAD, Nabil'),
      sdnRow(3, 'QABBANI, Yasir'),
    ]);
    expect(first.unchanged).toBe(false);
    expect(first.version).toMatchObject({ source: 'OFAC_SDN', listKind: 'SANCTIONS', entryCount: 3, nameCount: 3 });
    expect(first.version.files.map((file) => file.name)).toEqual(['sdn.csv', 'alt.csv', 'add.csv']);
    expect(first.version.contentSha256).toMatch(/^[0-9a-f]{64}$/);

    const second = await importOfac([
      sdnRow(1, `${family.toUpperCase()}, Kirill`, 'DOB 16 May 1979.'),
      sdnRow(3, 'QABBANI, Yasir', 'DOB 1959.'),
      sdnRow(4, 'ZATSEPIN, Platon'),
    ]);
    expect(second.version).toMatchObject({
      previousVersionId: first.version.versionId,
      entryCount: 3,
      addedCount: 1,
      removedCount: 1,
      changedCount: 1,
    });
    const changes = await listChanges(db, second.version.versionId, { limit: 10, offset: 0 });
    expect(changes.total).toBe(3);
    expect(changes.items.map(({ entryId, change }) => ({ entryId, change }))).toEqual([
      { entryId: '4', change: 'ADDED' },
      { entryId: '3', change: 'CHANGED' },
      { entryId: '2', change: 'REMOVED' },
    ]);
    // A removed entry is shown as the previous version had it.
    expect(changes.items.find((c) => c.change === 'REMOVED')?.entry.names[0]?.name).toBe('HADDAD, Nabil');

    const again = await importOfac([
      sdnRow(1, `${family.toUpperCase()}, Kirill`, 'DOB 16 May 1979.'),
      sdnRow(3, 'QABBANI, Yasir', 'DOB 1959.'),
      sdnRow(4, 'ZATSEPIN, Platon'),
    ]);
    expect(again).toEqual({ version: second.version, unchanged: true });

    const page = await listVersions(db, { source: 'OFAC_SDN', limit: 2, offset: 0 });
    expect(page.items.map((version) => version.versionId)).toEqual([second.version.versionId, first.version.versionId]);
  });
});

describe('screening players', () => {
  const indexCache = new ScreeningIndexCache();

  it('records an onboarding hit under a transliterated, reordered name, with the entry and the explanation', async () => {
    const family = uniqueFamily();
    await importOfac([sdnRow(10, `${family.toUpperCase()}, Kirill Gennadyevich`, 'DOB 16 May 1979.')]);
    // The player registered in Cyrillic, family name first.
    const cyrillic = family
      .toLowerCase()
      .split('')
      .map(
        (c) =>
          ({
            b: 'б',
            d: 'д',
            f: 'ф',
            g: 'г',
            k: 'к',
            l: 'л',
            m: 'м',
            n: 'н',
            o: 'о',
            p: 'п',
            r: 'р',
            s: 'с',
            t: 'т',
            v: 'в',
            z: 'з',
          })[c] ?? c,
      )
      .join('');
    const player = await register(cyrillic, 'Кирилл');

    const outcome = await screenPlayer({ db, vault, indexCache }, { playerId: player.playerId, reason: 'ONBOARDING' });
    expect(outcome).toMatchObject({ hitCount: 1, sanctionsHits: 1, pepHits: 0 });
    expect(outcome.highestScore).toBeGreaterThanOrEqual(0.8);

    const screening = await screeningWithHits(db, outcome.screeningId);
    expect(screening).toMatchObject({ playerId: player.playerId, reason: 'ONBOARDING' });
    const [hit] = screening?.hits ?? [];
    expect(hit).toMatchObject({ source: 'OFAC_SDN', entryId: '10', listKind: 'SANCTIONS' });
    expect(hit?.entry.names[0]?.name).toBe(`${family.toUpperCase()}, Kirill Gennadyevich`);
    expect(hit?.explanation.factors[0]).toMatchObject({ factor: 'DATE_OF_BIRTH', outcome: 'SAME_DAY' });
    // The player's name is not repeated in the hit: tokens are named by part and position.
    expect(JSON.stringify(hit?.explanation)).not.toContain(cyrillic);
  });

  it('returns the first outcome when a screening id is repeated', async () => {
    const player = await register('Nobody', uniqueFamily());
    const screeningId = newBusinessId('scr');
    const first = await screenPlayer(
      { db, vault, indexCache },
      { playerId: player.playerId, reason: 'ONBOARDING', screeningId },
    );
    const again = await screenPlayer(
      { db, vault, indexCache },
      { playerId: player.playerId, reason: 'ONBOARDING', screeningId },
    );
    expect(again).toEqual(first);
  });

  it('re-screens against what an import added, and does not raise a known hit again', async () => {
    const family = uniqueFamily();
    const player = await register('Platon', family);
    const before = await importOfac([sdnRow(20, 'HADDAD, Nabil')]);
    expect(await playersToRescreen(db, { listVersionId: before.version.versionId, limit: 10 })).not.toEqual([]);

    const quiet = await screenPlayer(
      { db, vault, indexCache },
      { playerId: player.playerId, reason: 'RESCREEN', listVersionId: before.version.versionId },
    );
    expect(quiet.hitCount).toBe(0);

    const added = await importOfac([sdnRow(20, 'HADDAD, Nabil'), sdnRow(21, `${family.toUpperCase()}, Platon`)]);
    const rescreen = { playerId: player.playerId, reason: 'RESCREEN' as const, listVersionId: added.version.versionId };
    expect(await screenPlayer({ db, vault, indexCache }, rescreen)).toMatchObject({ hitCount: 1, sanctionsHits: 1 });
    // The daily run (against every entry) does not raise the same entry again.
    expect(
      await screenPlayer({ db, vault, indexCache }, { playerId: player.playerId, reason: 'RESCREEN' }),
    ).toMatchObject({
      hitCount: 0,
    });

    // A version that only removed entries re-screens nobody.
    const removed = await importOfac([sdnRow(21, `${family.toUpperCase()}, Platon`)]);
    expect(removed.version.addedCount + removed.version.changedCount).toBe(0);
    expect(await playersToRescreen(db, { listVersionId: removed.version.versionId, limit: 10 })).toEqual([]);
  });

  it('pages through the players to re-screen by id', async () => {
    const first = await playersToRescreen(db, { limit: 2 });
    const next = await playersToRescreen(db, { afterPlayerId: first.at(-1), limit: 2 });
    expect(first.length).toBeGreaterThan(0);
    expect(next.every((id) => id > (first.at(-1) ?? ''))).toBe(true);
  });
});
