import Ajv2020, { type ErrorObject, type ValidateFunction } from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import { buildOpenApiDocument, type JsonSchema, type OpenApiDocument } from '../../api/openapi/openapi-document';

// Every answer the integration and e2e tests receive from the API is checked against the OpenAPI document, built
// in-process from the same code as the API: the status must be one the operation documents, the content type one
// it documents for that status, and the body must validate against that schema (JSON Schema draft 2020-12, as
// OpenAPI 3.1 says). So the document cannot drift from what the API really answers without a test failing.

/** One answer of the API, as a test client received it. */
export interface ObservedAnswer {
  method: string;
  /** The full URL or the path (with or without a query string). */
  url: string;
  status: number;
  /** The `content-type` header, or '' when there was none. */
  contentType: string;
  /** The raw body. */
  text: string;
}

/** Thrown when an answer of the API is not what the OpenAPI document says it may be. */
export class OpenApiConformanceError extends Error {
  constructor(
    readonly operationId: string,
    readonly status: number,
    readonly problems: readonly string[],
  ) {
    super(`${operationId} answered ${status}, which the OpenAPI document does not allow:\n  ${problems.join('\n  ')}`);
    this.name = 'OpenApiConformanceError';
  }
}

const DOCUMENT_ID = 'https://openapi.test/openapi.json';

interface Operation {
  operationId: string;
  method: string;
  template: string;
  pattern: RegExp;
  /** Path parameters in the template: the fewer, the more specific (`/probes/latest` before `/probes/{id}`). */
  parameterCount: number;
  responses: Record<string, JsonSchema>;
  pointer: string;
}

