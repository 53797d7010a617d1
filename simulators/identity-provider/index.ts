import express from 'express';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { z } from 'zod';
import type { PlayerTokenSettings } from '../../platform/config';
import { devJwks, signDevToken } from './dev-keys';

/** A development identity provider: its JWKS, its discovery document, and tokens for any subject on request. */
export interface DevIdentityProvider {
  /** Serves on `port` (0: any free one). */
  listen(port: number, host: string): Promise<{ url: string; port: number }>;
  close(): Promise<void>;
}

const tokenRequest = z
  .object({
    subject: z.string().min(1).max(200),
    ttlSeconds: z.int().min(1).max(86_400).optional(),
  })
  .strict();

/**
 * The stand-in for the operator's identity provider on the local stack (OpenID Connect discovery, JWKS, and a
 * `POST /tokens` that signs a token for any subject: the login a real provider would run). Keys live in
 * `dataDir` (dev-keys.ts), re-read on every request, so a rotation by `npm run player:token -- --rotate-key` is
 * published at once. The stack starts it only on a local start (platform/config.ts refuses it in production).
 */
export function createDevIdentityProvider(deps: {
  dataDir: string;
  settings: Pick<PlayerTokenSettings, 'issuer' | 'audience'>;
}): DevIdentityProvider {
  const app = express();
  app.disable('x-powered-by');
  app.use(express.json({ limit: '4kb' }));
  app.get('/.well-known/openid-configuration', (_req, res) => {
    res.json({
      issuer: deps.settings.issuer,
      jwks_uri: `${deps.settings.issuer}/.well-known/jwks.json`,
      id_token_signing_alg_values_supported: ['ES256'],
      subject_types_supported: ['public'],
    });
  });
  app.get('/.well-known/jwks.json', async (_req, res) => {
    res.json(await devJwks(deps.dataDir));
  });
  app.post('/tokens', async (req, res) => {
    const parsed = tokenRequest.safeParse(req.body);
    if (!parsed.success) {
      res.status(400).json({ error: 'invalid_request', error_description: parsed.error.message });
      return;
    }
    const token = await signDevToken(deps.dataDir, { ...deps.settings, ...parsed.data });
    res.json({ access_token: token, token_type: 'Bearer' });
  });
  app.use((_req, res) => {
    res.status(404).json({ error: 'not_found' });
  });

  let server: Server | undefined;
  return {
    listen: (port, host) =>
      new Promise((resolve, reject) => {
        const listening = app.listen(port, host);
        listening.once('error', reject);
        listening.once('listening', () => {
          server = listening;
          const bound = (listening.address() as AddressInfo).port;
          resolve({ url: `http://${host}:${bound}`, port: bound });
        });
      }),
    close: async () => {
      if (!server) return;
      server.closeAllConnections();
      await new Promise((resolve) => server!.close(resolve));
    },
  };
}
