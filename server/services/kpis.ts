// Process KPIs per rep and period (MISSION.md L9) from the published kpi-scheme. The raw values
// are aggregated in SQL; engine/kpi scores them. Until opportunities and requirement forms exist:
// - requirement completeness uses the share of the rep's leads that carry requirement tags (0–100);
// - results have no data (raw null), and the engine shares their weight among the measured
//   components. Each component says so in its `detail`.
import { sql } from 'drizzle-orm';
import { periodRange, scoreKpi, type KpiInput } from '../../engine';
import type { KpiComponent, KpiScheme } from '../../schemas';
import type { Principal } from '../auth/principal';
import type { AppContext } from '../context';
import { badRequest, notFound } from '../http/errors';
import { publishedOf } from './artifacts';
import { boardPolicy, repScope, scopeSql } from './board';

interface RepRow {
  id: string;
  name: string;
  team_id: string | null;
}
interface ClockRow {
  owner_id: string;
  kind: string;
  met: number;
  missed: number;
}
interface TagRow {
  owner_id: string;
  total: number;
  tagged: number;
}

const rowsOf = <T>(r: unknown) => (r as { rows: T[] }).rows;

const INTERIM_TAGS = {
  zh: '需求表尚未上线：暂以本期线索中已打需求标签的比例（0–100）计。',
  en: 'Requirement forms are not live yet: interim value is the share of the period’s leads with requirement tags (0–100).',
};
const NO_DEALS = {
  zh: '暂无商机与赢单数据：本项不计分，权重按比例分给其他项。',
  en: 'No opportunities or won deals yet: not scored; its weight is shared among the other components.',
};

function inputFor(c: KpiComponent, clocks: ClockRow[], tags: TagRow | undefined): KpiInput {
  switch (c.metric.kind) {
    case 'clock_met_rate': {
      const kinds = new Set<string>(c.metric.clocks ?? []);
      const mine = clocks.filter((r) => kinds.has(r.kind));
      const met = mine.reduce((s, r) => s + Number(r.met), 0);
      const missed = mine.reduce((s, r) => s + Number(r.missed), 0);
      return {
        raw: met + missed ? met / (met + missed) : null,
        detail: {
          zh: `${[...kinds].join('、')}：达标 ${met}，超时 ${missed}`,
          en: `${[...kinds].join(', ')}: ${met} met, ${missed} missed`,
        },
      };
    }
    case 'form_completeness_avg': {
      const total = Number(tags?.total ?? 0);
      const tagged = Number(tags?.tagged ?? 0);
      return { raw: total ? (tagged / total) * 100 : null, detail: INTERIM_TAGS };
    }
    default:
      return { raw: null, detail: NO_DEALS };
  }
}

export async function getKpis(ctx: AppContext, who: Principal, q: { period?: string; repId?: string }) {
  const scope = repScope(who);
  const published = await publishedOf(ctx, 'kpi-scheme');
  if (!published) throw notFound('no KPI scheme is published');
  const scheme = published.content as KpiScheme;
  const tz = (await boardPolicy(ctx)).content.agenda.timezone;
  const now = ctx.clock.now();
  const period =
    q.period ||
    new Intl.DateTimeFormat('en-CA', { timeZone: tz, year: 'numeric', month: '2-digit' }).format(now);
  const range = periodRange(period, tz);
  if (!range)
    throw badRequest([{ path: '/period', message: 'must be a period: YYYY-MM, YYYY-Qn or YYYY-Www' }]);
  const start = new Date(range.start).toISOString();
  const end = new Date(range.end).toISOString();

  const repFilter = q.repId ? sql`and u.id = ${q.repId}` : sql``;
  const reps = rowsOf<RepRow>(
    await ctx.db.execute(sql`
      select u.id, u.name, u.team_id from users u
      where u.role = 'rep' and u.active and ${scopeSql(scope)} ${repFilter}
      order by u.name, u.id`),
  );
  if (q.repId && !reps.length) throw notFound('rep not found');
  const ids = reps.map((r) => r.id);
  const inReps = sql`(select u.id from users u where u.role = 'rep' and u.active and ${scopeSql(scope)} ${repFilter})`;
  const [clocks, tags] = ids.length
    ? await Promise.all([
        ctx.db.execute(sql`
          select c.owner_id, c.kind,
            (count(*) filter (where c.state = 'met'))::int as met,
            (count(*) filter (where c.state = 'breached'
              or (c.state = 'running' and c.due_at < ${now.toISOString()}::timestamptz)))::int as missed
          from sla_clocks c
          where c.owner_id in ${inReps} and c.started_at >= ${start}::timestamptz and c.started_at < ${end}::timestamptz
          group by c.owner_id, c.kind`),
        ctx.db.execute(sql`
          select l.owner_id, count(*)::int as total,
            (count(*) filter (where jsonb_array_length(l.tags) > 0))::int as tagged
          from leads l
          where l.owner_id in ${inReps} and l.created_at >= ${start}::timestamptz and l.created_at < ${end}::timestamptz
          group by l.owner_id`),
      ])
    : [{ rows: [] }, { rows: [] }];
  const clockRows = rowsOf<ClockRow>(clocks);
  const tagRows = rowsOf<TagRow>(tags);

  const items = reps.map((r) => {
    const mine = clockRows.filter((c) => c.owner_id === r.id);
    const tag = tagRows.find((t) => t.owner_id === r.id);
    const inputs = Object.fromEntries(scheme.components.map((c) => [c.id, inputFor(c, mine, tag)]));
    return { repId: r.id, repName: r.name, teamId: r.team_id, ...scoreKpi(scheme, inputs) };
  });
  return {
    period,
    from: start,
    to: end,
    scheme: { id: published.id, version: published.version },
    items,
  };
}
