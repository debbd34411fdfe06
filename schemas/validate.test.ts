import { describe, expect, it } from '@jest/globals';
import { API_SCHEMA_KEYS, apiSchemas, INDUSTRY_IDS, validate, type ValidationResult } from './index';

const issueLead = () => ({
  name: '张伟',
  company: {
    name: '苏州精密制造有限公司',
    registeredCapital: 8000000,
    industry: 'manufacturing',
    province: '江苏',
  },
  contact: { name: '张伟', title: 'IT经理', phone: '13800138000', email: 'zw@example.cn' },
  source: { channel: 'expo_qr', campaign: '2026工博会' },
  behaviour: { dwellSeconds: 240, pageViews: 6, downloadedWhitepaper: true },
});

const errorsOf = (r: ValidationResult) => (r.ok ? [] : r.errors);

describe('L1: lead bodies give field-level errors', () => {
  it('accepts the issue-2 body', () => {
    expect(validate('leadCreate', issueLead())).toEqual({ ok: true });
  });

  it('points a missing required property at itself', () => {
    const { name: _n, ...noName } = issueLead();
    expect(errorsOf(validate('leadCreate', noName))).toEqual([{ path: '/name', message: 'is required' }]);
    expect(errorsOf(validate('leadCreate', { ...issueLead(), source: { campaign: 'x' } }))).toEqual([
      { path: '/source/channel', message: 'is required' },
    ]);
    const { contact: _c, ...noContact } = issueLead();
    expect(errorsOf(validate('leadCreate', noContact))).toEqual([
      { path: '/contact', message: 'is required' },
    ]);
  });

  it('needs one of phone, e-mail or WeCom id, reported at /contact', () => {
    const body = { ...issueLead(), contact: { name: '张伟', title: 'IT经理' } };
    expect(errorsOf(validate('leadCreate', body))).toEqual([
      { path: '/contact', message: 'needs at least one of phone, email or wecomId' },
    ]);
    for (const contact of [
      { phone: '+86 138 0013 8000' },
      { email: 'a@b.cn' },
      { wecomId: 'zhangwei' },
      { phone: '010-12345678' },
    ]) {
      expect(validate('leadCreate', { ...issueLead(), contact })).toEqual({ ok: true });
    }
  });

  it('reports types, formats, enums, limits and unknown properties at exact paths', () => {
    const body = {
      ...issueLead(),
      name: 'x'.repeat(201),
      company: { name: 'A', registeredCapital: '800万', industry: 'mining', extra: 1 },
      contact: { phone: 'call me', email: 'not-an-email' },
      source: { channel: 'expo_qr' },
      behaviour: { dwellSeconds: -1, pageViews: 1.5 },
      tags: ['a', 'a'],
    };
    expect(errorsOf(validate('leadCreate', body))).toEqual([
      { path: '/name', message: 'must be at most 200 characters' },
      { path: '/company/extra', message: 'is not an allowed property' },
      { path: '/company/registeredCapital', message: 'must be a number' },
      { path: '/company/industry', message: `must be one of: ${INDUSTRY_IDS.join(', ')}` },
      {
        path: '/contact/phone',
        message: 'must be a phone number such as 13800138000, +86 138 0013 8000 or 010-12345678',
      },
      { path: '/contact/email', message: 'must be a valid e-mail address' },
      { path: '/behaviour/dwellSeconds', message: 'must be at least 0' },
      { path: '/behaviour/pageViews', message: 'must be an integer' },
      { path: '/tags', message: 'must not contain duplicates (items 0 and 1 are equal)' },
    ]);
  });

  it('rejects a non-object body at the root', () => {
    expect(errorsOf(validate('leadCreate', []))).toEqual([{ path: '', message: 'must be an object' }]);
  });
});

describe('API bodies', () => {
  it('login, draftSave, publish', () => {
    expect(validate('login', { email: 'director@demo.local', password: 'demo1234' })).toEqual({ ok: true });
    expect(errorsOf(validate('login', { email: 'director', password: '' }))).toEqual([
      { path: '/email', message: 'must be a valid e-mail address' },
      { path: '/password', message: 'must not be empty' },
    ]);
    expect(validate('draftSave', { content: { rules: [] }, baseVersion: 3 })).toEqual({ ok: true });
    expect(errorsOf(validate('draftSave', { content: [], baseVersion: '3' }))).toEqual([
      { path: '/content', message: 'must be an object' },
      { path: '/baseVersion', message: 'must be an integer' },
    ]);
    expect(validate('publish', { note: '调整A类阈值' })).toEqual({ ok: true });
    expect(errorsOf(validate('publish', { note: '   ' }))).toEqual([
      { path: '/note', message: 'must not be blank' },
    ]);
  });

  it('leadQuery coerces query-string numbers and fills defaults in place', () => {
    const q: Record<string, unknown> = { page: '2', status: '', grade: 'A', q: '苏州' };
    expect(validate('leadQuery', q)).toEqual({ ok: true });
    expect(q).toEqual({ page: 2, pageSize: 20, status: '', grade: 'A', q: '苏州' });
    expect(errorsOf(validate('leadQuery', { pageSize: '500', grade: 'E', sort: 'x' }))).toEqual([
      { path: '/sort', message: 'is not an allowed property' },
      { path: '/pageSize', message: 'must be at most 200' },
      { path: '/grade', message: 'must be one of: , A, B, C, D' },
    ]);
  });

  it('every API key is registered', () => {
    expect(Object.keys(apiSchemas).sort()).toEqual([...API_SCHEMA_KEYS].sort());
    expect(() => validate('nope' as never, {})).toThrow('unknown schema key');
  });
});

describe('custom schemas', () => {
  it('validates against a schema object, compiled once per object', () => {
    const schema = {
      type: 'object',
      properties: { budget: { type: 'number', minimum: 0 } },
      required: ['budget'],
    };
    expect(errorsOf(validate(schema, {}))).toEqual([{ path: '/budget', message: 'is required' }]);
    expect(errorsOf(validate(schema, { budget: -1 }))).toEqual([
      { path: '/budget', message: 'must be at least 0' },
    ]);
    expect(validate(schema, { budget: 5 })).toEqual({ ok: true });
  });

  it('escapes JSON-pointer segments', () => {
    const schema = { type: 'object', properties: {}, additionalProperties: false };
    expect(errorsOf(validate(schema, { 'a/b~c': 1 }))).toEqual([
      { path: '/a~1b~0c', message: 'is not an allowed property' },
    ]);
  });
});
