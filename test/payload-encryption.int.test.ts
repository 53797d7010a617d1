import type { Client } from '@temporalio/client';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { STAFF_ROLES, type StaffRole } from '../contracts/admin';
import { depositWorkflowId, type DepositState } from '../contracts/payments';
import { SearchAttribute } from '../contracts/search-attributes';
import { loadConfig } from '../platform/config';
import { createPool, type Db } from '../platform/db';
import { ENCRYPTED_ENCODING } from '../platform/payload-codec';
import { connectTemporalClient } from '../platform/temporal';
import { temporalCliPath } from '../stack/temporal-server';
import { fetchApi } from './support/openapi-conformance';
import { newPlayer, requestPayment, sagaResult } from './support/payments-client';
import { apiUrl } from './support/run-probe';
import { loginAs, type StaffLogin } from './support/staff-login';

// Item 3 of issue 13 on the real stack: what Temporal stores of a deposit is ciphertext, read back raw with the
// Temporal CLI (no codec), and the codec server decrypts it for engineers and administrators only.

const config = loadConfig();
const TEMPORAL_WEB = config.codecCorsOrigins[0]!;
const base64 = (text: string) => Buffer.from(text).toString('base64');
const text = (b64: string) => Buffer.from(b64, 'base64').toString('utf8');

interface PayloadJson {
  metadata: Record<string, string>;
  data?: string;
}

let db: Db;
let temporal: Client;
const logins = new Map<StaffRole, StaffLogin>();

beforeAll(async () => {
  db = createPool(config.databaseUrl, 2);
  temporal = await connectTemporalClient(config);
  for (const role of STAFF_ROLES) logins.set(role, await loginAs(db, `codec-${role}`, [role]));
});
afterAll(async () => {
  await temporal.connection.close();
  await db.end();
});

/** The workflow's history as the Temporal CLI prints it: what the server stores, no codec on the way. */
async function rawHistory(workflowId: string): Promise<{ events: Record<string, unknown>[] }> {
  const { stdout } = await promisify(execFile)(
    temporalCliPath(config.STACK_CACHE_DIR),
    ['workflow', 'show', '--workflow-id', workflowId, '--output', 'json', '--address', config.temporalAddress],
    { maxBuffer: 16 * 1024 * 1024 },
  );
  return JSON.parse(stdout) as { events: Record<string, unknown>[] };
}

/** Every payload in `node` with the path it sits at (`...searchAttributes.indexedFields.PlayerId`, ...). */
function payloadsIn(node: unknown, at = ''): { path: string; payload: PayloadJson }[] {
  if (typeof node !== 'object' || node === null) return [];
  if ('metadata' in node && typeof node.metadata === 'object' && node.metadata !== null && 'data' in node) {
    return [{ path: at, payload: node as PayloadJson }];
  }
  return Object.entries(node).flatMap(([key, child]) => payloadsIn(child, `${at}.${key}`));
}

function codec(
  operation: 'decode' | 'encode',
  payloads: PayloadJson[],
  headers: Record<string, string> = {},
  origin: string | undefined = TEMPORAL_WEB,
) {
  return fetchApi(`${apiUrl}/codec/${operation}`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      'x-namespace': config.TEMPORAL_NAMESPACE,
      ...(origin ? { origin } : {}),
      ...headers,
    },
    body: JSON.stringify({ payloads }),
  });
}

