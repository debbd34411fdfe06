// The traffic-light board (MISSION.md L8): per rep, leads awaiting a first response, customers not
// followed up within the policy's hours, the unread rate of tracked proposals and overdue clocks —
// aggregated in one SQL statement (no rows loaded), coloured by engine/board from the published
// board-policy. Managers see their team, directors and admins everyone, a rep their own row.
import { sql, type SQL } from 'drizzle-orm';
import { colourBoardRow, parseIsoDuration, unreadRate, type BoardReason, type Light } from '../../engine';
import type { BoardPolicy } from '../../schemas';
import boardDefault from '../../templates/defaults/board-policy.json' with { type: 'json' };
import { can, type Principal } from '../auth/principal';
import type { AppContext } from '../context';
import { forbidden } from '../http/errors';
import { publishedOf } from './artifacts';

/** Proposals older than this no longer count towards the unread rate (a rolling window). */
export const UNREAD_WINDOW_DAYS = 30;

/** Whose rows a principal sees: everyone's, a team's, or only their own. */
export type RepScope = { all: true } | { teamId: string } | { userId: string };

export function repScope(who: Principal | 'system'): RepScope {
  if (who === 'system' || can(who, 'leads:read:all')) return { all: true };
  if (who.kind !== 'user') throw forbidden();
  if (can(who, 'leads:read:team') && who.teamId) return { teamId: who.teamId };
  if (can(who, 'leads:read:own') || can(who, 'leads:read:team')) return { userId: who.id };
  throw forbidden();
}

/** SQL condition on `users u` for a scope. */
export function scopeSql(scope: RepScope): SQL {
  if ('all' in scope) return sql`true`;
  if ('teamId' in scope) return sql`u.team_id = ${scope.teamId}`;
  return sql`u.id = ${scope.userId}`;
}

/** SQL condition "this owner column is a user in scope" (rows outside the reps are dropped by the final join). */
function owned(scope: RepScope, column: SQL): SQL {
  if ('all' in scope) return sql`true`;
  if ('teamId' in scope) return sql`${column} in (select id from users where team_id = ${scope.teamId})`;
  return sql`${column} = ${scope.userId}`;
}

export async function boardPolicy(ctx: AppContext) {
  const published = await publishedOf(ctx, 'board-policy');
  return published
    ? {
        content: published.content as BoardPolicy,
        artifact: { id: published.id, version: published.version },
      }
    : { content: boardDefault.content as BoardPolicy, artifact: null };
}

export interface BoardRow {
  repId: string;
  repName: string;
  teamId: string | null;
  teamName: string | null;
  pendingLeads: number;
  staleCustomers: number;
  unreadRate: number | null;
  proposalsSent: number;
  proposalsUnread: number;
  overdue: number;
  light: Light;
  reasons: BoardReason[];
}

interface RawRow {
  id: string;
  name: string;
  team_id: string | null;
  team_name: string | null;
  pending: number;
  stale: number;
  sent: number;
  unread: number;
  overdue: number;
}

const OPEN = sql`('assigned', 'contacted', 'qualified')`;

export async function boardRows(ctx: AppContext, scope: RepScope, policy: BoardPolicy): Promise<BoardRow[]> {
  const now = ctx.clock.now().getTime();
  const iso = (ms: number) => new Date(ms).toISOString();
  const m = policy.metrics;
  const staleCut = iso(now - m.staleCustomers.hours * 3_600_000);
  const unreadCut = iso(now - parseIsoDuration(m.unreadRate.unreadAfter ?? 'P1D'));
  const windowStart = iso(now - UNREAD_WINDOW_DAYS * 86_400_000);
  const result = await ctx.db.execute(sql`
    with reps as (
      select u.id, u.name, u.team_id from users u
      where u.role = 'rep' and u.active and ${scopeSql(scope)}
    ),
    open_leads as materialized (
      select l.id, l.owner_id, coalesce(l.customer_id, l.id) as customer,
        (l.status = 'assigned' and l.touched_at is null) as waiting,
        coalesce(l.touched_at, l.assigned_at, l.created_at) as last_touch
      from leads l
      where ${owned(scope, sql`l.owner_id`)} and l.status in ${OPEN}
    ),
    customer_last as (
      select owner_id, count(*) filter (where waiting) as pending, max(last_touch) as last_touch
      from open_leads group by owner_id, customer
    ),
    lead_stats as (
      select owner_id, sum(pending)::int as pending,
        (count(*) filter (where last_touch < ${staleCut}::timestamptz))::int as stale
      from customer_last group by owner_id
    ),
    sent as (
      select p.sent_by as owner_id, count(*)::int as sent,
        (count(*) filter (where p.sent_at <= ${unreadCut}::timestamptz and p.first_viewed_at is null))::int as unread
      from proposals p
      where ${owned(scope, sql`p.sent_by`)} and p.sent_at >= ${windowStart}::timestamptz
      group by p.sent_by
    ),
    overdue as (
      -- breached or running past due, not stopped, on a lead that is still open
      select c.owner_id, count(*)::int as n
      from sla_clocks c join open_leads l on l.id = c.lead_id
      where ${owned(scope, sql`c.owner_id`)} and c.stopped_at is null
        and c.state in ('running', 'breached') and c.due_at < ${iso(now)}::timestamptz
      group by c.owner_id
    )
    select r.id, r.name, r.team_id, t.name as team_name,
      coalesce(ls.pending, 0) as pending, coalesce(ls.stale, 0) as stale,
      coalesce(s.sent, 0) as sent, coalesce(s.unread, 0) as unread, coalesce(o.n, 0) as overdue
    from reps r
    left join teams t on t.id = r.team_id
    left join lead_stats ls on ls.owner_id = r.id
    left join sent s on s.owner_id = r.id
    left join overdue o on o.owner_id = r.id
    order by t.name nulls last, r.name, r.id`);
  const rows = (result as unknown as { rows: RawRow[] }).rows;
  return rows.map((r) => {
    const measures = {
      pendingLeads: Number(r.pending),
      staleCustomers: Number(r.stale),
      unreadRate: unreadRate(Number(r.sent), Number(r.unread), m.unreadRate.minSent ?? 1),
      overdue: Number(r.overdue),
    };
    return {
      repId: r.id,
      repName: r.name,
      teamId: r.team_id,
      teamName: r.team_name,
      ...measures,
      proposalsSent: Number(r.sent),
      proposalsUnread: Number(r.unread),
      ...colourBoardRow(measures, policy),
    };
  });
}

export async function getBoard(ctx: AppContext, who: Principal) {
  const scope = repScope(who);
  const policy = await boardPolicy(ctx);
  const rows = await boardRows(ctx, scope, policy.content);
  const count = (l: Light) => rows.filter((r) => r.light === l).length;
  return {
    at: ctx.clock.now().toISOString(),
    rows,
    totals: { green: count('green'), amber: count('amber'), red: count('red') },
    policy: policy.artifact,
    refreshSeconds: policy.content.refreshSeconds ?? 30,
  };
}
