// C2/C3: the 17 industry requirement templates, their delivery pre-assessments and the product
// knowledge base they link to. Every industry of the IndustryId enum must ship both forms with the
// three requirement elements, domain fields, pain-point keywords and working triggers; every
// knowledge link must resolve to a shipped entry.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from '@jest/globals';
import jsonLogic from 'json-logic-js';
import type { FormField, FormTemplate, KnowledgeLink } from '../schemas';
import { checkArtifact } from '../engine';
import { evaluateForm } from '../engine/forms';
import { compareRequirements } from '../engine/requirements';
import { findIndustryForm, loadDefaultArtifacts, loadKnowledgeEntries, KNOWLEDGE_KINDS } from './index';
import { sampleValues } from './samples';

const common = JSON.parse(
  readFileSync(new URL('../schemas/common.schema.json', import.meta.url), 'utf8'),
) as {
  definitions: { IndustryId: { enum: string[] } };
};
const INDUSTRIES = common.definitions.IndustryId.enum;

type Form = { key: string; content: FormTemplate };
const forms: Form[] = loadDefaultArtifacts().flatMap((a) =>
  a.kind === 'form-template' ? [{ key: a.key, content: a.content }] : [],
);
const fieldsOf = (t: FormTemplate): FormField[] => t.sections.flatMap((s) => s.fields);
const field = (t: FormTemplate, key: string): FormField => {
  const f = fieldsOf(t).find((x) => x.key === key);
  if (!f) throw new Error(`no field ${key}`);
  return f;
};
const values = (f: FormField): string[] => (f.options ?? []).map((o) => o.value);
const pair = (industry: string): { req: FormTemplate; ass: FormTemplate } => {
  const req = findIndustryForm(industry, 'requirements');
  const ass = findIndustryForm(industry, 'delivery_assessment');
  if (!req || !ass) throw new Error(`${industry}: missing form`);
  return { req: req.content, ass: ass.content };
};
const fires = (rule: unknown, data: object): boolean =>
  jsonLogic.truthy(jsonLogic.apply(rule as jsonLogic.RulesLogic, data));

/** Every knowledge link in a template: fields, options, table-column options, trigger tickets. */
function linksOf(t: FormTemplate): KnowledgeLink[] {
  const fromOptions = (opts: FormField['options']) => (opts ?? []).flatMap((o) => o.knowledgeLinks ?? []);
  return [
    ...fieldsOf(t).flatMap((f) => [
      ...(f.knowledgeLinks ?? []),
      ...fromOptions(f.options),
      ...(f.columns ?? []).flatMap((c) => fromOptions(c.options)),
    ]),
    ...t.triggers.flatMap((tr) => tr.ticket?.knowledgeLinks ?? []),
  ];
}

const entries = loadKnowledgeEntries();
const entryIds = new Set(entries.map((e) => e.id));

