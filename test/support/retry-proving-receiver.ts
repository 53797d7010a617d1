import http from 'node:http';
import type { AddressInfo } from 'node:net';

/** One webhook request as the receiver got it, with the status it answered. */
export interface ReceivedWebhook {
  path: string;
  headers: http.IncomingHttpHeaders;
  rawBody: string;
  answered: number;
}

/** A running receiver: its base URL (no trailing slash) and how to stop it. */
export interface RetryProvingReceiver {
  url: string;
  close(): Promise<void>;
}

/**
 * A tiny webhook receiver on an ephemeral port that refuses (500) each event's first delivery and accepts (204)
 * the next ones, so a simulator's retries are proven; `onDelivery` sees every request, in arrival order.
 */
export async function startRetryProvingReceiver(
  onDelivery: (delivery: ReceivedWebhook) => void,
): Promise<RetryProvingReceiver> {
  const seenEvents = new Set<string>();
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const rawBody = Buffer.concat(chunks).toString('utf8');
      const { eventId } = JSON.parse(rawBody) as { eventId: string };
      const answered = seenEvents.has(eventId) ? 204 : 500;
      seenEvents.add(eventId);
      onDelivery({ path: req.url!, headers: req.headers, rawBody, answered });
      res.writeHead(answered).end();
    });
  });
  server.listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: async () => {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}
