import { describe, expect, it } from '@jest/globals';
import { normalizeCompanyName, normalizeEmail, normalizePhone } from './normalize';

describe('L2: normalisation for dedupe', () => {
  it.each([
    ['13800138000', '+8613800138000'],
    ['+86 138 0013 8000', '+8613800138000'],
    ['0086-13800138000', '+8613800138000'],
    ['138-0013-8000', '+8613800138000'],
    ['８６１３８００１３８０００', '+8613800138000'],
    ['010-12345678', '+861012345678'],
    ['(021)6123 4567', '+862161234567'],
    ['（021）61234567', '+862161234567'],
    ['0755-88888888', '+8675588888888'],
  ])('L2: phone %s → %s', (raw, e164) => {
    expect(normalizePhone(raw)).toBe(e164);
  });

  it.each(['', '12345', '1380013800', '12345678901', 'abc', '021-1234'])(
    'L2: invalid phone %p → null',
    (raw) => {
      expect(normalizePhone(raw)).toBeNull();
    },
  );

  it('L2: e-mail is trimmed, lower-cased and validated', () => {
    expect(normalizeEmail('  ZW@Example.CN ')).toBe('zw@example.cn');
    expect(normalizeEmail('zhang.wei+expo@sub.example.com.cn')).toBe('zhang.wei+expo@sub.example.com.cn');
    for (const bad of ['', 'a@b', 'no-at.example.com', 'a@@b.cn', 'a b@c.cn', '.a@b.cn', 'a..b@c.cn']) {
      expect(normalizeEmail(bad)).toBeNull();
    }
  });

  it('L2: company names that differ only by legal form, brackets, spaces or width are equal', () => {
    for (const raw of [
      '苏州精密制造有限公司',
      '苏州精密制造（集团）股份有限公司',
      '苏州 精密制造 有限公司',
      '苏州精密制造有限责任公司',
      '苏州精密制造集团',
      '苏州精密制造股份有限公司上海分公司',
      '苏州精密制造有限公司(上海分公司)',
      '  苏州精密制造（集团）  ',
    ]) {
      expect([raw, normalizeCompanyName(raw)]).toEqual([raw, '苏州精密制造']);
    }
  });

  it('L2: full-width latin is folded and lower-cased; English legal forms are removed', () => {
    expect(normalizeCompanyName('ＡＢＣ科技有限公司')).toBe('abc科技');
    expect(normalizeCompanyName('Siemens Ltd.')).toBe('siemens');
    expect(normalizeCompanyName('Huawei Technologies Co., Ltd.')).toBe('huaweitechnologies');
    expect(normalizeCompanyName('Costco')).toBe('costco');
  });
});