describe('C2: industry requirement templates', () => {
  it('C2: the IndustryId enum lists the 17 industries', () => {
    expect(INDUSTRIES).toHaveLength(17);
  });

  it.each(INDUSTRIES)(
    'C2: %s ships a requirement form and a delivery assessment that pair up',
    (industry) => {
      const { req, ass } = pair(industry);
      expect(req.industry).toBe(industry);
      expect(ass.industry).toBe(industry);
      expect(req.purpose).toBe('requirements');
      expect(ass.purpose).toBe('delivery_assessment');
      expect(req.counterpart).toBe(`${industry}.assessment`);
      expect(ass.counterpart).toBe(`${industry}.requirements`);
      expect(checkArtifact('form-template', req)).toEqual([]);
      expect(checkArtifact('form-template', ass)).toEqual([]);
    },
  );

  it.each(INDUSTRIES)(
    'C2: %s requirement form has the three elements and 20–40 fields in 4–7 sections',
    (industry) => {
      const { req } = pair(industry);
      const fields = fieldsOf(req);
      expect(
        fields
          .map((f) => f.element)
          .filter(Boolean)
          .sort(),
      ).toEqual(['acceptance_criteria', 'decision_flow', 'existing_systems']);
      expect(fields.length).toBeGreaterThanOrEqual(20);
      expect(fields.length).toBeLessThanOrEqual(40);
      expect(req.sections.length).toBeGreaterThanOrEqual(4);
      expect(req.sections.length).toBeLessThanOrEqual(7);
      const table = fields.find((f) => f.element === 'existing_systems');
      expect(table?.type).toBe('table');
      expect(table?.required).toBe(true);
      expect(table?.columns?.map((c) => c.key)).toEqual(
        expect.arrayContaining(['name', 'vendor', 'version', 'interfaces']),
      );
      expect(fields.find((f) => f.element === 'decision_flow')?.type).toBe('decision_flow');
      expect(fields.find((f) => f.element === 'acceptance_criteria')?.type).toBe('acceptance_criteria');
      // Every element counts towards completeness and the form has a pass threshold.
      for (const f of fields.filter((x) => x.element)) expect(f.required).toBe(true);
      expect(req.completeness?.passThreshold).toBeGreaterThanOrEqual(60);
    },
  );

  it.each(INDUSTRIES)('C2: %s has bilingual labels, help and options with distinct values', (industry) => {
    const { req, ass } = pair(industry);
    for (const t of [req, ass]) {
      for (const s of t.sections) expect(s.title.zh && s.title.en).toBeTruthy();
      for (const f of fieldsOf(t)) {
        expect(f.label.zh.length * f.label.en.length).toBeGreaterThan(0);
        // zh labels are Chinese (or an acronym such as SKU/ARR), not English copies.
        expect(f.label.zh).not.toBe(f.label.en.length > 12 ? f.label.en : '\u0000');
        const vals = values(f);
        expect(new Set(vals).size).toBe(vals.length);
        for (const o of f.options ?? []) expect(o.label.zh.length * o.label.en.length).toBeGreaterThan(0);
      }
    }
    expect(fieldsOf(req).filter((f) => f.help).length).toBeGreaterThanOrEqual(4);
  });

  it.each(INDUSTRIES)('C2: %s has at least 15 Chinese pain-point keywords for call notes', (industry) => {
    const { req } = pair(industry);
    const words = req.painPointKeywords ?? [];
    expect(words.length).toBeGreaterThanOrEqual(15);
    expect(new Set(words).size).toBe(words.length);
    expect(words.filter((w) => /[\u4e00-\u9fff]/.test(w)).length).toBeGreaterThanOrEqual(15);
    expect(field(req, 'painPoints').painPointKeywords?.length).toBeGreaterThan(0);
  });

  it.each(INDUSTRIES)(
    'C2/C5: %s assessment compares the same keys with the same types and options',
    (industry) => {
      const { req, ass } = pair(industry);
      const reqByKey = new Map(fieldsOf(req).map((f) => [f.key, f]));
      const shared = fieldsOf(ass).filter((f) => reqByKey.has(f.key));
      expect(shared.map((f) => f.key)).toEqual(
        expect.arrayContaining([
          'existingSystems',
          'integrations',
          'acceptanceCriteria',
          'expectedGoLive',
          'scope',
        ]),
      );
      expect(shared.length).toBeGreaterThanOrEqual(10);
      for (const f of shared) {
        const r = reqByKey.get(f.key)!;
        expect([f.key, f.type]).toEqual([f.key, r.type]);
        expect([f.key, values(f)]).toEqual([f.key, values(r)]);
        expect([f.key, f.diffWeight ?? 1]).toEqual([f.key, r.diffWeight ?? 1]);
      }
      const elements = fieldsOf(ass).map((f) => f.element);
      expect(elements).toEqual(expect.arrayContaining(['existing_systems', 'acceptance_criteria']));
      // Weighted: the integrations and the systems list weigh more than a plain field.
      expect(field(ass, 'integrations').diffWeight).toBeGreaterThan(1);
      expect(field(ass, 'existingSystems').diffTolerance?.jaccard).toBeDefined();
      expect(values(field(ass, 'feasibility'))).toEqual(['feasible', 'conditional', 'not_feasible']);
    },
  );

  it.each(INDUSTRIES)(
    'C5: %s pair compares at 0%% when both agree and freezes when delivery disagrees',
    (industry) => {
      const { req, ass } = pair(industry);
      const sales = sampleValues(req);
      const delivery = sampleValues(ass);
      expect(compareRequirements(req, ass, sales, delivery).rate).toBe(0);
      // Go-live a week apart is within the date tolerance.
      const week = compareRequirements(req, ass, sales, { ...delivery, expectedGoLive: '2027-03-08' });
      expect(week.rate).toBe(0);
      // The brief's story: delivery sees other systems, integrations and acceptance criteria.
      const other = values(field(req, 'integrations')).filter(
        (v) => v !== 'none' && v !== (sales.integrations as string[])[0],
      );
      const disagree = compareRequirements(req, ass, sales, {
        ...delivery,
        integrations: [other[0]],
        existingSystems: [{ name: '金蝶云星空', vendor: '金蝶', version: '8.1', interfaces: 'WebAPI' }],
        acceptanceCriteria: [{ criterion: '上线三个月内库存准确率达到99.5%' }],
      });
      expect(disagree.rate).toBeGreaterThan(0.15);
      expect(disagree.fields.filter((f) => !f.equal).map((f) => f.field)).toEqual(
        expect.arrayContaining(['integrations', 'existingSystems', 'acceptanceCriteria']),
      );
    },
  );

  it.each(INDUSTRIES)('C2/C3: %s opens a consultant pre-check for its risky integrations', (industry) => {
    const { req } = pair(industry);
    const prechecks = req.triggers.filter((t) => t.action === 'open_precheck_ticket');
    expect(prechecks.length).toBeGreaterThanOrEqual(1);
    for (const t of prechecks) {
      expect(t.ticket?.assigneeRole).toBe('consultant');
      expect(t.ticket?.within).toMatch(/^P/);
    }
    // An untouched form fires nothing; "no integration" fires no integration pre-check.
    for (const t of req.triggers) expect([t.id, fires(t.when, {})]).toEqual([t.id, false]);
    const integrationValues = values(field(req, 'integrations')).filter((v) => v !== 'none');
    const onIntegrations = prechecks.filter((t) => JSON.stringify(t.when).includes('"integrations"'));
    expect(onIntegrations.length).toBeGreaterThanOrEqual(1);
    for (const t of onIntegrations) {
      expect(fires(t.when, { integrations: ['none'] })).toBe(false);
      expect(fires(t.when, { integrations: integrationValues })).toBe(true);
    }
    // Whatever opens a pre-check also makes the integration notes mandatory.
    const notes = field(req, 'integrationNotes');
    for (const t of onIntegrations) {
      const hit = integrationValues.find((v) => fires(t.when, { integrations: [v] }));
      expect(hit).toBeDefined();
      expect(fires(notes.requiredWhen, { integrations: [hit] })).toBe(true);
    }
  });

  it.each(forms.map((f) => [f.key, f.content] as const))(
    'C1/C2: %s can be filled completely, and an empty one misses its elements',
    (_key, t) => {
      const data = sampleValues(t);
      const full = evaluateForm(t, data);
      expect(full.errors).toEqual([]);
      expect(full.complete).toBe(true);
      const empty = evaluateForm(t, {});
      expect(empty.complete).toBe(false);
      expect(empty.firedTriggers).toEqual([]);
      for (const f of fieldsOf(t).filter((x) => x.element)) {
        expect(full.elements[f.element!].filled).toBe(true);
        expect(empty.elements[f.element!].missing).toContain(f.key);
      }
    },
  );

  it('C2/C3: the generic triggers: 信创 mandatory opens a pre-check, 等保三级 tags the requirement', () => {
    for (const industry of INDUSTRIES.filter((i) => i !== 'manufacturing')) {
      const { req } = pair(industry);
      const xc = req.triggers.find((t) => t.id === 'xinchuang_precheck');
      expect(fires(xc?.when, { xinchuang: 'mandatory' })).toBe(true);
      expect(fires(xc?.when, { xinchuang: 'preferred' })).toBe(false);
      const tag = req.triggers.find((t) => t.id === 'dengbao_tag');
      expect(fires(tag?.when, { dengbaoLevel: 'level3' })).toBe(true);
      expect(fires(tag?.when, { dengbaoLevel: 'level2' })).toBe(false);
      expect(tag?.tags).toEqual(['等保三级及以上']);
    }
  });
});

