import type { Express, Router } from 'express';

interface RouterLayer {
  rawPath?: unknown;
  route?: { path: unknown; methods: Record<string, boolean> };
  handle: { stack?: RouterLayer[] };
}

/**
 * Every route of an Express app or router as 'METHOD /path' (`:name` for path parameters, no trailing slash),
 * walking the routers it mounts; `prefix` is where a router is mounted.
 */
export function listRoutes(appOrRouter: Express | Router, prefix = ''): string[] {
  const found: string[] = [];
  const walk = (stack: RouterLayer[], at: string) => {
    for (const layer of stack) {
      if (layer.route) {
        for (const [method, on] of Object.entries(layer.route.methods)) {
          if (on && method !== '_all') found.push(`${method.toUpperCase()} ${at}${String(layer.route.path)}`);
        }
      } else if (layer.handle.stack) {
        const path = typeof layer.rawPath === 'string' && layer.rawPath !== '/' ? layer.rawPath : '';
        walk(layer.handle.stack, `${at}${path}`);
      }
    }
  };
  const stack = 'router' in appOrRouter ? (appOrRouter.router as { stack: RouterLayer[] }).stack : appOrRouter.stack;
  walk(stack as RouterLayer[], prefix);
  return found.map((r) => r.replace(/(\S)\/$/, '$1'));
}
