// The SLA policy the clocks obey: the published `sla-policy` version (looked up once per
// transaction) and any version a clock row names (versions are immutable, so cached forever).
import { and, asc, eq, isNotNull } from 'drizzle-orm';
import { clockEventTypes, createCalendar, type BusinessCalendar, type SlaPolicyView } from '../../engine';
import type { Db, Tx } from '../db/client';
import { artifacts, artifactVersions } from '../db/schema';

export interface LoadedPolicy {
  id: string;
  version: number;
  content: SlaPolicyView;
  calendar: BusinessCalendar;
  /** Event types any clock of the policy starts, stops or restarts on. */
  types: Set<string>;
}

type Reader = Db | Tx;

const versions = new Map<string, LoadedPolicy | null>();
const perTransaction = new WeakMap<object, LoadedPolicy | null>();

function load(id: string, version: number, content: unknown): LoadedPolicy | null {
  const policy = content as SlaPolicyView;
  if (!policy || !Array.isArray(policy.clocks)) return null;
  let calendar: BusinessCalendar;
  try {
    calendar = createCalendar(policy.calendar ?? {});
  } catch {
    calendar = createCalendar();
  }
  return { id, version, content: policy, calendar, types: clockEventTypes(policy) };
}

/** A given version of the policy (what a clock row was started under). */
export async function policyVersion(db: Reader, id: string, version: number): Promise<LoadedPolicy | null> {
  const key = `${id}:${version}`;
  if (versions.has(key)) return versions.get(key)!;
  const [row] = await db
    .select({ content: artifactVersions.content })
    .from(artifactVersions)
    .where(and(eq(artifactVersions.artifactId, id), eq(artifactVersions.version, version)))
    .limit(1);
  const loaded = row ? load(id, version, row.content) : null;
  if (versions.size > 500) versions.clear();
  versions.set(key, loaded);
  return loaded;
}

/** The published policy, looked up at most once per transaction. */
export async function publishedPolicy(tx: Tx): Promise<LoadedPolicy | null> {
  if (perTransaction.has(tx)) return perTransaction.get(tx)!;
  // artifacts.published_version mirrors the one published version (services/artifacts.ts).
  const [row] = await tx
    .select({ id: artifacts.id, version: artifacts.publishedVersion })
    .from(artifacts)
    .where(and(eq(artifacts.kind, 'sla-policy'), isNotNull(artifacts.publishedVersion)))
    .orderBy(asc(artifacts.createdAt))
    .limit(1);
  const loaded = row?.version ? await policyVersion(tx, row.id, row.version) : null;
  perTransaction.set(tx, loaded);
  return loaded;
}
