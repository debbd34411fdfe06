import { describe, expect, it } from '@jest/globals';
import { createI18n } from '../i18n';
import { describeAssignReason } from './assignReason';

describe('L4: the assignment reason reads as a sentence', () => {
  const zh = createI18n({ language: 'zh-CN' }).t;
  const en = createI18n({ language: 'en' }).t;

  it('translates strategy, route and fallback parts and never shows a rep id', () => {
    const stored = 'round_robin after 6e00e707-0b11-4601-b562-40285c107ad0; route manufacturing_team';
    expect(describeAssignReason(zh, stored)).toBe(
      '轮询分配（接上一位销售之后）；命中路由「manufacturing_team」',
    );
    expect(describeAssignReason(en, stored)).toBe(
      'round robin (next after the previous rep); route “manufacturing_team”',
    );
    expect(describeAssignReason(zh, 'least_loaded (3 open leads); no route matched')).toBe(
      '最少负载分配（当时 3 条未结线索）；未命中行业/区域路由',
    );
  });

  it('explains dedupe decisions and keeps unknown text without ids', () => {
    expect(describeAssignReason(zh, 'existing customer (same company name): same owner')).toBe(
      '老客户（同名公司）：沿用原负责人',
    );
    expect(describeAssignReason(en, 'custom rule 6e00e707-0b11-4601-b562-40285c107ad0')).toBe(
      'custom rule a rep',
    );
  });
});
