import type { Router } from 'express';
import type { AppDeps } from '../api/app-deps';
import type { DomainOpenApi } from '../api/openapi/operation-spec';
import type { TopicSpec } from '../platform/kafka';
import type { RateLimits } from '../platform/rate-limit';

/** One of our long-running processes that `npm start` supervises (a Temporal worker, a consumer, a relay). */
export interface OurProcess {
  name: string;
  /** TypeScript entry point, run with tsx's loader. */
  entry: string;
  description: string;
  /** Its Prometheus /metrics port (METRICS_PORT), fixed so observability/prometheus.yml can list every target. */
  metricsPort: number;
}

/** A router of a domain and the path the API mounts it at; it is built from the API's dependencies. */
export interface RouteMount {
  path: string;
  router: (deps: Required<Pick<AppDeps, 'sessions'>> & AppDeps & { rateLimiters: RateLimits }) => Router;
}

/**
 * What one domain adds to the back office. The API, the stack (processes and topics) and the worker bundle read
 * the list of these in `domains/index.ts`, so adding a domain is its own folders plus one line there.
 */
export interface DomainModule {
  /** The folder name the domain has in every layer (`payments`, `kyc`, ...). */
  name: string;
  /** Its HTTP routes, by how the API mounts them; each is described in the OpenAPI document. */
  routes?: {
    /** Signed over the raw body (PSP and provider webhooks): mounted ahead of the JSON parser. */
    rawBody?: RouteMount[];
    /** Public routes (the player API): after the JSON parser, no staff session. */
    public?: RouteMount[];
    /** Under `/api`, ahead of the staff session check: signing in. */
    staffSignIn?: RouteMount[];
    /** Under `/api`, behind the staff session, the CSRF check and each route's CASL ability. */
    backOffice?: RouteMount[];
  };
  /** How its routes are described in the OpenAPI document (`api/<domain>/openapi.ts`). */
  openApi?: DomainOpenApi;
  /** The folder under `workflows/` whose `index.ts` exports the domain's workflows, bundled for the workers. */
  workflows?: string;
  /** The processes it runs. */
  processes?: readonly OurProcess[];
  /** The Kafka topics it publishes to; the stack creates the missing ones at start. */
  topics?: readonly TopicSpec[];
}