/** A JSON pointer segment, escaped for a URI fragment as Ajv reads `$ref`s. */
const segment = (key: string) => encodeURIComponent(key.replace(/~/g, '~0').replace(/\//g, '~1'));

const mediaType = (contentType: string) => contentType.split(';')[0]!.trim().toLowerCase();

const describeErrors = (errors: readonly ErrorObject[] | null | undefined) =>
  (errors ?? []).map((e) => `body${e.instancePath || ''} ${e.message ?? e.keyword} ${JSON.stringify(e.params)}`);

/** Checks answers of the API against an OpenAPI 3.1 document (by default, the API's own). */
export class OpenApiConformance {
  private readonly ajv: Ajv2020;
  private readonly operations: Operation[];
  private readonly validators = new Map<string, ValidateFunction>();

  constructor(private readonly document: OpenApiDocument = buildOpenApiDocument()) {
    this.ajv = new Ajv2020({ allErrors: true, strict: true });
    addFormats(this.ajv);
    // The document's own members are not JSON Schema keywords; declared, they let Ajv resolve `#/components/...`
    // against the document while strict mode still rejects a misspelt keyword inside a schema.
    for (const member of ['openapi', 'info', 'tags', 'paths', 'components']) this.ajv.addKeyword(member);
    this.ajv.addSchema({ ...document, $id: DOCUMENT_ID });
    this.operations = Object.entries(document.paths).flatMap(([template, item]) =>
      Object.entries(item).map(([method, op]) => ({
        operationId: String(op.operationId),
        method: method.toUpperCase(),
        template,
        pattern: new RegExp(`^${template.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\{\w+\}/g, '[^/]+')}$`),
        parameterCount: (template.match(/\{/g) ?? []).length,
        responses: op.responses as Record<string, JsonSchema>,
        pointer: `#/paths/${segment(template)}/${method}/responses`,
      })),
    );
  }

  /** The operation a request is answered by, matched by method and path template. */
  operationFor(method: string, url: string): Operation | undefined {
    const path = new URL(url, 'http://localhost').pathname;
    return this.operations
      .filter((op) => op.method === method.toUpperCase() && op.pattern.test(path))
      .sort((a, b) => a.parameterCount - b.parameterCount)[0];
  }

  /** What is wrong with an answer (empty when it conforms); throws nothing. */
  problemsOf(answer: ObservedAnswer): { operationId: string; problems: string[] } {
    const operation = this.operationFor(answer.method, answer.url);
    if (!operation) {
      // A route the API does not have: the catch-all answers 404 with a problem, which every error shares.
      const path = new URL(answer.url, 'http://localhost').pathname;
      const operationId = `${answer.method.toUpperCase()} ${path} (undocumented)`;
      if (answer.status !== 404) return { operationId, problems: ['no operation of the document matches it'] };
      return { operationId, problems: this.bodyProblems(answer, '#/components/schemas/Problem', true) };
    }
    const statusKey = String(answer.status);
    const rangeKey = `${statusKey[0]}XX`;
    const key = [statusKey, rangeKey, 'default'].find((k) => k in operation.responses);
    if (!key) {
      const documented = Object.keys(operation.responses).join(', ');
      return {
        operationId: operation.operationId,
        problems: [`status ${statusKey} is not documented (${documented})`],
      };
    }
    let response = operation.responses[key] as JsonSchema;
    let pointer = `${operation.pointer}/${segment(key)}`;
    if (typeof response.$ref === 'string') {
      pointer = response.$ref;
      response = this.resolve(response.$ref);
    }
    const content = response.content as Record<string, JsonSchema> | undefined;
    const type = mediaType(answer.contentType);
    if (!content) {
      const problems = answer.text ? [`a body (${type || 'no content type'}) where the document has none`] : [];
      return { operationId: operation.operationId, problems };
    }
    const documentedType = Object.keys(content).find((t) => t.toLowerCase() === type);
    if (!documentedType) {
      const problems = [`content type "${type}" is not documented for ${key} (${Object.keys(content).join(', ')})`];
      return { operationId: operation.operationId, problems };
    }
    if (!content[documentedType]!.schema) return { operationId: operation.operationId, problems: [] };
    const isJson = /(^application\/|\+)json$/.test(documentedType);
    const schemaPointer = `${pointer}/content/${segment(documentedType)}/schema`;
    return { operationId: operation.operationId, problems: this.bodyProblems(answer, schemaPointer, isJson) };
  }

  /** Throws an `OpenApiConformanceError` naming the operation, the status and Ajv's errors when `answer` does not conform. */
  assertConforms(answer: ObservedAnswer): void {
    const { operationId, problems } = this.problemsOf(answer);
    if (problems.length) throw new OpenApiConformanceError(operationId, answer.status, problems);
  }

  private bodyProblems(answer: ObservedAnswer, schemaPointer: string, isJson: boolean): string[] {
    let body: unknown = answer.text;
    if (isJson) {
      try {
        body = JSON.parse(answer.text);
      } catch {
        return [`the body is not JSON: ${answer.text.slice(0, 200)}`];
      }
    }
    const validate = this.validatorFor(schemaPointer);
    return validate(body) ? [] : describeErrors(validate.errors);
  }

  private validatorFor(pointer: string): ValidateFunction {
    let validate = this.validators.get(pointer);
    if (!validate) {
      validate = this.ajv.compile({ $ref: `${DOCUMENT_ID}${pointer}` });
      this.validators.set(pointer, validate);
    }
    return validate;
  }

  private resolve(ref: string): JsonSchema {
    let node: unknown = this.document;
    for (const part of ref.replace(/^#\//, '').split('/')) {
      node = (node as Record<string, unknown>)[decodeURIComponent(part).replace(/~1/g, '/').replace(/~0/g, '~')];
    }
    if (!node) throw new Error(`${ref} does not resolve in the OpenAPI document`);
    return node as JsonSchema;
  }
}

let shared: OpenApiConformance | undefined;

/** Fails (throws) when an answer of the API is not what its OpenAPI document allows; see `OpenApiConformance`. */
export function assertConformsToOpenApi(answer: ObservedAnswer): void {
  shared ??= new OpenApiConformance();
  shared.assertConforms(answer);
}

/**
 * `fetch` for calls to the API: the answer is checked against the OpenAPI document before the test sees it. The
 * body is read from a clone, so the caller reads the response as usual.
 */
export async function fetchApi(input: string, init: RequestInit = {}): Promise<Response> {
  const response = await fetch(input, init);
  assertConformsToOpenApi({
    method: init.method ?? 'GET',
    url: input,
    status: response.status,
    contentType: response.headers.get('content-type') ?? '',
    text: await response.clone().text(),
  });
  return response;
}
