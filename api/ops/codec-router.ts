import type { Payload, PayloadCodec } from '@temporalio/common';
import express, { Router, type RequestHandler } from 'express';
import { z } from 'zod';
import type { SessionStore } from '../../domain/admin/sessions';
import type { Db } from '../../platform/db';
import { HttpProblemError, parseOrThrow } from '../../platform/http-errors';
import { UnknownPayloadKeyError } from '../../platform/payload-codec';
import { authorize, requireSession } from '../admin/access-control';
import { base64Bytes, type codecPayloadsSchema } from './response-schemas';

// The codec server that Temporal Web calls (`--ui-codec-endpoint http://<api>/codec`): it decrypts payloads for
// signed-in engineers and administrators, and encrypts what they send from it. The protocol is Temporal's: POST
// `<endpoint>/decode` and `<endpoint>/encode` with `{"payloads": [...]}`, each payload as protobuf JSON (base64
// metadata values and data).
//
// Temporal Web runs on another origin of the same site (127.0.0.1:8233 beside 127.0.0.1:3000), so its fetch
// carries the SameSite=Strict session cookie when its "include cross-origin credentials" setting is on. It cannot
// send our X-CSRF-Token, so these routes check the Origin instead: a browser always names the page's origin on a
// cross-origin POST and no script can forge it, so only pages of the allowed origins get past (and only they may
// read the answers, by CORS). A caller without Origin is no browser page (curl, the Temporal CLI's --codec-header)
// and needs the session cookie all the same. Both routes change nothing, so there is no write for a forged request
// to make in any case.

/** The codes of the codec routes' own refusals. */
export const CodecErrorCode = {
  /** 403: the request comes from a page whose origin is not one of CODEC_CORS_ORIGINS. */
  OriginNotAllowed: 'ORIGIN_NOT_ALLOWED',
  /** 422: a payload is encrypted with a key the keyring does not hold, or its ciphertext does not authenticate. */
  UndecryptablePayload: 'UNDECRYPTABLE_PAYLOAD',
} as const;

/** One payload as protobuf JSON: metadata values and data in base64. Unknown fields are dropped. */
const payloadJsonSchema = z.object({
  metadata: z.record(z.string().max(256), base64Bytes).optional(),
  data: base64Bytes.optional(),
});

/** The body of both codec routes, as Temporal Web sends it. */
export const codecPayloadsBody = z.object({ payloads: z.array(payloadJsonSchema).max(10_000) });

type PayloadJson = z.infer<typeof payloadJsonSchema>;

const fromJson = (payload: PayloadJson): Payload => ({
  metadata: Object.fromEntries(
    Object.entries(payload.metadata ?? {}).map(([key, value]) => [key, Buffer.from(value, 'base64')]),
  ),
  data: Buffer.from(payload.data ?? '', 'base64'),
});

const toJson = (payload: Payload): Required<PayloadJson> => ({
  metadata: Object.fromEntries(
    Object.entries(payload.metadata ?? {}).map(([key, value]) => [key, Buffer.from(value ?? []).toString('base64')]),
  ),
  data: Buffer.from(payload.data ?? []).toString('base64'),
});

/** How long a browser may reuse the answer to its preflight. */
const PREFLIGHT_MAX_AGE_SECONDS = 600;

/**
 * CORS for the allowed origins, with credentials (so the session cookie goes along), and the refusal of any other
 * page's origin. Headers are set before the session check, so Temporal Web can read a 401 or 403 too.
 */
function allowedOriginsOnly(allowedOrigins: readonly string[]): RequestHandler {
  const allowed = new Set(allowedOrigins);
  return (req, res, next) => {
    const origin = req.header('origin');
    res.vary('Origin');
    if (origin === undefined) return next();
    if (!allowed.has(origin)) {
      throw new HttpProblemError(403, 'Forbidden', `pages of ${origin} may not call the codec server`, {
        code: CodecErrorCode.OriginNotAllowed,
      });
    }
    res.setHeader('Access-Control-Allow-Origin', origin);
    res.setHeader('Access-Control-Allow-Credentials', 'true');
    if (req.method !== 'OPTIONS') return next();
    // The preflight of Temporal Web's fetch: a JSON body and its X-Namespace header.
    res.setHeader('Access-Control-Allow-Methods', 'POST');
    res.setHeader('Access-Control-Allow-Headers', 'Content-Type, X-Namespace');
    res.setHeader('Access-Control-Max-Age', String(PREFLIGHT_MAX_AGE_SECONDS));
    res.status(204).end();
  };
}

/** The codec server's routes, mounted at `/codec` (api/app.ts). */
export function createCodecRouter(deps: {
  db: Db;
  sessions: SessionStore;
  codec: PayloadCodec;
  allowedOrigins: readonly string[];
}): Router {
  const router = Router();
  router.use(allowedOriginsOnly(deps.allowedOrigins));
  // A workflow's whole input or result in one request: Temporal's own limit on a payload is 2 MB.
  router.use(express.json({ limit: '4mb', strict: true }));
  const session = requireSession(deps);

  router.post('/decode', session, authorize('read', 'WorkflowPayload'), async (req, res) => {
    const { payloads } = parseOrThrow(codecPayloadsBody, req.body);
    let decoded: Payload[];
    try {
      decoded = await deps.codec.decode(payloads.map(fromJson));
    } catch (err) {
      const detail =
        err instanceof UnknownPayloadKeyError ? err.message : 'a payload does not decrypt: its ciphertext was altered';
      throw new HttpProblemError(422, 'Unprocessable Content', detail, { code: CodecErrorCode.UndecryptablePayload });
    }
    res.json({ payloads: decoded.map(toJson) } satisfies z.input<typeof codecPayloadsSchema>);
  });

  router.post('/encode', session, authorize('create', 'WorkflowPayload'), async (req, res) => {
    const { payloads } = parseOrThrow(codecPayloadsBody, req.body);
    const encoded = await deps.codec.encode(payloads.map(fromJson));
    res.json({ payloads: encoded.map(toJson) } satisfies z.input<typeof codecPayloadsSchema>);
  });

  return router;
}
