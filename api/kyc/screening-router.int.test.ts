import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { screenPlayer } from '../../domain/kyc/screening/player-screening';
import { ScreeningIndexCache } from '../../domain/kyc/screening/screening-index-cache';
import { registerPlayer } from '../../domain/wallet/players';
import { PersonalDataVault } from '../../domain/wallet/player-personal-data';
import { loadPersonalDataKeys } from '../../platform/personal-data-keys';
import { fetchApi } from '../../test/support/openapi-conformance';
import { ownDatabase } from '../../test/support/own-database';
import { loginAs, type StaffLogin } from '../../test/support/staff-login';
import { startTestApp } from '../../test/support/test-app';

// The screening-list routes on the real app, against a database of this test's own (imports change the current
// lists): imports as multipart uploads with their audit entry, versions and diff, refusals, permissions, and a
// screening's hits beside the matched entries.

let app: Awaited<ReturnType<typeof startTestApp>>;
let officer: StaffLogin;
let agent: StaffLogin;
let vault: PersonalDataVault;

beforeAll(async () => {
  const config = await ownDatabase('screening_routes_test');
  vault = new PersonalDataVault(loadPersonalDataKeys(config));
  app = await startTestApp({ personalDataVault: vault }, config);
  officer = await loginAs(app.db, 'screening-officer', ['compliance_officer'], app.url);
  agent = await loginAs(app.db, 'screening-agent', ['cs_agent'], app.url);
});
afterAll(() => app.close());

const PEP_HEADER = 'pep_id,full_name,aliases,date_of_birth,country,nationality,position,source_date';
const fixturePep = readFileSync(path.join(__dirname, '../../domain/kyc/screening/test-fixtures/pep/pep.csv'), 'utf8');

/** A PEP list no other run imported: the fixture plus one person with a family name of this run's own. */
function pepListOfThisRun() {
  const family = `Quin${[...randomBytes(6)].map((b) => 'bdfgklmnprstvz'[b % 14]).join('')}`;
  return {
    family,
    pepId: `PEP-${family}`,
    csv: `${fixturePep.trimEnd()}\nPEP-${family},Leocadio ${family},,1966-02-04,ES,ES,Mayor,\n`,
  };
}

const upload = (login: StaffLogin, fields: Record<string, string | Blob>) => {
  const form = new FormData();
  for (const [name, value] of Object.entries(fields)) form.append(name, value);
  return fetchApi(`${app.url}/api/kyc/screening-lists/imports`, { method: 'POST', headers: login.headers, body: form });
};
const get = (login: StaffLogin, route: string) => fetchApi(`${app.url}${route}`, { headers: login.headers });
const csv = (text: string) => new Blob([text], { type: 'text/csv' });

