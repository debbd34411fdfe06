// Lead sources (web forms, expo scanners) that post signed webhooks. The secret is generated
// here, returned once at creation, and kept to verify signatures (HMAC needs the secret itself).
import { randomBytes } from 'node:crypto';
import { asc, eq } from 'drizzle-orm';
import type { Principal } from '../auth/principal';
import type { AppContext } from '../context';
import { leadSources } from '../db/schema';
import { notFound } from '../http/errors';
import { audit } from './audit';

type SourceRow = typeof leadSources.$inferSelect;

export const sourceView = (s: SourceRow) => ({
  id: s.id,
  name: s.name,
  channel: s.channel,
  active: s.active,
  createdAt: s.createdAt.toISOString(),
  lastDeliveryAt: s.lastDeliveryAt?.toISOString() ?? null,
  webhookPath: `/api/webhooks/leads/${s.id}`,
});

export async function createLeadSource(ctx: AppContext, who: Principal, name: string, channel: string) {
  const secret = `whsec_${randomBytes(32).toString('hex')}`;
  const [row] = await ctx.db
    .insert(leadSources)
    .values({
      name,
      channel,
      secret,
      createdBy: who.kind === 'user' ? who.id : null,
      createdAt: ctx.clock.now(),
    })
    .returning();
  await audit(ctx.db, ctx.clock, who, {
    action: 'leadsource.created',
    entity: 'lead_source',
    entityId: row!.id,
    detail: { name, channel },
  });
  return { ...sourceView(row!), secret };
}

export async function listLeadSources(ctx: AppContext) {
  const rows = await ctx.db.select().from(leadSources).orderBy(asc(leadSources.createdAt));
  return rows.map(sourceView);
}

export async function patchLeadSource(
  ctx: AppContext,
  who: Principal,
  id: string,
  patch: { name?: string; active?: boolean },
) {
  const [row] = await ctx.db.update(leadSources).set(patch).where(eq(leadSources.id, id)).returning();
  if (!row) throw notFound('lead source not found');
  await audit(ctx.db, ctx.clock, who, {
    action: patch.active === false ? 'leadsource.disabled' : 'leadsource.updated',
    entity: 'lead_source',
    entityId: id,
    detail: patch,
  });
  return sourceView(row);
}

/** The source a delivery claims to come from, if it exists and is active. */
export async function activeSource(ctx: AppContext, id: string): Promise<SourceRow | null> {
  const [row] = await ctx.db.select().from(leadSources).where(eq(leadSources.id, id)).limit(1);
  return row?.active ? row : null;
}
