// First start: publish the default artefacts from templates/ and create the organisation —
// the demo one (a user for every role, sample leads) or an empty one with a single admin.
import { randomBytes } from 'node:crypto';
import { count, eq } from 'drizzle-orm';
import { loadDefaultArtifacts } from '../../templates';
import { hashPassword } from '../auth/passwords';
import type { AppContext } from '../context';
import { teams, users } from '../db/schema';
import { createArtifact, publishVersion } from '../services/artifacts';
import { ingestLeads } from '../services/lead-ingest';
import { seedDemoActivity } from './demo-activity';
import { seedDemoCollaboration } from './demo-collaboration';
import { seedDemoOpportunities } from './demo-opportunities';
import { DEMO_LEADS } from './demo-leads';
import { DEMO_PASSWORD, DEMO_TEAMS, DEMO_USERS } from './demo-people';

export interface SeedOptions {
  demo: boolean;
  adminEmail?: string;
  adminPassword?: string | undefined;
}

export interface SeedResult {
  seeded: boolean;
  logins: { email: string; role: string; password: string }[];
}

export async function seedOrganisation(ctx: AppContext, opts: SeedOptions): Promise<SeedResult> {
  const [existing] = await ctx.db.select({ n: count() }).from(users);
  if (Number(existing?.n ?? 0) > 0) return { seeded: false, logins: [] };

  for (const t of loadDefaultArtifacts()) {
    const a = await createArtifact(ctx, 'system', {
      kind: t.kind,
      key: t.key,
      name: t.name,
      content: t.content,
    });
    await publishVersion(ctx, 'system', a.id, 1, '默认模板 / default template');
  }

  if (!opts.demo) {
    const email = opts.adminEmail ?? 'admin@localhost';
    const password = opts.adminPassword || randomBytes(9).toString('base64url');
    await ctx.db.insert(users).values({
      email,
      name: 'Administrator',
      role: 'admin',
      passwordHash: await hashPassword(password),
      createdAt: ctx.clock.now(),
    });
    return {
      seeded: true,
      logins: [{ email, role: 'admin', password: opts.adminPassword ? '(ADMIN_PASSWORD)' : password }],
    };
  }

  const now = ctx.clock.now();
  const teamIds = new Map<string, string>();
  for (const t of DEMO_TEAMS) {
    const [row] = await ctx.db
      .insert(teams)
      .values({ name: t.name, region: t.region, createdAt: now })
      .returning();
    teamIds.set(t.key, row!.id);
  }
  const hash = await hashPassword(DEMO_PASSWORD);
  const ids = new Map<string, string>();
  for (const u of DEMO_USERS) {
    const [row] = await ctx.db
      .insert(users)
      .values({
        email: u.email,
        name: u.name,
        role: u.role,
        teamId: u.team ? teamIds.get(u.team)! : null,
        passwordHash: hash,
        locale: u.locale ?? 'zh-CN',
        weight: u.weight ?? 1,
        industries: u.industries ?? [],
        skills: u.skills ?? [],
        regions: u.regions ?? [],
        createdAt: now,
      })
      .returning({ id: users.id });
    ids.set(u.email, row!.id);
  }
  for (const u of DEMO_USERS) {
    if (u.supervisor)
      await ctx.db
        .update(users)
        .set({ supervisorId: ids.get(u.supervisor)! })
        .where(eq(users.id, ids.get(u.email)!));
  }
  const stored = await ingestLeads(
    ctx,
    DEMO_LEADS.map(({ hoursAgo, lead }) => ({
      actor: 'system' as const,
      body: lead,
      via: 'seed' as const,
      at: new Date(now.getTime() - hoursAgo * 3600_000),
    })),
  );
  const failed = stored.find((r) => r instanceof Error);
  if (failed) throw failed;
  await seedDemoActivity(ctx); // touches, tags, proposals: the board and agenda have content (L8–L10)
  await seedDemoOpportunities(ctx); // deals with history and signals: forecast and calibration (F1–F7)
  await seedDemoCollaboration(ctx); // requirement forms, assessments, tickets, a frozen deal (C1–C6)
  return {
    seeded: true,
    logins: DEMO_USERS.map((u) => ({ email: u.email, role: u.role, password: DEMO_PASSWORD })),
  };
}
