import { randomUUID } from 'node:crypto';
import { signWalletRequest } from '../../domain/wallet/provider-signature';
import { fetchApi } from './openapi-conformance';
import { TEST_PROVIDER, TEST_PROVIDER_SECRET } from './test-app';

/** What a seamless-wallet call answered, with the raw body for byte-for-byte comparisons. */
export interface WalletReply {
  status: number;
  contentType: string;
  text: string;
  json: Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
}

/**
 * Calls the seamless wallet the way a game provider does: a JSON body signed with the provider's secret. Every
 * answer is checked against the OpenAPI document (see openapi-conformance.ts).
 */
export async function callWallet(
  baseUrl: string,
  operation: 'balance' | 'bet' | 'win' | 'rollback',
  body: unknown,
  options: {
    provider?: string;
    secret?: string;
    timestamp?: number;
    rawBody?: string;
    headers?: Record<string, string>;
  } = {},
): Promise<WalletReply> {
  const raw = options.rawBody ?? JSON.stringify(body);
  const timestamp = options.timestamp ?? Math.floor(Date.now() / 1000);
  const response = await fetchApi(`${baseUrl}/wallet/v1/${operation}`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      'x-provider-id': options.provider ?? TEST_PROVIDER,
      'x-timestamp': String(timestamp),
      'x-signature': signWalletRequest(options.secret ?? TEST_PROVIDER_SECRET, timestamp, raw),
      ...options.headers,
    },
    body: raw,
  });
  const text = await response.text();
  let json = {};
  try {
    json = JSON.parse(text);
  } catch {
    // not JSON: the assertion on `text` will say so
  }
  return { status: response.status, contentType: response.headers.get('content-type') ?? '', text, json };
}

/**
 * A game provider's 1.00 EUR bet for `playerId` in a round of its own, in the game session `sessionToken` names
 * (see `launchGame` in game-sessions.ts), signed as `callWallet` signs.
 */
export function placeBet(
  baseUrl: string,
  playerId: string,
  sessionToken: string,
  options: { provider?: string; secret?: string } = {},
): Promise<WalletReply> {
  return callWallet(
    baseUrl,
    'bet',
    {
      transactionId: `bet-${randomUUID()}`,
      playerId,
      currency: 'EUR',
      amountMinor: 100,
      roundId: `round-${randomUUID()}`,
      gameId: 'starburst',
      sessionToken,
    },
    options,
  );
}
