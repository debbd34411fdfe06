import { describe, expect, it } from '@jest/globals';
import {
  checkMapping,
  coerceCell,
  explainErrors,
  importField,
  importFieldInfo,
  mapRow,
  parseDuration,
  parseEnum,
  parseMoney,
  suggestMapping,
} from '.';

describe('L1: import column mapping is suggested from Chinese and English headers', () => {
  it('L1: suggests the lead field of each common Chinese header', () => {
    const headers = [
      '序号',
      '姓名',
      '公司名称',
      '手机号码',
      '邮箱',
      '企业微信',
      '行业',
      '省份',
      '城市',
      '注册资本(万元)',
      '来源渠道',
      '活动',
      '停留时长',
      '浏览页数',
      '下载白皮书',
      '备注',
      '不相关的列',
    ];
    expect(suggestMapping(headers)).toEqual({
      序号: 'externalId',
      姓名: 'contact.name',
      公司名称: 'company.name',
      手机号码: 'contact.phone',
      邮箱: 'contact.email',
      企业微信: 'contact.wecomId',
      行业: 'company.industry',
      省份: 'company.province',
      城市: 'company.city',
      '注册资本(万元)': 'company.registeredCapital',
      来源渠道: 'source.channel',
      活动: 'source.campaign',
      停留时长: 'behaviour.dwellSeconds',
      浏览页数: 'behaviour.pageViews',
      下载白皮书: 'behaviour.downloadedWhitepaper',
      备注: 'note',
    });
  });

  it('L1: suggests English headers (any case, spaces, full-width) and prefers the head noun', () => {
    expect(
      suggestMapping([
        'Name',
        'Company',
        'Mobile Phone',
        'E-mail',
        'WeCom ID',
        'Industry',
        'Registered Capital',
        'Source',
        'Campaign',
        'Page Views',
        'Whitepaper',
        'Ｃｉｔｙ',
      ]),
    ).toEqual({
      Name: 'contact.name',
      Company: 'company.name',
      'Mobile Phone': 'contact.phone',
      'E-mail': 'contact.email',
      'WeCom ID': 'contact.wecomId',
      Industry: 'company.industry',
      'Registered Capital': 'company.registeredCapital',
      Source: 'source.channel',
      Campaign: 'source.campaign',
      'Page Views': 'behaviour.pageViews',
      Whitepaper: 'behaviour.downloadedWhitepaper',
      Ｃｉｔｙ: 'company.city',
    });
    expect(suggestMapping(['联系人', '联系人手机'])).toEqual({
      联系人: 'contact.name',
      联系人手机: 'contact.phone',
    });
    // One field per column: the second phone column is left for the user to map.
    expect(suggestMapping(['手机', '电话'])).toEqual({ 手机: 'contact.phone' });
  });

  it('L1: a mapping naming a missing column or an unknown field is refused with paths', () => {
    expect(checkMapping({ 手机: 'contact.phone', 邮箱: '' }, ['手机', '邮箱'])).toEqual([]);
    expect(checkMapping({ 传真: 'contact.phone', 手机: 'contact.fax' }, ['手机'])).toEqual([
      { path: '/mapping/传真', message: 'the file has no column "传真"' },
      { path: '/mapping/手机', message: 'unknown lead field "contact.fax"' },
    ]);
    expect(checkMapping([], [])).toHaveLength(1);
  });

  it('L1: the field list for the UI carries catalogue labels and enum options', () => {
    const info = importFieldInfo();
    expect(info.find((f) => f.path === 'company.industry')).toMatchObject({
      label: { zh: '所属行业' },
      options: expect.arrayContaining([expect.objectContaining({ value: 'nev' })]),
    });
    expect(info.every((f) => f.label.zh && f.label.en)).toBe(true);
  });
});

