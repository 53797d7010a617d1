import { z } from 'zod';

/** A JSON Schema (draft 2020-12, the dialect of OpenAPI 3.1) as a plain object. */
export type JsonSchema = { [key: string]: unknown };

/** Where an OpenAPI parameter travels. */
export type ParameterLocation = 'path' | 'query' | 'header';

/** An OpenAPI 3.1 Parameter Object. */
export interface OpenApiParameter {
  name: string;
  in: ParameterLocation;
  required: boolean;
  description?: string;
  schema: JsonSchema;
}

// What a client must send is the input side of a schema: a transform shows the type it takes in, a default makes a
// field optional. `z.coerce.date()` (the date filters of the query strings) has no JSON type of its own: it is
// documented as the ISO 8601 string clients send. Anything else unrepresentable would become `{}`, which the
// document's test refuses, so it cannot slip through silently.
const toJsonSchemaOptions = {
  target: 'draft-2020-12',
  io: 'input',
  unrepresentable: 'any',
  override: (ctx) => {
    if (ctx.zodSchema._zod.def.type === 'date') Object.assign(ctx.jsonSchema, { type: 'string', format: 'date-time' });
  },
} satisfies Parameters<typeof z.toJSONSchema>[1];

/** `$schema` and `$id` belong to a standalone JSON Schema document, not to a schema inside the OpenAPI document. */
function embeddable(schema: JsonSchema): JsonSchema {
  const { $schema: _schema, $id: _id, ...rest } = schema;
  return rest;
}

/** The JSON Schema of what `schema` accepts, to embed in the OpenAPI document. */
export function jsonSchemaOf(schema: z.ZodType): JsonSchema {
  return embeddable(z.toJSONSchema(schema, toJsonSchemaOptions) as JsonSchema);
}

/**
 * The JSON Schemas of every schema in `registry`, keyed by their id, with references between them written as
 * `#/components/schemas/<id>`, for the document's `components.schemas`.
 */
export function componentSchemasOf(registry: z.core.$ZodRegistry<{ id: string }>): Record<string, JsonSchema> {
  const { schemas } = z.toJSONSchema(registry, { ...toJsonSchemaOptions, uri: (id) => `#/components/schemas/${id}` });
  return Object.fromEntries(Object.entries(schemas).map(([id, schema]) => [id, embeddable(schema as JsonSchema)]));
}

/** `idempotency-key` → `Idempotency-Key`: how the API's documentation spells a header (HTTP ignores the case). */
const headerName = (name: string) =>
  name.replace(/(^|-)([a-z])/g, (_m, dash: string, c: string) => dash + c.toUpperCase());

/**
 * One OpenAPI parameter per property of an object schema that validates `req.params`, `req.query` or
 * `req.headers`; a path parameter is always required.
 */
export function parametersOf(schema: z.ZodType, location: ParameterLocation): OpenApiParameter[] {
  const json = jsonSchemaOf(schema);
  const properties = (json.properties ?? {}) as Record<string, JsonSchema>;
  const required = new Set((json.required ?? []) as string[]);
  if (json.type !== 'object' || Object.keys(properties).length === 0) {
    throw new Error(`a ${location} parameter schema must be an object with properties`);
  }
  return Object.entries(properties).map(([name, { description, ...property }]) => ({
    name: location === 'header' ? headerName(name) : name,
    in: location,
    required: location === 'path' || required.has(name),
    ...(typeof description === 'string' ? { description } : {}),
    schema: property,
  }));
}
