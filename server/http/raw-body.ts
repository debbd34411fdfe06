// Signed webhooks sign the exact bytes that were sent, so the JSON parser keeps them for those
// routes (only there: other requests do not hold on to their raw body).
import type { IncomingMessage } from 'node:http';

declare module 'express-serve-static-core' {
  interface Request {
    /** The unparsed request body; set for /api/webhooks/* only. */
    rawBody?: Buffer;
  }
}

/** `verify` option of express.json: keeps the raw buffer of webhook deliveries. */
export function keepRawBodyOfWebhooks(req: IncomingMessage, _res: unknown, buf: Buffer): void {
  if (req.url?.startsWith('/webhooks/')) (req as IncomingMessage & { rawBody?: Buffer }).rawBody = buf;
}
