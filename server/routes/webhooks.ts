// POST /api/webhooks/leads/:sourceId — signed deliveries from lead sources (web forms, expo
// scanners). Public route: the HMAC signature over the raw body is the authentication.
import type { LeadCreate } from '../../schemas';
import type { AppContext } from '../context';
import { badRequest, unauthorized } from '../http/errors';
import { isUuid, parseBody } from '../http/body';
import type { Route } from '../http/routes';
import { activeSource } from '../services/lead-sources';
import { isFresh, parseSignature, signatureMatches } from '../services/webhook-signature';
import { ingestDelivery, replayOf } from '../services/webhook-ingest';

// Compared against when the source is unknown, so that case costs the same time as a bad signature.
const NO_SECRET = 'whsec_unknown_source_placeholder';

/** Fills the channel from the source when the delivery does not name one. */
function withSourceChannel(body: unknown, channel: string): unknown {
  if (!body || typeof body !== 'object' || Array.isArray(body)) return body;
  const b = body as Record<string, unknown>;
  const source = b.source;
  if (source === undefined) return { ...b, source: { channel } };
  if (source && typeof source === 'object' && !Array.isArray(source) && !('channel' in source))
    return { ...b, source: { ...source, channel } };
  return b;
}

export const webhookRoutes = (ctx: AppContext): Route[] => [
  {
    method: 'post',
    path: '/webhooks/leads/:sourceId',
    access: 'public',
    handler: async (req, res) => {
      const sig = parseSignature(req.get('x-signature'));
      if (!sig)
        throw unauthorized('missing or malformed X-Signature header (t=<unix seconds>,v1=<hex HMAC-SHA256>)');
      if (!isFresh(sig, ctx.clock.now().getTime()))
        throw unauthorized('stale signature: the timestamp is more than 5 minutes away from the server time');
      const id = req.params.sourceId;
      const source = isUuid(id) ? await activeSource(ctx, id) : null;
      const raw = req.rawBody ?? Buffer.alloc(0);
      const matches = signatureMatches(source?.secret ?? NO_SECRET, sig, raw);
      // Unknown, disabled and wrongly signed all look the same from outside.
      if (!source || !matches) throw unauthorized('invalid signature');
      if (!req.rawBody && req.get('content-length') !== '0')
        throw badRequest([{ path: '', message: 'the body must be JSON (Content-Type: application/json)' }]);

      const key = req.get('idempotency-key') ?? null;
      if (key !== null && !/^[\x21-\x7e]{1,200}$/.test(key))
        throw badRequest([{ path: '', message: 'Idempotency-Key must be 1–200 visible ASCII characters' }]);
      const earlier = key ? await replayOf(ctx, source.id, key) : null;
      const reply = earlier ?? (await ingestDelivery(ctx, source.id, parse(req.body, source.channel), key));
      if (reply.replayed) res.set('Idempotent-Replayed', 'true');
      res.status(reply.status).json(reply.body);
    },
  },
];

const parse = (body: unknown, channel: string) =>
  parseBody<LeadCreate>('leadCreate', withSourceChannel(body, channel));
