import type { Client } from '@temporalio/client';
import express from 'express';
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { Queryable } from '../platform/db';
import { checkHealth, type HealthDeps } from '../platform/health';
import { notFoundHandler, problemHandler, requestId } from '../platform/http-errors';
import type { Logger } from '../platform/logger';
import { createProbesRouter } from './ops/probes-router';

/** Everything the API talks to; tests pass the real engines. */
export interface AppDeps extends HealthDeps {
  db: Queryable;
  temporal: Client;
  logger: Logger;
  temporalWebLink: (workflowId: string) => string;
  /** Built admin UI to serve at `/`; skipped when it has not been built. */
  adminUiDir?: string;
}

/** Builds the API without listening, so tests drive the real app on an ephemeral port. */
export function createApp(deps: AppDeps): express.Express {
  const app = express();
  app.disable('x-powered-by');
  app.use(requestId);
  app.use(express.json({ limit: '100kb', strict: true }));

  app.get('/health', async (_req, res) => {
    const report = await checkHealth(deps);
    res.status(report.status === 'ok' ? 200 : 503).json(report);
  });

  const backOffice = express.Router();
  backOffice.use('/ops/probes', createProbesRouter({ temporal: deps.temporal, webLink: deps.temporalWebLink }));
  app.use('/api', backOffice);
  app.use('/api', notFoundHandler);

  if (deps.adminUiDir && existsSync(deps.adminUiDir)) {
    const index = path.join(deps.adminUiDir, 'index.html');
    app.use(express.static(deps.adminUiDir, { index: false }));
    app.get(/^\/(?!api\/|health$).*/, (_req, res) => res.sendFile(index)); // client-side routes
  }

  app.use(notFoundHandler);
  app.use(problemHandler(deps.logger));
  return app;
}