describe('L1: import cells are coerced to lead values', () => {
  it.each([
    ['800万', 1, 8_000_000],
    ['¥8,000,000', 1, 8_000_000],
    ['1.2亿', 1, 120_000_000],
    ['800', 10_000, 8_000_000],
    ['800万元', 1, 8_000_000],
    ['５００万', 1, 5_000_000],
  ])('L1: amount %s (header unit %d) → %d yuan', (raw, unit, yuan) => {
    expect(parseMoney(raw.normalize('NFKC'), unit)).toBe(yuan);
  });
  it('L1: registered capital in 万元 from the header, for text and numeric cells', () => {
    const f = importField('company.registeredCapital')!;
    expect(coerceCell(f, 800, '注册资本（万元）')).toEqual({ ok: true, value: 8_000_000 });
    expect(coerceCell(f, '800万', '注册资本')).toEqual({ ok: true, value: 8_000_000 });
    expect(coerceCell(f, '很多', '注册资本')).toEqual({
      ok: false,
      message: '"很多" is not an amount (e.g. 800万, 8000000)',
    });
  });
  it.each([
    ['200', 200],
    ['3分钟', 180],
    ['3分20秒', 200],
    ['5 min', 300],
    ['00:03:20', 200],
    ['1h', 3600],
    ['3m20s', 200],
  ])('L1: duration %s → %d s', (raw, s) => expect(parseDuration(raw)).toBe(s));
  it('L1: yes/no in Chinese and English; industries and channels by Chinese name', () => {
    const wp = importField('behaviour.downloadedWhitepaper')!;
    for (const y of ['是', 'yes', 'Y', '1', 1, true])
      expect(coerceCell(wp, y, 'x')).toEqual({ ok: true, value: true });
    for (const n of ['否', 'no', '0', 0, false])
      expect(coerceCell(wp, n, 'x')).toEqual({ ok: true, value: false });
    expect(coerceCell(wp, '也许', 'x').ok).toBe(false);
    expect(parseEnum('company.industry', '医疗器械')).toBe('medical_devices');
    expect(parseEnum('company.industry', '制造业')).toBe('manufacturing');
    expect(parseEnum('company.industry', 'Medical devices')).toBe('medical_devices');
    expect(parseEnum('source.channel', '展会扫码')).toBe('expo_qr');
    expect(parseEnum('source.channel', '官网')).toBe('website_form');
    expect(parseEnum('source.channel', '飞鸽传书')).toBeNull();
  });
  it('L1: a phone number read by Excel as a number keeps all its digits', () => {
    expect(coerceCell(importField('contact.phone')!, 13800138000, '手机')).toEqual({
      ok: true,
      value: '13800138000',
    });
  });
});

describe('L1: rows are mapped to leads', () => {
  const mapping = {
    姓名: 'contact.name',
    公司: 'company.name',
    手机: 'contact.phone',
    注册资本: 'company.registeredCapital',
    来源: 'source.channel',
    标签: 'tags',
  };
  it('L1: builds the nested lead; the name defaults to the contact; the channel to import', () => {
    const r = mapRow(
      {
        姓名: '王芳',
        公司: '杭州云帆科技有限公司',
        手机: '13900001111',
        注册资本: '500万',
        来源: '',
        标签: 'ERP，MES',
      },
      mapping,
      { defaultChannel: 'import' },
    );
    expect(r).toEqual({
      errors: [],
      lead: {
        name: '王芳',
        contact: { name: '王芳', phone: '13900001111' },
        company: { name: '杭州云帆科技有限公司', registeredCapital: 5_000_000 },
        source: { channel: 'import' },
        tags: ['ERP', 'MES'],
      },
    });
  });
  it('L1: a bad cell gives an error naming its column; schema errors get the column too', () => {
    const r = mapRow({ 姓名: '李', 手机: '1390000', 注册资本: 'lots', 来源: '飞鸽' }, mapping);
    expect(r.errors).toEqual([
      {
        path: '/company/registeredCapital',
        message: 'column "注册资本": "lots" is not an amount (e.g. 800万, 8000000)',
      },
      { path: '/source/channel', message: 'column "来源": "飞鸽" is not a known channel' },
    ]);
    expect(
      explainErrors(
        [
          { path: '/contact/phone', message: 'must be a phone number' },
          { path: '/name', message: 'is required' },
        ],
        mapping,
      ),
    ).toEqual([
      { path: '/contact/phone', message: 'column "手机": must be a phone number' },
      { path: '/name', message: 'is required' },
    ]);
  });
});