describe('importing a list', () => {
  it('makes a new version from the uploaded file, audits it, and imports the same file only once', async () => {
    const { csv: list, pepId } = pepListOfThisRun();
    const created = await upload(officer, { format: 'pep-csv', file: new File([list], 'peps-2026-11.csv') });
    expect(created.status).toBe(201);
    const { version, unchanged } = (await created.json()) as { version: Record<string, unknown>; unchanged: boolean };
    expect(unchanged).toBe(false);
    expect(version).toMatchObject({ source: 'PEP', listKind: 'PEP', entryCount: 3, importedBy: officer.staffId });
    expect(version.files).toEqual([expect.objectContaining({ name: 'peps-2026-11.csv' })]);

    const { rows } = await app.db.query(
      `SELECT actor, entity_id AS "entityId" FROM audit_log WHERE action = 'screening.list.import' AND entity_id = $1`,
      [version.versionId],
    );
    expect(rows).toEqual([{ actor: officer.staffId, entityId: version.versionId }]);

    const again = await upload(officer, { format: 'pep-csv', file: csv(list) });
    expect(again.status).toBe(200);
    expect(await again.json()).toMatchObject({ unchanged: true, version: { versionId: version.versionId } });

    const current = (await (await get(officer, '/api/kyc/screening-lists')).json()) as {
      items: { versionId: string }[];
    };
    expect(current.items.map((item) => item.versionId)).toContain(version.versionId);
    const versions = await get(officer, '/api/kyc/screening-lists/versions?source=PEP&limit=5');
    expect(((await versions.json()) as { items: { versionId: string }[] }).items[0]?.versionId).toBe(version.versionId);
    const changes = await get(officer, `/api/kyc/screening-lists/versions/${String(version.versionId)}/changes`);
    expect(changes.status).toBe(200);
    const diff = (await changes.json()) as { items: { entryId: string; change: string }[] };
    expect(diff.items).toContainEqual(expect.objectContaining({ entryId: pepId, change: 'ADDED' }));
  });

  it('imports OFAC from its three files', async () => {
    const fixture = (name: string) =>
      readFileSync(path.join(__dirname, '../../domain/kyc/screening/test-fixtures/ofac', name), 'utf8');
    const response = await upload(officer, {
      format: 'ofac-csv',
      sdn: csv(fixture('sdn.csv')),
      alt: csv(fixture('alt.csv')),
      add: csv(fixture('add.csv')),
    });
    expect([200, 201]).toContain(response.status);
    expect(await response.json()).toMatchObject({ version: { source: 'OFAC_SDN', entryCount: 3 } });
  });

  it('refuses a file in another format with the line at fault, a missing file, and a JSON body', async () => {
    const wrong = await upload(officer, { format: 'pep-csv', file: csv(`${PEP_HEADER}\nP1,Someone,,9/3/1970,,,,\n`) });
    expect(wrong.status).toBe(422);
    expect(await wrong.json()).toMatchObject({ code: 'LIST_FORMAT_INVALID', file: 'pep.csv', line: 2 });

    const missing = await upload(officer, { format: 'ofac-csv', sdn: csv('') });
    expect(missing.status).toBe(400);
    expect(await missing.json()).toMatchObject({ code: 'VALIDATION_FAILED' });

    const json = await fetchApi(`${app.url}/api/kyc/screening-lists/imports`, {
      method: 'POST',
      headers: { ...officer.headers, 'content-type': 'application/json' },
      body: JSON.stringify({ format: 'pep-csv' }),
    });
    expect(json.status).toBe(415);
  });

  it('is for compliance officers only', async () => {
    expect((await upload(agent, { format: 'pep-csv', file: csv(fixturePep) })).status).toBe(403);
    expect((await get(agent, '/api/kyc/screening-lists/versions')).status).toBe(403);
  });

  it('answers 404 for a version that does not exist', async () => {
    const response = await get(officer, `/api/kyc/screening-lists/versions/slv_${'0'.repeat(26)}`);
    expect(response.status).toBe(404);
  });
});

describe("a screening's hits", () => {
  it('shows each hit beside the matched list entry, with its score and explanation', async () => {
    const { csv: list, family, pepId } = pepListOfThisRun();
    expect((await upload(officer, { format: 'pep-csv', file: csv(list) })).status).toBe(201);
    const player = await registerPlayer(
      app.db,
      {
        brand: 'luckyspin',
        jurisdiction: 'MT',
        currency: 'EUR',
        dateOfBirth: '1966-02-04',
        givenName: 'Leocadio',
        familyName: family,
      },
      { vault },
    );
    const outcome = await screenPlayer(
      { db: app.db, vault, indexCache: new ScreeningIndexCache() },
      { playerId: player.playerId, reason: 'ONBOARDING' },
    );
    expect(outcome.pepHits).toBe(1);

    const response = await get(officer, `/api/kyc/screenings/${outcome.screeningId}/hits`);
    expect(response.status).toBe(200);
    const body = (await response.json()) as { hits: Record<string, unknown>[] };
    expect(body).toMatchObject({ screeningId: outcome.screeningId, playerId: player.playerId, reason: 'ONBOARDING' });
    expect(body.hits[0]).toMatchObject({
      source: 'PEP',
      listKind: 'PEP',
      entryId: pepId,
      entry: { position: 'Mayor', names: [{ name: `Leocadio ${family}`, kind: 'PRIMARY' }] },
      explanation: { variant: { kind: 'PRIMARY' } },
    });

    expect((await get(agent, `/api/kyc/screenings/${outcome.screeningId}/hits`)).status).toBe(403);
    expect((await get(officer, `/api/kyc/screenings/scr_${'0'.repeat(26)}/hits`)).status).toBe(404);
  });
});
