import { signKycWebhookBody } from '../../../domain/kyc/kyc-webhook';
import { signPspWebhookBody } from '../../../domain/payments/psp-webhook';
import { signWalletRequest } from '../../../domain/wallet/provider-signature';
import type { StaffLogin } from '../staff-login';

/** A request being built: auth schemes add headers to it once its body is final (signatures cover the body). */
export interface OutgoingRequest {
  method: string;
  /** The path with its parameters filled in. */
  path: string;
  pathParams: Readonly<Record<string, string>>;
  query: string;
  headers: Record<string, string>;
  body?: Buffer;
}

/** The credentials the fuzzer holds for each kind of caller. */
export interface FuzzCredentials {
  /** The staff session to use for an operation (see fuzz-world.ts: logout ends a session of its own). */
  staffFor: (operationId: string) => StaffLogin;
  gameProvider: { id: string; secret: string };
  pspSecrets: ReadonlyMap<string, string>;
  kycWebhookSecret: string;
  /**
   * The `playerBearer` scheme (a JWT for /player/v1 from the dev issuer): a token of `playerId`, or, for an id that
   * is no registered player, of the default player (whose request on another id must answer 404).
   */
  playerBearerToken?: (playerId: string) => string | Promise<string>;
  /** The player a player-authenticated request acts for, when it names none. */
  defaultPlayerId: string;
}

/** How to authenticate as a legitimate caller of one security scheme, and how to get it wrong. */
export interface AuthScheme {
  apply: (request: OutgoingRequest, credentials: FuzzCredentials, operationId: string) => void | Promise<void>;
  /** Broken credentials by name: each is applied instead of `apply`. */
  forgeries: Record<string, (request: OutgoingRequest, credentials: FuzzCredentials) => void>;
}

const nowSeconds = () => Math.floor(Date.now() / 1000);
const body = (request: OutgoingRequest) => request.body ?? Buffer.alloc(0);

function signAsProvider(request: OutgoingRequest, provider: string, secret: string, timestamp = nowSeconds()) {
  request.headers['x-provider-id'] = provider;
  request.headers['x-timestamp'] = String(timestamp);
  request.headers['x-signature'] = signWalletRequest(secret, timestamp, body(request));
}

function signAsPsp(request: OutgoingRequest, secret: string, timestamp = nowSeconds()) {
  request.headers['x-psp-timestamp'] = String(timestamp);
  request.headers['x-psp-signature'] = signPspWebhookBody(secret, timestamp, body(request));
}

function signAsKycProvider(request: OutgoingRequest, secret: string, timestamp = nowSeconds()) {
  request.headers['x-kyc-timestamp'] = String(timestamp);
  request.headers['x-kyc-signature'] = signKycWebhookBody(secret, timestamp, body(request));
}

/** The player a request acts for: the one it names in its path or body, else the default fixture player. */
function playerOf(request: OutgoingRequest, credentials: FuzzCredentials): string {
  const named = request.pathParams.playerId ?? /"playerId":"(pl_[0-9A-Z]{26})"/.exec(body(request).toString())?.[1];
  return named ?? credentials.defaultPlayerId;
}

/**
 * Every security scheme of the OpenAPI document (`components.securitySchemes`), by name. A new scheme is one entry
 * here; an operation whose scheme is missing fails the fuzzer at once rather than being fuzzed unauthenticated.
 */
