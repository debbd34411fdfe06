import { and, asc, eq, isNull } from 'drizzle-orm';
import { forgetApiKey, issueApiKey } from '../auth/api-keys';
import { API_KEY_SCOPES } from '../auth/roles';
import type { AppContext } from '../context';
import { apiKeys } from '../db/schema';
import { isUuid, parseBody } from '../http/body';
import { notFound } from '../http/errors';
import type { Route } from '../http/routes';
import { audit } from '../services/audit';

export const apiKeyRoutes = (ctx: AppContext): Route[] => [
  {
    method: 'get',
    path: '/api-keys',
    access: 'apikeys:manage',
    handler: async (_req, res) => {
      const rows = await ctx.db.select().from(apiKeys).orderBy(asc(apiKeys.createdAt));
      res.json({
        items: rows.map((k) => ({
          id: k.id,
          name: k.name,
          prefix: k.prefix,
          scopes: k.scopes,
          createdAt: k.createdAt.toISOString(),
          lastUsedAt: k.lastUsedAt?.toISOString() ?? null,
          revokedAt: k.revokedAt?.toISOString() ?? null,
        })),
      });
    },
  },
  {
    method: 'post',
    path: '/api-keys',
    access: 'apikeys:manage',
    handler: async (req, res) => {
      const body = parseBody<{ name: string; scopes?: string[] }>('apiKeyCreate', req.body);
      const p = req.principal!;
      const scopes = body.scopes ?? [...API_KEY_SCOPES];
      const issued = await issueApiKey(ctx, body.name, scopes, p.kind === 'user' ? p.id : null);
      await audit(ctx.db, ctx.clock, p, {
        action: 'apikey.issued',
        entity: 'api_key',
        entityId: issued.id,
        detail: { name: body.name, scopes },
      });
      // The key itself is shown once and never stored.
      res.status(201).json({ id: issued.id, key: issued.key, prefix: issued.prefix, scopes });
    },
  },
  {
    method: 'delete',
    path: '/api-keys/:id',
    access: 'apikeys:manage',
    handler: async (req, res) => {
      const id = req.params.id;
      if (!isUuid(id)) throw notFound('API key not found');
      const done = await ctx.db
        .update(apiKeys)
        .set({ revokedAt: ctx.clock.now() })
        .where(and(eq(apiKeys.id, id), isNull(apiKeys.revokedAt)))
        .returning({ id: apiKeys.id });
      forgetApiKey(ctx, id);
      if (!done.length) throw notFound('API key not found');
      await audit(ctx.db, ctx.clock, req.principal!, {
        action: 'apikey.revoked',
        entity: 'api_key',
        entityId: id,
      });
      res.status(204).end();
    },
  },
];
