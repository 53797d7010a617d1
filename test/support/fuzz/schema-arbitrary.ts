import fc from 'fast-check';
import type { JsonSchema, OpenApiDocument } from '../../../api/openapi/openapi-document';

// JSON Schema (the OpenAPI 3.1 subset that zod-openapi writes) → fast-check arbitraries of values that validate
// against it. No maintained generator fits: zod-fast-check needs zod 3 and fast-check < 4, json-schema-fast-check
// fast-check 1. Generating from the document rather than from the zod schemas fuzzes what integrators read, and
// picks up every operation a domain registers (codec endpoints included) without a line here.

/**
 * Values worth trying for a property, by its name (an id of a fixture the fuzzer created, so a request reaches
 * the handler's deeper rules instead of a 404); mixed with the schema's own values.
 */
export type PropertyHints = (propertyName: string) => fc.Arbitrary<unknown> | undefined;

/** Where `$ref`s resolve, and the hints by property name. */
export interface SchemaContext {
  document: OpenApiDocument;
  hints?: PropertyHints;
}

const MAX_STRING = 40;
const MAX_ITEMS = 4;

/** The schema a `$ref` (`#/components/schemas/X`) points to. */
export function resolveRef(document: OpenApiDocument, ref: string): JsonSchema {
  let node: unknown = document;
  for (const part of ref.replace(/^#\//, '').split('/')) {
    node = (node as Record<string, unknown>)[part.replace(/~1/g, '/').replace(/~0/g, '~')];
  }
  if (!node || typeof node !== 'object') throw new Error(`${ref} does not resolve in the OpenAPI document`);
  return node as JsonSchema;
}

/** `schema` with its `$ref` (if any) followed. */
export function derefSchema(document: OpenApiDocument, schema: JsonSchema): JsonSchema {
  return typeof schema.$ref === 'string' ? derefSchema(document, resolveRef(document, schema.$ref)) : schema;
}

const num = (value: unknown): number | undefined => (typeof value === 'number' ? value : undefined);

function integerArbitrary(schema: JsonSchema): fc.Arbitrary<number> {
  const exclusiveMin = num(schema.exclusiveMinimum);
  const exclusiveMax = num(schema.exclusiveMaximum);
  const min = num(schema.minimum) ?? (exclusiveMin !== undefined ? exclusiveMin + 1 : -1_000_000);
  const max = num(schema.maximum) ?? (exclusiveMax !== undefined ? exclusiveMax - 1 : 1_000_000_000);
  // fc.integer stops at 32 bits; amounts in minor units go up to 10^12.
  return fc.oneof(
    fc.constantFrom(min, max),
    fc.bigInt({ min: BigInt(Math.ceil(min)), max: BigInt(Math.floor(max)) }).map(Number),
  );
}

function stringArbitrary(schema: JsonSchema): fc.Arbitrary<string> {
  const minLength = num(schema.minLength) ?? 0;
  const maxLength = Math.max(minLength, Math.min(num(schema.maxLength) ?? MAX_STRING, MAX_STRING));
  if (schema.format === 'email') {
    // fc.emailAddress() follows RFC 5322 to its corners ("-@A-.A.Aa"), which the schema's (and zod's) stricter
    // email pattern refuses: the hostile cases send those; a valid-looking body needs a plain address.
    return fc
      .tuple(
        fc.stringMatching(/^[a-z0-9][a-z0-9._+-]{0,15}$/),
        fc.stringMatching(/^[a-z0-9]{1,12}$/),
        fc.constantFrom('com', 'org', 'net', 'co.uk', 'de'),
      )
      .map(([local, domain, tld]) => `${local.replace(/\.+$/, '').replace(/\.{2,}/g, '.')}@${domain}.${tld}`);
  }
  if (typeof schema.pattern === 'string') {
    return fc
      .stringMatching(new RegExp(schema.pattern))
      .filter((s) => s.length >= minLength && s.length <= (num(schema.maxLength) ?? Infinity));
  }
  switch (schema.format) {
    case 'date-time':
      return fc
        .date({ min: new Date('1970-01-01T00:00:00Z'), max: new Date('2100-01-01T00:00:00Z'), noInvalidDate: true })
        .map((d) => d.toISOString());
    case 'date':
      return fc
        .date({ min: new Date('1900-01-01T00:00:00Z'), max: new Date('2100-01-01T00:00:00Z'), noInvalidDate: true })
        .map((d) => d.toISOString().slice(0, 10));
    case 'uuid':
      return fc.uuid();
  }
  // JSON Schema counts code points and zod UTF-16 units: a value must fit both.
  return fc
    .string({ minLength, maxLength, unit: 'binary' })
    .filter((value) => value.length <= maxLength && [...value].length >= minLength);
}

function objectArbitrary(schema: JsonSchema, context: SchemaContext): fc.Arbitrary<Record<string, unknown>> {
  const properties = (schema.properties ?? {}) as Record<string, JsonSchema>;
  const required = new Set((schema.required ?? []) as string[]);
  const model: Record<string, fc.Arbitrary<unknown>> = {};
  for (const [name, property] of Object.entries(properties)) model[name] = arbitraryOf(property, context, name);
  return fc.record(model, { requiredKeys: Object.keys(model).filter((name) => required.has(name)) });
}

/** Merges the object members of an `allOf` (zod-openapi writes intersections that way). */
function mergedAllOf(parts: JsonSchema[], document: OpenApiDocument): JsonSchema {
  const resolved = parts.map((part) => derefSchema(document, part));
  return {
    type: 'object',
    properties: Object.assign({}, ...resolved.map((part) => part.properties ?? {})),
    required: resolved.flatMap((part) => (part.required ?? []) as string[]),
  };
}

/** An arbitrary of values valid against `schema`; `propertyName` lets the hints offer fixture values. */
export function arbitraryOf(schema: JsonSchema, context: SchemaContext, propertyName?: string): fc.Arbitrary<unknown> {
  const own = ownArbitraryOf(derefSchema(context.document, schema), context);
  const hint = propertyName === undefined ? undefined : context.hints?.(propertyName);
  return hint ? fc.oneof(hint, own) : own;
}

function ownArbitraryOf(schema: JsonSchema, context: SchemaContext): fc.Arbitrary<unknown> {
  if ('const' in schema) return fc.constant(schema.const);
  if (Array.isArray(schema.enum)) return fc.constantFrom(...(schema.enum as unknown[]));
  const alternatives = (schema.anyOf ?? schema.oneOf) as JsonSchema[] | undefined;
  if (alternatives) return fc.oneof(...alternatives.map((alternative) => arbitraryOf(alternative, context)));
  if (Array.isArray(schema.allOf))
    return objectArbitrary(mergedAllOf(schema.allOf as JsonSchema[], context.document), context);
  if (Array.isArray(schema.type)) {
    return fc.oneof(...(schema.type as string[]).map((type) => ownArbitraryOf({ ...schema, type }, context)));
  }
  switch (schema.type) {
    case 'string':
      return stringArbitrary(schema);
    case 'integer':
      return integerArbitrary(schema);
    case 'number':
      return fc.double({
        min: num(schema.minimum) ?? -1e9,
        max: num(schema.maximum) ?? 1e9,
        noNaN: true,
        noDefaultInfinity: true,
      });
    case 'boolean':
      return fc.boolean();
    case 'null':
      return fc.constant(null);
    case 'array':
      return fc.array(arbitraryOf((schema.items ?? {}) as JsonSchema, context), {
        minLength: num(schema.minItems) ?? 0,
        maxLength: Math.max(num(schema.minItems) ?? 0, Math.min(num(schema.maxItems) ?? MAX_ITEMS, MAX_ITEMS)),
      });
    case 'object':
      return objectArbitrary(schema, context);
  }
  if (schema.properties) return objectArbitrary(schema, context);
  return fc.jsonValue({ maxDepth: 2 });
}
