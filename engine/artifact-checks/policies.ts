/** Semantic checks of the KPI scheme and the board policy (weights and threshold order). */
import { listAt, numAt, objAt, uniqueIds, type Issue } from './common';

export function checkKpiScheme(content: unknown): Issue[] {
  const components = listAt(content, 'components');
  const issues = uniqueIds(components, '/components', 'KPI component');
  const weights = components.map((c) => numAt(c, 'weight'));
  if (weights.every((w) => w !== undefined) && components.length > 0) {
    const sum = weights.reduce((s: number, w) => s + (w as number), 0);
    if (Math.abs(sum - 100) > 1e-9) {
      issues.push({
        path: '/components',
        message: `KPI weights must sum to 100, they sum to ${Number(sum.toFixed(6))}`,
      });
    }
  }
  return issues;
}

export function checkBoardPolicy(content: unknown): Issue[] {
  const metrics = objAt(content, 'metrics');
  const issues: Issue[] = [];
  for (const name of ['pendingLeads', 'staleCustomers', 'unreadRate', 'overdue']) {
    const m = objAt(metrics, name);
    const [amber, red] = [numAt(m, 'amber'), numAt(m, 'red')];
    if (amber !== undefined && red !== undefined && red <= amber) {
      issues.push({
        path: `/metrics/${name}/red`,
        message: `metric "${name}": red (${red}) must be greater than amber (${amber})`,
      });
    }
  }
  return issues;
}
