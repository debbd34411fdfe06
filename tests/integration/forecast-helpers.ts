// Test deals for the forecast suites (F1–F7): inserted directly, as the opportunity API is
// another area's; signals, scores and forecasts then go through the HTTP API.
import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { normalizeCompanyName } from '../../engine/normalize';
import { customers, opportunities, users } from '../../server/db/schema';
import type { TestServer } from './harness';

export async function userId(srv: TestServer, email: string): Promise<string> {
  const [u] = await srv.ctx.db.select({ id: users.id }).from(users).where(eq(users.email, email));
  return u!.id;
}

export async function newCustomer(srv: TestServer, name = `测试客户${randomUUID().slice(0, 6)}有限公司`) {
  const [c] = await srv.ctx.db
    .insert(customers)
    .values({ name, normalizedName: normalizeCompanyName(name), createdAt: srv.clock.now() })
    .returning();
  return c!;
}

export async function newDeal(
  srv: TestServer,
  ownerEmail: string,
  over: Partial<typeof opportunities.$inferInsert> = {},
) {
  const now = srv.clock.now();
  const customer = over.customerId ? null : await newCustomer(srv);
  const [row] = await srv.ctx.db
    .insert(opportunities)
    .values({
      name: `测试商机${randomUUID().slice(0, 6)}`,
      customerId: customer?.id ?? null,
      ownerId: await userId(srv, ownerEmail),
      industry: 'manufacturing',
      amount: 1_000_000,
      expectedClose: '2026-12-20',
      stage: 'solution',
      outcome: 'open',
      stageEnteredAt: now,
      paymentTermsDays: 60,
      createdVia: 'session',
      createdAt: new Date(now.getTime() - 20 * 86_400_000),
      updatedAt: now,
      ...over,
    })
    .returning();
  return row!;
}
