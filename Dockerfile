# One image for every process of ours (stack/processes.ts); docker-compose.temporal.yml picks the entry per service.
FROM node:20-bookworm-slim

WORKDIR /app

# The lock file alone first, so a source change reuses the cached `npm ci` layer.
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund

COPY . .

# The admin UI's static files, served by the api.
RUN npx vite build --config admin-ui/vite.config.ts --logLevel warn

# Run unprivileged; `.data` (STACK_DATA_DIR) is the only place our processes may write in the tree.
RUN mkdir -p .data && chown node:node .data
USER node

# TypeScript runs through tsx's loader, as on the local stack: no build step between a change and a run. The
# telemetry preload instruments http and pg before the entry point requires them (stack/processes.ts commandFor).
CMD ["node", "--import", "tsx", "--import", "./platform/telemetry-preload.mjs", "api/server.ts"]
