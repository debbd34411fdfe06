import { describe, expect, it } from '@jest/globals';
import { apiSchemas, fieldCatalogue, fieldsOf, INDUSTRY_IDS, LEAD_CHANNELS, validate } from './index';

describe('field catalogue', () => {
  it('matches its schema', () => {
    expect(validate('field-catalogue', fieldCatalogue)).toEqual({ ok: true });
  });

  it('L3: has the lead fields rules need, with the contract types', () => {
    const types = Object.fromEntries(fieldsOf('lead').map((f) => [f.path, f.type]));
    expect(types).toMatchObject({
      name: 'string',
      'company.name': 'string',
      'company.registeredCapital': 'money',
      'company.industry': 'enum',
      'company.province': 'string',
      'company.city': 'string',
      'company.employees': 'number',
      'contact.name': 'string',
      'contact.title': 'string',
      'contact.phone': 'string',
      'contact.email': 'string',
      'contact.wecomId': 'string',
      'source.channel': 'enum',
      'source.campaign': 'string',
      'behaviour.dwellSeconds': 'duration',
      'behaviour.pageViews': 'number',
      'behaviour.downloadedWhitepaper': 'boolean',
      'behaviour.requestedDemo': 'boolean',
      'behaviour.visitedPricing': 'boolean',
      tags: 'tags',
      createdAt: 'date',
      'grade.class': 'enum',
    });
    expect(fieldsOf('lead').find((f) => f.path === 'company.registeredCapital')?.unit).toBe('CNY');
    expect(fieldsOf('lead').find((f) => f.path === 'behaviour.dwellSeconds')?.unit).toBe('seconds');
    expect(
      fieldsOf('lead')
        .find((f) => f.path === 'source.channel')
        ?.options?.map((o) => o.value),
    ).toEqual([...LEAD_CHANNELS]);
  });

  it('paths are unique per entity, enums have options, the 17 industries are offered', () => {
    for (const entity of ['lead', 'customer', 'touch', 'opportunity'] as const) {
      const fields = fieldsOf(entity);
      expect(new Set(fields.map((f) => f.path)).size).toBe(fields.length);
      for (const f of fields) if (f.type === 'enum') expect(f.options?.length).toBeGreaterThan(0);
    }
    expect(
      fieldsOf('customer')
        .find((f) => f.path === 'industry')
        ?.options?.map((o) => o.value),
    ).toEqual([...INDUSTRY_IDS]);
  });

  it('every lead field that a lead body carries is accepted by leadCreate (no dead catalogue fields)', () => {
    const serverSet = new Set(['status', 'grade.class', 'grade.score', 'ownerId', 'createdAt']);
    for (const f of fieldsOf('lead').filter((x) => !serverSet.has(x.path) && x.path.includes('.'))) {
      const [group, key] = f.path.split('.') as [string, string];
      const groups = apiSchemas.leadCreate.properties as Record<string, { properties: object }>;
      expect(Object.keys(groups[group]!.properties)).toContain(key);
    }
  });
});