export const authSchemes: Record<string, AuthScheme> = {
  staffSession: {
    apply: (request, credentials, operationId) => {
      request.headers.cookie = credentials.staffFor(operationId).cookie;
    },
    forgeries: {
      'no session cookie': () => {},
      'unknown session': (request) => {
        request.headers.cookie = `bo_session=${'A'.repeat(43)}`;
      },
      'garbled cookie header': (request) => {
        request.headers.cookie = 'bo_session=%%%; bo_session=; =;;';
      },
    },
  },
  csrfToken: {
    apply: (request, credentials, operationId) => {
      request.headers['x-csrf-token'] = credentials.staffFor(operationId).csrfToken;
    },
    forgeries: {
      'session without CSRF token': (request, credentials) => {
        request.headers.cookie = credentials.staffFor('').cookie;
      },
      'wrong CSRF token': (request, credentials) => {
        const login = credentials.staffFor('');
        request.headers.cookie = login.cookie;
        request.headers['x-csrf-token'] = login.csrfToken.slice(1) + 'x';
      },
    },
  },
  gameProviderSignature: {
    apply: (request, { gameProvider }) => signAsProvider(request, gameProvider.id, gameProvider.secret),
    forgeries: {
      unsigned: () => {},
      'unknown provider': (request) => signAsProvider(request, 'no-such-provider', 'guessed-secret'),
      'wrong secret': (request, { gameProvider }) => signAsProvider(request, gameProvider.id, 'guessed-secret'),
      'stale timestamp': (request, { gameProvider }) =>
        signAsProvider(request, gameProvider.id, gameProvider.secret, nowSeconds() - 3_600),
      'future timestamp': (request, { gameProvider }) =>
        signAsProvider(request, gameProvider.id, gameProvider.secret, 99_999_999_999),
      'malformed timestamp': (request, { gameProvider }) => {
        signAsProvider(request, gameProvider.id, gameProvider.secret);
        request.headers['x-timestamp'] = '1e9';
      },
    },
  },
  pspWebhookSignature: {
    apply: (request, { pspSecrets }) => signAsPsp(request, pspSecrets.get(request.pathParams.psp ?? '') ?? 'no-secret'),
    forgeries: {
      unsigned: () => {},
      'wrong secret': (request) => signAsPsp(request, 'guessed-secret'),
      "another PSP's secret": (request, { pspSecrets }) => {
        const other = [...pspSecrets].find(([psp]) => psp !== request.pathParams.psp);
        signAsPsp(request, other?.[1] ?? 'guessed-secret');
      },
      'stale timestamp': (request, { pspSecrets }) =>
        signAsPsp(request, pspSecrets.get(request.pathParams.psp ?? '') ?? '', nowSeconds() - 3_600),
    },
  },
  kycWebhookSignature: {
    apply: (request, { kycWebhookSecret }) => signAsKycProvider(request, kycWebhookSecret),
    forgeries: {
      unsigned: () => {},
      'wrong secret': (request) => signAsKycProvider(request, 'guessed-secret'),
      'stale timestamp': (request, { kycWebhookSecret }) =>
        signAsKycProvider(request, kycWebhookSecret, nowSeconds() - 3_600),
    },
  },
  // Player authentication: a JWT of the development identity provider for /player/v1 (fuzz-world.ts).
  playerBearer: {
    apply: async (request, credentials) => {
      if (!credentials.playerBearerToken) {
        throw new Error('an operation needs playerBearer: set playerBearerToken in test/support/fuzz/fuzz-world.ts');
      }
      request.headers.authorization = `Bearer ${await credentials.playerBearerToken(playerOf(request, credentials))}`;
    },
    forgeries: {
      'no token': () => {},
      'garbage token': (request) => {
        request.headers.authorization = 'Bearer not.a.jwt';
      },
      'unsigned token (alg none)': (request, credentials) => {
        const part = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');
        const subject = playerOf(request, credentials);
        request.headers.authorization = `Bearer ${part({ alg: 'none' })}.${part({ sub: subject, exp: 9e9 })}.`;
      },
      'basic instead of bearer': (request) => {
        request.headers.authorization = `Basic ${Buffer.from('player:password').toString('base64')}`;
      },
    },
  },
};

/** The scheme of `name`, or a clear failure naming where to add it. */
export function authSchemeOf(name: string): AuthScheme {
  const scheme = authSchemes[name];
  if (!scheme)
    throw new Error(`no fuzzer auth for security scheme ${name}: add it to test/support/fuzz/auth-schemes.ts`);
  return scheme;
}
