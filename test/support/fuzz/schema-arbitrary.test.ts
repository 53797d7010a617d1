import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import fc from 'fast-check';
import { buildOpenApiDocument } from '../../../api/openapi/openapi-document';
import { operationsOf } from './request-cases';
import { arbitraryOf } from './schema-arbitrary';

// The fuzzer's "valid" requests must be valid, or every case it calls valid only tests the validation.
const document = buildOpenApiDocument();
const ajv = new Ajv2020({ strict: false });
addFormats(ajv);
ajv.addSchema({ ...document, $id: 'https://openapi.test/openapi.json' });

const bodies = operationsOf(document).flatMap((op) => (op.body ? [[op.operationId, op.body.schema] as const] : []));

it.each(bodies)('generates bodies of %s that its schema accepts', (_operationId, schema) => {
  const validate = ajv.compile({ $ref: `https://openapi.test/openapi.json${String(schema.$ref)}` });
  fc.assert(
    fc.property(arbitraryOf(schema, { document }), (body) => {
      expect([validate(body), validate.errors]).toEqual([true, null]);
    }),
    { numRuns: 50, seed: 1 },
  );
});