describe('C2: domain fields a domain expert would ask', () => {
  it('C2: medical devices — registration class I/II/III, hospital tier 三甲, HIS/PACS/LIS pre-check', () => {
    const { req } = pair('medical_devices');
    expect(values(field(req, 'registrationClass'))).toEqual(['class_i', 'class_ii', 'class_iii']);
    expect(field(req, 'hospitalTiers').options?.find((o) => o.value === 'tertiary_a')?.label.zh).toBe(
      '三级甲等',
    );
    expect(values(field(req, 'integrations'))).toEqual(expect.arrayContaining(['his', 'pacs', 'lis']));
    const t = req.triggers.find((x) => x.id === 'hospital_systems_precheck');
    expect(fires(t?.when, { integrations: ['pacs'] })).toBe(true);
    expect(fires(t?.when, { integrations: ['crm'] })).toBe(false);
    const standards = field(req, 'interfaceStandards');
    expect(fires(standards.visibleWhen, { integrations: ['lis'] })).toBe(true);
    expect(fires(standards.visibleWhen, { integrations: ['crm'] })).toBe(false);
    expect(values(standards)).toEqual(expect.arrayContaining(['hl7_v2', 'fhir', 'dicom']));
  });

  it('C2: education — students, teachers, academic calendar and term start', () => {
    const { req } = pair('education');
    expect(fieldsOf(req).map((f) => f.key)).toEqual(
      expect.arrayContaining(['students', 'teachers', 'academicCalendar', 'nextTermStart', 'campuses']),
    );
    expect(field(req, 'students').unit).toBe('people');
    const minors = field(req, 'minorsData');
    expect(fires(minors.visibleWhen, { institutionType: 'k12_public' })).toBe(true);
    expect(fires(minors.visibleWhen, { institutionType: 'higher' })).toBe(false);
  });

  it('C2: retail chain — store count, POS vendor, members, offline stores', () => {
    const { req } = pair('retail_chain');
    expect(field(req, 'storeCount').required).toBe(true);
    expect(values(field(req, 'posVendor'))).toEqual(expect.arrayContaining(['keymay', 'sixun']));
    expect(fieldsOf(req).map((f) => f.key)).toEqual(expect.arrayContaining(['members', 'offlineRequired']));
  });

  it('C2: finance — 等保, 信创 and procurement are mandatory; core banking opens a pre-check', () => {
    const { req } = pair('finance');
    for (const k of ['dengbaoLevel', 'xinchuang', 'procurementMethod'])
      expect(field(req, k).required).toBe(true);
    const t = req.triggers.find((x) => x.id === 'core_esb_precheck');
    expect(fires(t?.when, { integrations: ['esb'] })).toBe(true);
  });

  it('C2: government — fiscal year, procurement method (公开招标…), 信创, 等保 and 密评', () => {
    const { req } = pair('government');
    expect(field(req, 'fiscalYear').validation).toMatchObject({ min: 2020, max: 2040 });
    const method = field(req, 'procurementMethod');
    expect(method.required).toBe(true);
    expect(method.options?.find((o) => o.value === 'public_tender')?.label.zh).toBe('公开招标');
    expect(field(req, 'xinchuang').required).toBe(true);
    expect(field(req, 'dengbaoLevel').required).toBe(true);
    const tag = req.triggers.find((x) => x.id === 'crypto_tag');
    expect(fires(tag?.when, { cryptoAssessment: true })).toBe(true);
  });

  it('C2: energy — touching control zones I/II opens a pre-check', () => {
    const { req } = pair('energy');
    const t = req.triggers.find((x) => x.id === 'control_zone_precheck');
    expect(fires(t?.when, { controlZone: true })).toBe(true);
    expect(fires(t?.when, { controlZone: false })).toBe(false);
    expect(values(field(req, 'deviceProtocols'))).toEqual(expect.arrayContaining(['iec104', 'iec61850']));
  });

  it('C2: auto parts — EDI standards, traceability, ERP/MES/EDI pre-check', () => {
    const { req } = pair('auto_parts');
    expect(values(field(req, 'ediStandards'))).toEqual(expect.arrayContaining(['vda', 'odette']));
    const t = req.triggers.find((x) => x.id === 'edi_erp_mes_precheck');
    expect(fires(t?.when, { integrations: ['mes'] })).toBe(true);
    expect(fires(t?.when, { integrations: ['qms'] })).toBe(false);
  });
});

