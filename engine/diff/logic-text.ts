/** A JSON Logic rule as one readable line: `source.channel == "expo_qr" AND behaviour.dwellSeconds > 180`. */
const INFIX = new Set(['==', '===', '!=', '!==', '>', '>=', '<', '<=', '+', '-', '*', '/', '%']);
const MAX_DEPTH = 40;

function lit(v: unknown): string {
  if (typeof v === 'string') return JSON.stringify(v);
  if (v === null || typeof v !== 'object') return String(v);
  return '…';
}

export function logicText(logic: unknown, depth = 0): string {
  if (depth > MAX_DEPTH) return '…';
  if (Array.isArray(logic)) return `[${logic.map((x) => logicText(x, depth + 1)).join(', ')}]`;
  if (logic === null || typeof logic !== 'object') return lit(logic);
  const keys = Object.keys(logic);
  if (keys.length !== 1) return '{…}';
  const op = keys[0]!;
  const raw = (logic as Record<string, unknown>)[op];
  const args = Array.isArray(raw) ? raw : [raw];
  const sub = (x: unknown) => {
    const s = logicText(x, depth + 1);
    return x && typeof x === 'object' && !Array.isArray(x) && ('and' in x || 'or' in x) ? `(${s})` : s;
  };
  if (op === 'var')
    return typeof args[0] === 'string' || typeof args[0] === 'number'
      ? String(args[0])
      : `var(${args.map(sub).join(', ')})`;
  if (op === 'and' || op === 'or') return args.map(sub).join(op === 'and' ? ' AND ' : ' OR ');
  if (op === '!') return `NOT ${sub(args[0])}`;
  if ((op === '<' || op === '<=') && args.length === 3)
    return `${sub(args[0])} ${op} ${sub(args[1])} ${op} ${sub(args[2])}`;
  if (INFIX.has(op) && args.length === 2) return `${sub(args[0])} ${op} ${sub(args[1])}`;
  if (op === 'in' && args.length === 2) return `${sub(args[0])} IN ${sub(args[1])}`;
  return `${op}(${args.map(sub).join(', ')})`;
}
