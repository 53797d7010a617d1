import express from 'express';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { NationalScheme, SchemeAnswer } from '../../../contracts/rg';
import { httpNationalSchemeClient, SchemeUnavailableError, type NationalSchemeClient } from './national-scheme-client';
import { createNationalSchemesRouter } from '../../../simulators/national-schemes';

// The national schemes' simulator through the back office's client: each scheme's look-up semantics (GAMSTOP's
// Y/N/P on name, date of birth and email or postcode; Spelpaus and OASIS on name and date of birth), an outage and
// a latency beyond the client's timeout, both of which the client reports as no answer.

let server: Server;
let base: string;
let client: NationalSchemeClient;

beforeAll(async () => {
  const app = express();
  app.use(express.json());
  app.use(createNationalSchemesRouter());
  server = await new Promise<Server>((resolve) => {
    const s = app.listen(0, '127.0.0.1', () => resolve(s));
  });
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/national-schemes`;
  client = httpNationalSchemeClient(base, 300);
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

const control = async (method: string, path: string, body: unknown) => {
  const response = await fetch(`${base}/control${path}`, {
    method,
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  expect(response.ok).toBe(true);
};

const jo = { givenName: 'Jo', familyName: "O'Brien", dateOfBirth: '1990-02-03' };

test('GAMSTOP answers Y on name, date of birth and email or postcode; P for an ended exclusion; N otherwise', async () => {
  await control('POST', '/gamstop/people', { ...jo, email: 'jo@example.com', postcode: 'M1 1AA' });
  await control('POST', '/gamstop/people', { ...jo, givenName: 'Pat', email: 'pat@example.com', status: 'ENDED' });
  const ask = (person: Record<string, string>) => client(NationalScheme.GAMSTOP, { ...jo, ...person });

  expect(await ask({ email: 'JO@example.com' })).toEqual({ answer: SchemeAnswer.LISTED, schemeAnswer: 'Y' });
  expect(await ask({ familyName: 'OBrien', postcode: 'm11aa' })).toEqual({ answer: 'LISTED', schemeAnswer: 'Y' });
  expect(await ask({ email: 'other@example.com' })).toEqual({ answer: 'NOT_LISTED', schemeAnswer: 'N' });
  expect(await ask({ dateOfBirth: '1990-02-04', email: 'jo@example.com' })).toMatchObject({ schemeAnswer: 'N' });
  expect(await ask({ givenName: 'Pat', email: 'pat@example.com' })).toEqual({
    answer: SchemeAnswer.PREVIOUSLY_LISTED,
    schemeAnswer: 'P',
  });
});

test('Spelpaus and OASIS answer on name and date of birth', async () => {
  const kim = { givenName: 'Kim', familyName: 'Lindqvist', dateOfBirth: '1979-11-30' };
  expect(await client(NationalScheme.SPELPAUS, kim)).toMatchObject({ answer: 'NOT_LISTED' });
  await control('POST', '/spelpaus/people', { ...kim, personnummer: '19791130-1234' });
  expect(await client(NationalScheme.SPELPAUS, kim)).toMatchObject({ answer: 'LISTED' });

  const uwe = { givenName: 'Uwe', familyName: 'Müller', dateOfBirth: '1970-01-01' };
  await control('POST', '/oasis/people', { ...uwe, birthPlace: 'Köln' });
  expect(await client(NationalScheme.OASIS, { ...uwe, familyName: 'Muller' })).toMatchObject({ answer: 'LISTED' });
  expect(await client(NationalScheme.GAMSTOP, { ...uwe, postcode: 'X' })).toMatchObject({ answer: 'NOT_LISTED' });
});

test('an outage and a latency beyond the timeout are no answer', async () => {
  await control('PUT', '/oasis/faults', { down: true });
  await expect(client(NationalScheme.OASIS, jo)).rejects.toBeInstanceOf(SchemeUnavailableError);
  await control('PUT', '/oasis/faults', { down: false, latencyMs: 1_000 });
  await expect(client(NationalScheme.OASIS, jo)).rejects.toThrow(/did not answer/);
  await control('PUT', '/oasis/faults', { latencyMs: 0 });
  expect(await client(NationalScheme.OASIS, jo)).toMatchObject({ answer: 'NOT_LISTED' });
});