describe('a deposit in Temporal', () => {
  let playerId: string;
  let workflowId: string;
  let payloads: { path: string; payload: PayloadJson }[];

  beforeAll(async () => {
    playerId = await newPlayer(db);
    const reply = await requestPayment('deposits', playerId, { amountMinor: 4_321 });
    expect(reply.status).toBe(202);
    workflowId = depositWorkflowId(reply.json.id as string);
    const result = await sagaResult<DepositState>(temporal, workflowId);
    expect(result.status).toBe('CREDITED'); // decoded by the client's codec
    payloads = payloadsIn((await rawHistory(workflowId)).events);
  });

  it('is stored as ciphertext: input, summary, activities and result, with no player id or amount in clear', () => {
    const stored = payloads.filter((p) => !/\.(searchAttributes|header)\./.test(p.path));
    expect(stored.map((p) => p.path)).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/workflowExecutionStartedEventAttributes\.input\.payloads/),
        expect.stringMatching(/userMetadata\.summary/),
        expect.stringMatching(/activityTaskScheduledEventAttributes\.input\.payloads/),
        expect.stringMatching(/workflowExecutionCompletedEventAttributes\.result\.payloads/),
      ]),
    );
    for (const { path, payload } of stored) {
      // The SDK's own patch markers (patched()) carry the patch's name, written by its core past any codec.
      if (!path.includes('.markerRecordedEventAttributes.details.')) {
        expect({ path, encoding: text(payload.metadata.encoding ?? '') }).toEqual({
          path,
          encoding: ENCRYPTED_ENCODING,
        });
      }
      const clear = text(payload.data ?? '');
      expect({ path, playerId: clear.includes(playerId), amount: clear.includes('4321') }).toEqual({
        path,
        playerId: false,
        amount: false,
      });
    }
  });

  it('keeps search attributes readable, and only those of the contract (pseudonymous ids, no personal data)', () => {
    const attributes = payloads.filter((p) => p.path.includes('.searchAttributes.indexedFields.'));
    const names = new Set(attributes.map((p) => p.path.split('.').at(-1)!));
    const allowed = new Set<string>(Object.values(SearchAttribute).map((a) => a.name));
    expect([...names].filter((name) => !name.startsWith('Temporal') && !allowed.has(name))).toEqual([]);
    expect(names.has('PlayerId')).toBe(true);
    const player = attributes.find((p) => p.path.endsWith('.PlayerId'))!;
    expect(JSON.parse(text(player.payload.data!))).toBe(playerId);
  });

  it('decodes for an engineer and an administrator through the codec server, as Temporal Web asks it', async () => {
    const started = payloads.filter((p) => /workflowExecutionStartedEventAttributes\.input/.test(p.path));
    for (const role of ['engineer', 'admin'] as const) {
      const reply = await codec('decode', [started[0]!.payload], { cookie: logins.get(role)!.cookie });
      expect(reply.status).toBe(200);
      expect(reply.headers.get('access-control-allow-origin')).toBe(TEMPORAL_WEB);
      expect(reply.headers.get('access-control-allow-credentials')).toBe('true');
      const [input] = ((await reply.json()) as { payloads: PayloadJson[] }).payloads;
      expect(text(input!.metadata.encoding!)).toBe('json/plain');
      expect(JSON.parse(text(input!.data!))).toMatchObject({ playerId, amountMinor: 4_321, currency: 'EUR' });
    }
  });

  it('answers 401 without a session and 403 to every other role, and decrypts nothing for them', async () => {
    const sealed = payloads.find((p) => /input\.payloads/.test(p.path))!.payload;
    const anonymous = await codec('decode', [sealed]);
    expect(anonymous.status).toBe(401);
    expect(anonymous.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    expect(await anonymous.json()).toMatchObject({ code: 'NO_SESSION' });
    for (const role of STAFF_ROLES.filter((r) => r !== 'engineer' && r !== 'admin')) {
      for (const operation of ['decode', 'encode'] as const) {
        const reply = await codec(operation, [sealed], { cookie: logins.get(role)!.cookie });
        expect({ role, operation, status: reply.status, body: await reply.json() }).toMatchObject({
          role,
          operation,
          status: 403,
          body: { code: 'FORBIDDEN' },
        });
      }
    }
  });
});

describe('the codec server', () => {
  const clear: PayloadJson = { metadata: { encoding: base64('json/plain') }, data: base64('{"note":"hello"}') };

  it('encodes for an engineer what it then decodes, and lets payloads it did not encrypt through', async () => {
    const cookie = logins.get('engineer')!.cookie;
    const encoded = await codec('encode', [clear], { cookie });
    expect(encoded.status).toBe(200);
    const [sealed] = ((await encoded.json()) as { payloads: PayloadJson[] }).payloads;
    expect(text(sealed!.metadata.encoding!)).toBe(ENCRYPTED_ENCODING);
    const decoded = await codec('decode', [sealed!, clear], { cookie });
    expect(((await decoded.json()) as { payloads: PayloadJson[] }).payloads).toEqual([clear, clear]);
  });

  it("answers Temporal Web's preflight with CORS and credentials, and refuses other origins", async () => {
    const preflight = await fetch(`${apiUrl}/codec/decode`, {
      method: 'OPTIONS',
      headers: {
        origin: TEMPORAL_WEB,
        'access-control-request-method': 'POST',
        'access-control-request-headers': 'content-type,x-namespace',
      },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('access-control-allow-origin')).toBe(TEMPORAL_WEB);
    expect(preflight.headers.get('access-control-allow-credentials')).toBe('true');
    expect(preflight.headers.get('access-control-allow-headers')).toMatch(/X-Namespace/i);

    // A page of another origin of the same site (the session cookie would go along) gets nothing.
    const foreign = await codec('decode', [clear], { cookie: logins.get('engineer')!.cookie }, 'http://127.0.0.1:9999');
    expect(foreign.status).toBe(403);
    expect(foreign.headers.get('access-control-allow-origin')).toBeNull();
    expect(await foreign.json()).toMatchObject({ code: 'ORIGIN_NOT_ALLOWED' });
  });

  it('refuses a payload it cannot decrypt with a 422, and a malformed body with a 400', async () => {
    const cookie = logins.get('engineer')!.cookie;
    const forged: PayloadJson = {
      metadata: { encoding: base64(ENCRYPTED_ENCODING), 'encryption-key-id': base64('no-such-key') },
      data: base64('x'.repeat(40)),
    };
    const undecryptable = await codec('decode', [forged], { cookie });
    expect(undecryptable.status).toBe(422);
    expect(await undecryptable.json()).toMatchObject({ code: 'UNDECRYPTABLE_PAYLOAD' });
    const malformed = await fetchApi(`${apiUrl}/codec/decode`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie },
      body: JSON.stringify({ payloads: 'nope' }),
    });
    expect(malformed.status).toBe(400);
  });
});
