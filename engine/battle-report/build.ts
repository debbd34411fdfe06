/**
 * Builds today's battle report from the day's events (pure): each card says what the rep's
 * input caused, with counts and names, most rewarding first.
 */
import type { BattleCard, BattleInput } from './types';

const inDay = (at: string | null, i: BattleInput) => !!at && at >= i.from && at < i.to;
const uniq = (xs: string[]) => [...new Set(xs)];
const MINUTE = 60_000;

export function buildBattleReport(input: BattleInput): BattleCard[] {
  const cards: BattleCard[] = [];

  const fast = input.leads.filter(
    (l) =>
      l.gradeClass === 'A' &&
      inDay(l.firstTouchAt, input) &&
      l.assignedAt &&
      Date.parse(l.firstTouchAt!) - Date.parse(l.assignedAt) <= input.fastMinutes * MINUTE,
  );
  if (fast.length > 0)
    cards.push({
      kind: 'fastTouch',
      tone: 'success',
      count: fast.length,
      names: fast.map((l) => l.name),
      params: { minutes: input.fastMinutes },
    });

  const forms = input.forms.filter((f) => inDay(f.savedAt, input));
  if (forms.length > 0) {
    const autoFilled = forms.reduce((n, f) => n + f.autoFilled, 0);
    cards.push({
      kind: 'requirementsSynced',
      tone: 'success',
      count: forms.length,
      names: uniq(forms.map((f) => f.subjectName)),
      params: {
        consultant: input.consultants.join('、'),
        hours: input.consultantHours ?? 0,
        autoFilled,
        completeness: Math.round(forms.reduce((n, f) => n + f.completeness, 0) / forms.length),
      },
    });
  }

  const opened = input.proposals.filter((p) => p.viewsToday > 0).sort((a, b) => b.viewsToday - a.viewsToday);
  for (const p of opened.slice(0, 3))
    cards.push({
      kind: 'proposalOpened',
      tone: 'success',
      count: p.viewsToday,
      names: [p.leadName],
      params: { title: p.title, kind: p.kind, total: p.viewCount },
    });

  const sent = input.proposals.filter((p) => inDay(p.sentAt, input));
  if (sent.length > 0)
    cards.push({
      kind: 'proposalsSent',
      tone: 'info',
      count: sent.length,
      names: uniq(sent.map((p) => p.leadName)),
      params: { quotes: sent.filter((p) => p.kind === 'quote').length },
    });

  const touches = input.touches.filter((t) => inDay(t.at, input));
  if (touches.length > 0) {
    const byChannel: Record<string, number> = {};
    for (const t of touches) byChannel[t.channel] = (byChannel[t.channel] ?? 0) + 1;
    cards.push({
      kind: 'touches',
      tone: 'info',
      count: touches.length,
      names: uniq(touches.map((t) => t.leadName)),
      params: {
        keywords: touches.reduce((n, t) => n + t.keywordCount, 0),
        ...Object.fromEntries(Object.entries(byChannel).map(([k, v]) => [`ch_${k}`, v])),
      },
    });
    const pains = uniq(touches.flatMap((t) => t.painPoints));
    if (pains.length > 0)
      cards.push({
        kind: 'painPoints',
        tone: 'info',
        count: pains.length,
        names: pains.slice(0, 5),
        params: { leads: uniq(touches.filter((t) => t.painPoints.length).map((t) => t.leadName)).length },
      });
  }

  const met = input.clocks.filter((c) => c.state === 'met' && inDay(c.at, input));
  if (met.length > 0)
    cards.push({
      kind: 'clocksMet',
      tone: 'success',
      count: met.length,
      names: uniq(met.map((c) => c.leadName)),
      params: {},
    });
  const breached = input.clocks.filter((c) => c.state === 'breached' && inDay(c.at, input));
  if (breached.length > 0)
    cards.push({
      kind: 'clocksBreached',
      tone: 'warning',
      count: breached.length,
      names: uniq(breached.map((c) => c.leadName)),
      params: {},
    });

  if (cards.length === 0) cards.push({ kind: 'quiet', tone: 'info', count: 0, names: [], params: {} });
  return cards;
}