describe('C3: product knowledge base', () => {
  it('C3: about twenty entries with unique ids, a known kind and bilingual markdown', () => {
    expect(entries.length).toBeGreaterThanOrEqual(20);
    expect(entryIds.size).toBe(entries.length);
    for (const e of entries) {
      expect(e.id).toMatch(/^kb\.[a-z0-9-]+$/);
      expect(KNOWLEDGE_KINDS).toContain(e.kind);
      expect(e.title.zh && e.title.en).toBeTruthy();
      expect(e.body.zh.length).toBeGreaterThan(80);
      expect(e.body.en.length).toBeGreaterThan(80);
      expect(e.tags.length).toBeGreaterThan(0);
    }
    for (const kind of KNOWLEDGE_KINDS) expect(entries.some((e) => e.kind === kind)).toBe(true);
  });

  it('C3: the compatibility matrix covers SAP, 用友 U8/NC, 金蝶 K3/云星空, 鼎捷, 浪潮 and 信创', () => {
    const erp = entries.find((e) => e.id === 'kb.erp-connectors');
    for (const word of ['SAP', 'U8', 'NC', 'K/3', '云星空', '鼎捷', '浪潮'])
      expect(erp?.body.zh).toContain(word);
    const xc = entries.find((e) => e.id === 'kb.xinchuang');
    for (const word of ['麒麟', '统信', '达梦', '人大金仓', '鲲鹏']) expect(xc?.body.zh).toContain(word);
    expect(entries.map((e) => e.id)).toEqual(
      expect.arrayContaining(['kb.sso-ldap', 'kb.data-residency', 'kb.platform-limits', 'kb.mes-api']),
    );
  });

  it.each(forms.map((f) => [f.key, f.content] as const))(
    'C3: every knowledge link of %s resolves',
    (_key, t) => {
      for (const link of linksOf(t)) expect([link.key, entryIds.has(link.key)]).toEqual([link.key, true]);
    },
  );

  it('C3: the industry forms label every knowledge link (the text shown beside the field)', () => {
    for (const f of forms.filter((x) => x.content.industry && x.content.industry !== 'manufacturing')) {
      for (const link of linksOf(f.content)) {
        expect([f.key, link.key, Boolean(link.label?.zh && link.label.en)]).toEqual([f.key, link.key, true]);
      }
    }
  });

  it('C3: every entry is linked from at least one template', () => {
    const linked = new Set(forms.flatMap((f) => linksOf(f.content).map((l) => l.key)));
    expect(entries.filter((e) => !linked.has(e.id)).map((e) => e.id)).toEqual([]);
  });

  it('C3: loadKnowledgeEntries returns fresh copies', () => {
    const a = loadKnowledgeEntries();
    a[0]!.title.zh = 'changed';
    expect(loadKnowledgeEntries()[0]!.title.zh).not.toBe('changed');
  });
});
