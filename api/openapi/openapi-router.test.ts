import express from 'express';
import type { AddressInfo } from 'node:net';
import { createOpenApiRouter } from './openapi-router';

// The router mounted the way api/app.ts mounts it: at /api, ahead of the back office's session check.
let url: string;
let close: () => Promise<void>;
beforeAll(async () => {
  const app = express();
  app.use('/api', createOpenApiRouter());
  app.use((_req, res) => res.status(404).end());
  const server = app.listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  close = () => new Promise((resolve) => server.close(() => resolve()));
});
afterAll(() => close());

it('serves the OpenAPI document as JSON', async () => {
  const reply = await fetch(`${url}/api/openapi.json`);
  expect(reply.status).toBe(200);
  expect(reply.headers.get('content-type')).toMatch(/^application\/json/);
  expect(await reply.json()).toMatchObject({ openapi: '3.1.0', paths: expect.any(Object) });
});

it('serves a reference page that loads Swagger UI from this server and reads the document', async () => {
  const reply = await fetch(`${url}/api/docs`);
  expect(reply.status).toBe(200);
  expect(reply.headers.get('content-type')).toMatch(/^text\/html/);
  const page = await reply.text();
  expect(page).not.toMatch(/<script>/); // its CSP admits no inline script
  const assets = [...page.matchAll(/(?:src|href)="([^"]+)"/g)].map((m) => m[1]!);
  expect(await (await fetch(`${url}/api/docs/reference-init.js`)).text()).toContain('"url":"/api/openapi.json"');
  expect(assets.every((a) => a.startsWith('/api/docs/'))).toBe(true);
  for (const asset of assets) {
    expect({ asset, status: (await fetch(`${url}${asset}`)).status }).toEqual({ asset, status: 200 });
  }
});

it("does not serve swagger-ui-dist's demo page or its Petstore initializer", async () => {
  for (const file of ['index.html', 'swagger-initializer.js', 'package.json']) {
    expect({ file, status: (await fetch(`${url}/api/docs/${file}`)).status }).toEqual({ file, status: 404 });
  }
});
