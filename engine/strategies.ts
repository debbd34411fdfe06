/**
 * The three assignment strategies over a non-empty list of available candidates.
 * round_robin: next id after the cursor in sorted id order (wrapping).
 * weighted: with a seed, a deterministic weighted draw; without, weighted round robin
 *   (each rep gets `weight` consecutive leads; cursor "id#n" counts them).
 * least_loaded: fewest open leads, ties by id.
 */
export interface Pickable {
  id: string;
  openLeads: number;
  weight?: number;
}

export interface Pick {
  id: string;
  cursor: string;
  reason: string;
}

const byId = <T extends Pickable>(list: readonly T[]): T[] =>
  [...list].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));

const weightOf = (c: Pickable): number => Math.max(0, Math.floor(c.weight ?? 1));

function nextAfter<T extends Pickable>(sorted: readonly T[], lastId: string | null): T {
  const next = lastId === null ? undefined : sorted.find((c) => c.id > lastId);
  return next ?? (sorted[0] as T);
}

function roundRobin(list: readonly Pickable[], cursor: string | null): Pick {
  const last = cursor === null ? null : (cursor.split('#')[0] ?? null);
  const c = nextAfter(byId(list), last);
  return {
    id: c.id,
    cursor: c.id,
    reason: last === null ? 'round_robin first' : `round_robin after ${last}`,
  };
}

/** mulberry32: a tiny deterministic PRNG, one draw per seed. */
function unitFromSeed(seed: number): number {
  let t = (seed + 0x6d2b79f5) | 0;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}

function weighted(list: readonly Pickable[], cursor: string | null, seed: number | undefined): Pick {
  const sorted = byId(list).filter((c) => weightOf(c) > 0);
  if (sorted.length === 0)
    return { ...roundRobin(list, cursor), reason: 'weighted: all weights 0, round_robin' };
  if (seed !== undefined) {
    const total = sorted.reduce((s, c) => s + weightOf(c), 0);
    let r = unitFromSeed(seed) * total;
    const c = sorted.find((x) => (r -= weightOf(x)) < 0) ?? (sorted[sorted.length - 1] as Pickable);
    return {
      id: c.id,
      cursor: `${c.id}#1`,
      reason: `weighted draw (seed ${seed}, weight ${weightOf(c)} of ${total})`,
    };
  }
  const [lastId = null, countText = '0'] = cursor === null ? [] : cursor.split('#');
  const count = Number.parseInt(countText, 10) || 1;
  const last = sorted.find((c) => c.id === lastId);
  if (last && count < weightOf(last)) {
    return {
      id: last.id,
      cursor: `${last.id}#${count + 1}`,
      reason: `weighted ${count + 1}/${weightOf(last)} for ${last.id}`,
    };
  }
  const c = nextAfter(sorted, lastId);
  return { id: c.id, cursor: `${c.id}#1`, reason: `weighted 1/${weightOf(c)} after ${lastId ?? 'start'}` };
}

function leastLoaded(list: readonly Pickable[]): Pick {
  const c = byId(list).reduce((best, x) => (x.openLeads < best.openLeads ? x : best));
  return { id: c.id, cursor: c.id, reason: `least_loaded (${c.openLeads} open leads)` };
}

export function pickByStrategy(
  strategy: string,
  list: readonly Pickable[],
  cursor: string | null,
  seed?: number,
): Pick {
  if (strategy === 'weighted') return weighted(list, cursor, seed);
  if (strategy === 'least_loaded') return leastLoaded(list);
  return roundRobin(list, cursor);
}
