import { z } from 'zod';
import { currencySchema } from '../../contracts/wallet';
import { domains } from '../../domains';
import { Tag, type DomainOpenApi, type OperationSpec } from './operation-spec';
import { healthSchema } from './response-schemas';

// Every route of the API, described with the very zod schemas its handler validates with (imported from the
// routers and domain modules, never redefined): the platform's own, then each domain's (`api/<domain>/openapi.ts`,
// listed by `domains/index.ts`). api/openapi/openapi-document.test.ts walks the app's routes and fails when these
// and the app disagree.

/** What the platform itself describes: health, and the schemas every domain shares. */
const platformOpenApi: DomainOpenApi = {
  requestSchemas: [[currencySchema, 'Currency']],
  operations: [
    {
      method: 'get',
      path: '/health',
      operationId: 'getHealth',
      tag: Tag.Ops,
      summary: 'Health of each dependency',
      description: 'Answers 503 with the same body when a dependency is down.',
      caller: 'anyone',
      success: { status: 200, description: 'Every dependency is up.', schema: healthSchema },
      otherAnswers: [{ status: 503, description: 'A dependency is down: the same report.', schema: healthSchema }],
    },
  ],
};

const parts: readonly DomainOpenApi[] = [
  platformOpenApi,
  ...domains.flatMap((domain) => (domain.openApi ? [domain.openApi] : [])),
];

/** Every route of the API. */
export const operations: readonly OperationSpec[] = parts.flatMap((part) => part.operations);

/** Request bodies, named in `components.schemas` by these ids. */
export const namedSchemas = parts.flatMap((part) => part.requestSchemas);

// The routers' request schemas carry no id of their own. Each instance is registered under its id here, keeping the
// metadata it has, so that every use of it (a body, or a field of another schema such as `Currency`) renders as a
// `$ref` to one component; zod refuses two schemas with one id when it renders them together.
for (const [schema, id] of namedSchemas) z.globalRegistry.add(schema, { ...z.globalRegistry.get(schema), id });

/** The domains' own tags, after the audience tags of `Tag`. */
export const domainTags = parts.flatMap((part) => part.tags ?? []);

export { Tag };
