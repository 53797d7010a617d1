import fc from 'fast-check';

// What an attacker or a broken client sends instead of what the schema asks for: boundary numbers, odd strings,
// wrong types, prototype-pollution keys, malformed JSON and wrong encodings.

/**
 * A JSON token written into a body as it is, not as a string: `1e400` (Infinity once parsed), `-0`, numbers
 * beyond 2^53 whose digits JSON.parse rounds. `jsonText` turns the marker into the raw token.
 */
export const rawToken = (token: string) => `\u0000RAW:${token}\u0000`;

/** A body as JSON text, with every `rawToken` written as its raw token. */
export const jsonText = (value: unknown): string =>
  JSON.stringify(value).replace(
    /"\\u0000RAW:(.*?)\\u0000"/g,
    (_m, token: string) => JSON.parse(`"${token}"`) as string,
  );

const LONG = 'a'.repeat(10_000);

/** Numbers at and past every edge a money field or a page size has. */
export const boundaryNumbers: readonly unknown[] = [
  0,
  -1,
  1,
  -1_000,
  2 ** 31 - 1,
  2 ** 31,
  -(2 ** 31),
  2 ** 32,
  1_000_000_000_000,
  1_000_000_000_001,
  Number.MAX_SAFE_INTEGER,
  Number.MAX_SAFE_INTEGER + 1,
  -Number.MAX_SAFE_INTEGER - 1,
  rawToken('9007199254740993'),
  rawToken('123456789012345678901234567890'),
  1e21,
  1e308,
  rawToken('1e400'),
  rawToken('-1e400'),
  rawToken('-0'),
  rawToken('1.0'),
  rawToken('1E2'),
  0.1,
  1.5,
  99.99,
  -0.5,
  Number.MIN_VALUE,
];

/** Strings that break naive code: empty, huge, NUL, control characters, unicode edge cases, injections. */
export const boundaryStrings: readonly string[] = [
  '',
  ' ',
  '\t\n',
  LONG,
  '\u0000',
  'a\u0000b',
  '\u0007\u001b[31m',
  '\ud800',
  '\udfff\ud800',
  '\u202eRTL',
  '\ufeffBOM',
  'ｅｕｒ',
  '𝔘𝔫𝔦𝔠𝔬𝔡𝔢 😀👨‍👩‍👧',
  'ß'.repeat(300),
  "' OR '1'='1' --",
  '"; DROP TABLE players; --',
  '<script>alert(1)</script>',
  '../../../../etc/passwd',
  '%00%2e%2e%2f',
  '${jndi:ldap://x/a}',
  '{{7*7}}',
  '__proto__',
  'constructor',
  'toString',
  'hasOwnProperty',
  'NaN',
  'Infinity',
  'null',
  'undefined',
  '-1',
  '1e400',
  '0x10',
  'EUR ',
  ' EUR',
  'eur',
  'pl_01KAAAAAAAAAAAAAAAAAAAAAAA ',
  'pl_01kaaaaaaaaaaaaaaaaaaaaaaa',
  'pl_ILOU0000000000000000000000',
  '2024-02-30',
  '0000-00-00',
  '9999-12-31T23:59:60Z',
  '2024-01-01T00:00:00+25:00',
  '-000001-01-01T00:00:00Z',
  '+275760-09-13T00:00:00.001Z',
];

/** Objects and arrays where a scalar is expected, and prototype-pollution shapes. */
export const boundaryStructures: readonly unknown[] = [
  null,
  true,
  false,
  [],
  {},
  [1, 2, 3],
  ['EUR'],
  { __proto__: null, toString: 'x' },
  JSON.parse('{"__proto__":{"polluted":true}}') as unknown,
  { constructor: { prototype: { polluted: true } } },
  nested(64),
];

/** `[[[...]]]`, `depth` deep. */
export function nested(depth: number): unknown {
  let value: unknown = 'deep';
  for (let i = 0; i < depth; i += 1) value = i % 2 ? [value] : { a: value };
  return value;
}

/** Any one hostile value for a field. */
export const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...boundaryNumbers) },
  { weight: 4, arbitrary: fc.constantFrom(...boundaryStrings) },
  { weight: 2, arbitrary: fc.constantFrom(...boundaryStructures) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 30 }) },
);

/** A whole body that is not the JSON object asked for: broken JSON, other JSON types, wrong bytes. */
export const malformedBodies: readonly (string | Buffer)[] = [
  '',
  '{',
  '}',
  '{"a":',
  '{"amountMinor": 1,}',
  "{'single': 'quotes'}",
  '{"a": NaN}',
  '{"a": Infinity}',
  '{"a": undefined}',
  '/* comment */ {}',
  '{} {}',
  '{}\u0000',
  'null',
  'true',
  '0',
  '-1',
  '"a string"',
  '[]',
  '[{}]',
  '[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[',
  '['.repeat(5_000) + ']'.repeat(5_000),
  '{"a":'.repeat(3_000) + '1' + '}'.repeat(3_000),
  '{"__proto__": {"polluted": true}, "constructor": {"prototype": {"polluted": true}}}',
  '{"playerId": "a", "playerId": "b", "amountMinor": 1, "amountMinor": -1}',
  '\ufeff{}',
  Buffer.from([0xff, 0xfe, 0x7b, 0x00, 0x7d, 0x00]),
  Buffer.from([0xc3, 0x28, 0xa0, 0xa1]),
  Buffer.from('{"a": "\xff\xfe"}', 'latin1'),
  'a=1&b=2',
  '<?xml version="1.0"?><a/>',
  `{"pad": "${'x'.repeat(120_000)}"}`,
];

/** Content types a body may claim, right or wrong. */
export const contentTypes: readonly (string | undefined)[] = [
  'application/json',
  'application/json; charset=utf-8',
  undefined,
  'text/plain',
  'application/x-www-form-urlencoded',
  'multipart/form-data; boundary=x',
  'application/json; charset=latin1',
  'application/json; charset=utf-16',
  'application/problem+json',
  'application/xml',
  'application/JSON',
  '*/*',
  'application/json, text/plain',
];
