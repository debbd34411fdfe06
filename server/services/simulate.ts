// S4 simulate before publish: a grading-rules or assignment-policy draft run by the same engine
// over the stored data of the last N leads (leads.data + createdAt), compared with the
// published version. Read-only: nothing is written.
import { eq, and, sql, inArray } from 'drizzle-orm';
import { checkArtifact, type Candidate, type GradingRulesView, type SlaPolicyView } from '../../engine';
import { simulateAssignment, simulateGrading } from '../../engine/simulate';
import type { AssignmentPolicy, ArtifactKind, SignalModel } from '../../schemas';
import type { AppContext } from '../context';
import { artifacts, artifactVersions, leads, users } from '../db/schema';
import { badRequest } from '../http/errors';
import { OPEN_STATUSES } from './lead-ingest';
import { simulateSignalModel } from './simulate-signals';
import { simulateSla } from './simulate-sla';

export const SIMULATED_KINDS: readonly ArtifactKind[] = [
  'grading-rules',
  'assignment-policy',
  'sla-policy',
  'signal-model',
];

export interface SimulateInput {
  content: unknown;
  limit?: number;
  maxChanged?: number;
  /** sla-policy: the window in days before now (default 30) */
  days?: number;
}

interface LeadRow {
  id: string;
  data: Record<string, unknown>;
  tags: string[];
  /** ISO 8601, UTC */
  createdAt: string;
  ownerId: string | null;
  gradeClass: string;
}

/** The last `limit` leads as the engine saw them at ingest (body + tags + createdAt), oldest first. */
async function recentLeads(ctx: AppContext, limit: number): Promise<LeadRow[]> {
  // One raw statement with JSONB and times as text, parsed here: the typed builder's per-row
  // decoding tripled the time of reading 100,000 rows on PGlite.
  const result = await ctx.db.execute(
    sql`select ${leads.id} as id, ${leads.data}::text as data, ${leads.tags}::text as tags,
        to_char(${leads.createdAt} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') as created_at,
        ${leads.ownerId} as owner_id, ${leads.gradeClass} as grade_class
      from ${leads} order by ${leads.createdAt} desc, ${leads.id} desc limit ${limit}`,
  );
  const rows = ((result as { rows?: unknown[] }).rows ?? (result as unknown as unknown[])) as {
    id: string;
    data: string;
    tags: string;
    created_at: string;
    owner_id: string | null;
    grade_class: string;
  }[];
  const out: LeadRow[] = new Array(rows.length);
  for (let i = 0; i < rows.length; i++) {
    const r = rows[rows.length - 1 - i]!;
    out[i] = {
      id: r.id,
      data: JSON.parse(r.data) as Record<string, unknown>,
      tags: JSON.parse(r.tags) as string[],
      createdAt: r.created_at,
      ownerId: r.owner_id,
      gradeClass: r.grade_class,
    };
  }
  return out;
}

const leadData = (r: LeadRow): Record<string, unknown> => ({
  ...r.data,
  tags: r.tags ?? (r.data.tags as string[] | undefined) ?? [],
  createdAt: r.createdAt,
});

async function publishedContent(ctx: AppContext, artifactId: string) {
  const [row] = await ctx.db
    .select({ version: artifactVersions.version, content: artifactVersions.content })
    .from(artifactVersions)
    .innerJoin(artifacts, eq(artifacts.id, artifactVersions.artifactId))
    .where(
      and(
        eq(artifactVersions.artifactId, artifactId),
        eq(artifactVersions.version, sql`${artifacts.publishedVersion}`),
      ),
    )
    .limit(1);
  return row ?? null;
}

async function candidates(ctx: AppContext): Promise<(Candidate & { name: string })[]> {
  const reps = await ctx.db
    .select()
    .from(users)
    .where(and(eq(users.role, 'rep'), eq(users.active, true)));
  return reps.map((r) => ({
    id: r.id,
    name: r.name,
    onDuty: r.onDuty,
    openLeads: 0,
    weight: r.weight,
    skills: r.skills,
    industries: r.industries,
    regions: r.regions,
    teams: r.teamId ? [r.teamId] : [],
  }));
}

async function namesOf(ctx: AppContext, ids: (string | null)[]) {
  const real = ids.filter((x): x is string => Boolean(x));
  if (!real.length) return new Map<string, string>();
  const rows = await ctx.db
    .select({ id: users.id, name: users.name })
    .from(users)
    .where(inArray(users.id, real));
  return new Map(rows.map((r) => [r.id, r.name]));
}

export async function simulateArtifact(
  ctx: AppContext,
  artifactId: string,
  kind: ArtifactKind,
  input: SimulateInput,
) {
  const issues = checkArtifact(kind, input.content);
  if (issues.length) throw badRequest(issues.map((e) => ({ path: `/content${e.path}`, message: e.message })));
  if (kind === 'signal-model') return simulateSignalModel(ctx, input.content as SignalModel);
  if (kind === 'sla-policy') {
    const published = await publishedContent(ctx, artifactId);
    return simulateSla(
      ctx,
      input.content as SlaPolicyView,
      published ? { version: published.version, content: published.content as SlaPolicyView } : null,
      { days: input.days, limit: input.limit ?? 100_000 },
    );
  }
  const limit = input.limit ?? 1000;
  const maxChanged = input.maxChanged ?? 500;
  const started = performance.now();
  const published = await publishedContent(ctx, artifactId);
  const rows = await recentLeads(ctx, limit);
  const loadedMs = performance.now() - started;
  const sims = rows.map((r) => ({ id: r.id, data: leadData(r), ownerId: r.ownerId }));

  if (kind === 'grading-rules') {
    const result = simulateGrading(
      (published?.content as GradingRulesView | undefined) ?? null,
      input.content as GradingRulesView,
      sims,
      { maxChanged },
    );
    return {
      kind,
      publishedVersion: published?.version ?? null,
      ...result,
      ms: { load: Math.round(loadedMs), total: Math.round(performance.now() - started) },
    };
  }

  // assignment-policy: grades are untouched; `changed` lists leads whose owner would change.
  const reps = await candidates(ctx);
  const result = simulateAssignment(input.content as AssignmentPolicy, sims, reps, { maxChanged });
  const names = await namesOf(
    ctx,
    result.load.map((l) => l.ownerId),
  );
  const counts = { A: 0, B: 0, C: 0, D: 0 };
  for (const r of rows) if (r.gradeClass in counts) counts[r.gradeClass as keyof typeof counts]++;
  return {
    kind,
    publishedVersion: published?.version ?? null,
    evaluated: result.evaluated,
    before: counts,
    after: { ...counts },
    changed: result.changed,
    changedTotal: result.changedTotal,
    load: result.load.map((l) => ({ ...l, name: l.ownerId ? (names.get(l.ownerId) ?? null) : null })),
    byRoute: result.byRoute,
    openStatuses: OPEN_STATUSES,
    ms: { load: Math.round(loadedMs), total: Math.round(performance.now() - started) },
  };
}
