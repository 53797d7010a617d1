import type { IncomingMessage } from 'node:http';
import proxyaddr from 'proxy-addr';

/** The proxies in front of the API to believe (TRUST_PROXY): a hop count, or their addresses and CIDR ranges. */
export type TrustProxy = number | readonly string[];

/** Whether the hop at `address`, `i` hops from the socket, is a proxy to believe: Express's `trust proxy` rule. */
export type TrustFunction = (address: string, i: number) => boolean;

/** Compiles TRUST_PROXY once, as Express does for its `trust proxy` setting (which takes this function too). */
export function trustFunctionOf(trust: TrustProxy): TrustFunction {
  if (typeof trust === 'number') return (_address, i) => i < trust;
  return proxyaddr.compile([...trust]);
}

/**
 * The client's address: the socket's, or the first X-Forwarded-For hop that no trusted proxy added; IPv4-mapped
 * IPv6 written as plain IPv4. The same answer as Express's `req.ip`, for the handlers that run without Express.
 */
export function clientAddressOf(req: IncomingMessage, trust: TrustFunction): string {
  if (!req.socket.remoteAddress) return 'unknown';
  return proxyaddr(req, trust).replace(/^::ffff:/, '');
}
