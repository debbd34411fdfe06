// Every template file is validated against its schema and by the engine's semantic checks; the folder
// is globbed so a new file cannot escape the check or the seeding.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from '@jest/globals';
import jsonLogic from 'json-logic-js';
import {
  ARTIFACT_KINDS,
  isArtifactKind,
  validateArtifact,
  type FormField,
  type FormTemplate,
} from '../schemas';
import { checkArtifact } from '../engine';
import { loadDefaultArtifacts, findIndustryForm, type DefaultArtifact } from './index';

const root = fileURLToPath(new URL('.', import.meta.url));

/** Artefact files; knowledge/ holds knowledge-base entries, not artefacts (see industry-templates.test.ts). */
function jsonFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory()
      ? e.name === 'knowledge'
        ? []
        : jsonFiles(join(dir, e.name))
      : e.name.endsWith('.json')
        ? [join(dir, e.name)]
        : [],
  );
}

const files = jsonFiles(root).map((path) => ({
  name: path.slice(root.length),
  data: JSON.parse(readFileSync(path, 'utf8')) as {
    kind: string;
    key: string;
    name: unknown;
    content: unknown;
  },
}));
const loaded = loadDefaultArtifacts();
const byKey = (key: string): DefaultArtifact => {
  const a = loaded.find((x) => x.key === key);
  if (!a) throw new Error(`no template ${key}`);
  return a;
};
const fieldsOf = (t: FormTemplate): FormField[] => t.sections.flatMap((s) => s.fields);

describe('templates/', () => {
  it('finds the template files', () => {
    expect(files.length).toBeGreaterThanOrEqual(10);
  });

  it.each(files.map((f) => [f.name, f.data] as const))(
    'S1: %s passes its schema and the engine checks',
    (_name, data) => {
      expect(Object.keys(data).sort()).toEqual(['content', 'key', 'kind', 'name']);
      expect(isArtifactKind(data.kind)).toBe(true);
      if (!isArtifactKind(data.kind)) return;
      expect(validateArtifact(data.kind, data.content)).toEqual({ ok: true });
      expect(checkArtifact(data.kind, data.content)).toEqual([]);
    },
  );

  it('S1: every default artefact passes its schema, one default per kind, file named after its kind', () => {
    for (const kind of ARTIFACT_KINDS) {
      const f = files.find((x) => x.name === join('defaults', `${kind}.json`));
      expect(f?.data.kind).toBe(kind);
    }
    expect(files.filter((f) => f.name.startsWith('defaults')).length).toBe(ARTIFACT_KINDS.length);
  });

  it('every template file is seeded by loadDefaultArtifacts, keys are unique', () => {
    expect(loaded.map((a) => a.key).sort()).toEqual(files.map((f) => f.data.key).sort());
    expect(new Set(loaded.map((a) => a.key)).size).toBe(loaded.length);
  });

  it('form files are named <key>.json', () => {
    for (const f of files.filter((x) => x.name.startsWith('forms'))) {
      expect(f.name).toBe(join('forms', `${f.data.key}.json`));
    }
  });
});

describe('default values from the brief', () => {
  it('L3: the issue-2 lead grades A; thresholds A > B > C', () => {
    const a = byKey('default-grading');
    if (a.kind !== 'grading-rules') throw new Error('kind');
    const lead = {
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
    };
    const hits = a.content.rules.filter((r) =>
      jsonLogic.truthy(jsonLogic.apply(r.when as jsonLogic.RulesLogic, lead)),
    );
    expect(hits.map((r) => r.id)).toEqual(
      expect.arrayContaining(['expo_qr', 'dwell_over_3min', 'whitepaper_download', 'capital_over_5m']),
    );
    const score = hits.reduce((s, r) => s + r.points, 0);
    expect(score).toBeGreaterThanOrEqual(a.content.thresholds.A);
    const { A, B, C } = a.content.thresholds;
    expect(A > B && B > C).toBe(true);
    // Missing data never scores: an empty lead with a source only hits the source rule.
    const bare = { name: 'x', source: { channel: 'cold_call' }, contact: { phone: '13800000000' } };
    expect(
      a.content.rules.filter((r) => jsonLogic.truthy(jsonLogic.apply(r.when as jsonLogic.RulesLogic, bare))),
    ).toEqual([]);
  });

  it('L5/L6/L7: SLA clocks 5-30-120, class-A proposal 2 h, quote 3 days, recycle 7 days', () => {
    const a = byKey('default-sla');
    if (a.kind !== 'sla-policy') throw new Error('kind');
    const within = Object.fromEntries(a.content.clocks.map((c) => [c.id, c.within]));
    expect(within).toEqual({
      assign: 'PT5M',
      first_touch: 'PT30M',
      tags: 'PT120M',
      a_proposal: 'PT2H',
      quote_feedback: 'P3D',
      recycle: 'P7D',
    });
    const aProposal = a.content.clocks.find((c) => c.id === 'a_proposal');
    expect(jsonLogic.apply(aProposal?.when as jsonLogic.RulesLogic, { grade: { class: 'A' } })).toBe(true);
    expect(jsonLogic.apply(aProposal?.when as jsonLogic.RulesLogic, { grade: { class: 'B' } })).toBe(false);
  });

  it('L9: KPI weights 25/20/15/40', () => {
    const a = byKey('default-kpi');
    if (a.kind !== 'kpi-scheme') throw new Error('kind');
    expect(Object.fromEntries(a.content.components.map((c) => [c.id, c.weight]))).toEqual({
      response_timeliness: 25,
      requirement_completeness: 20,
      proposal_pacing: 15,
      results: 40,
    });
  });

  it('L8: board flags customers not followed for 24 h', () => {
    const a = byKey('default-board');
    if (a.kind !== 'board-policy') throw new Error('kind');
    expect(a.content.metrics.staleCustomers.hours).toBe(24);
    expect(a.content.agenda.include).toContain('red');
  });

  it('F1: signal weights sum to 100 with the brief’s UAT 25%, legal draft 20%, procurement visit 15%', () => {
    const a = byKey('default-signals');
    if (a.kind !== 'signal-model') throw new Error('kind');
    const w = Object.fromEntries(a.content.signals.map((s) => [s.id, s.weight]));
    expect(w).toMatchObject({ uat_core_flows: 25, legal_draft_returned: 20, procurement_director_visit: 15 });
    expect(Object.keys(w)).toEqual(
      expect.arrayContaining(['cto_workshop', 'test_env_account', 'nda_legal_review']),
    );
    expect(a.content.signals.reduce((s, x) => s + x.weight, 0)).toBe(100);
    expect(a.content.banding).toMatchObject({ width: 5, lookbackMonths: 6 });
  });

  it('C1/C5: default stages, quote gate needs the three elements, breaker at 15%', () => {
    const a = byKey('default-stages');
    if (a.kind !== 'stage-gates') throw new Error('kind');
    expect(a.content.stages.map((s) => s.id)).toEqual([
      'qualify',
      'solution',
      'quote',
      'contract_approval',
      'won',
      'lost',
    ]);
    const gate = a.content.gates.find((g) => g.to === 'quote');
    expect(gate?.requirements.map((r) => r.type)).toContain('three_elements');
    expect(a.content.circuitBreaker).toMatchObject({ threshold: 0.15, atStage: 'contract_approval' });
  });
});

describe('manufacturing forms', () => {
  const req = findIndustryForm('manufacturing', 'requirements');
  const ass = findIndustryForm('manufacturing', 'delivery_assessment');

  it('C1: requirement forms carry the three elements, the systems table has name/vendor/version/interfaces', () => {
    for (const t of loaded.filter((x) => x.kind === 'form-template')) {
      if (t.kind !== 'form-template' || t.content.purpose !== 'requirements') continue;
      const elements = fieldsOf(t.content)
        .map((f) => f.element)
        .filter(Boolean)
        .sort();
      expect(elements).toEqual(['acceptance_criteria', 'decision_flow', 'existing_systems']);
    }
    const table = fieldsOf(req!.content).find((f) => f.element === 'existing_systems');
    expect(table?.columns?.map((c) => c.key)).toEqual(
      expect.arrayContaining(['name', 'vendor', 'version', 'interfaces']),
    );
  });

  it('C2: the manufacturing form asks about MES/ERP/WMS, shifts, lines and equipment protocols', () => {
    const keys = fieldsOf(req!.content).map((f) => f.key);
    expect(keys).toEqual(
      expect.arrayContaining([
        'erpProduct',
        'mesStatus',
        'wmsStatus',
        'shifts',
        'productionLines',
        'equipmentProtocols',
      ]),
    );
    const protocols = fieldsOf(req!.content).find((f) => f.key === 'equipmentProtocols');
    expect(protocols?.options?.map((o) => o.value)).toEqual(expect.arrayContaining(['opc_ua', 'modbus_tcp']));
    expect(req!.content.painPointKeywords?.length).toBeGreaterThan(10);
  });

  it('C3: needing ERP or MES integration opens a pre-check ticket for a consultant', () => {
    const trigger = req!.content.triggers.find((t) => t.action === 'open_precheck_ticket');
    expect(trigger?.ticket?.assigneeRole).toBe('consultant');
    const fires = (integrations: string[]) =>
      jsonLogic.apply(trigger!.when as jsonLogic.RulesLogic, { integrations });
    expect(fires(['mes'])).toBe(true);
    expect(fires(['wms', 'erp'])).toBe(true);
    expect(fires(['wms'])).toBe(false);
    expect(fires([])).toBe(false);
  });

  it('C5: the assessment pairs with the requirement form and shares the compared keys', () => {
    expect(req!.content.counterpart).toBe('manufacturing.assessment');
    expect(ass!.content.counterpart).toBe('manufacturing.requirements');
    const reqKeys = new Set(
      fieldsOf(req!.content)
        .filter((f) => (f.diffWeight ?? 1) > 0)
        .map((f) => f.key),
    );
    const shared = fieldsOf(ass!.content).filter((f) => reqKeys.has(f.key));
    expect(shared.map((f) => f.key)).toEqual(
      expect.arrayContaining([
        'existingSystems',
        'integrations',
        'equipmentProtocols',
        'acceptanceCriteria',
        'expectedGoLive',
      ]),
    );
    for (const f of shared) {
      expect(fieldsOf(req!.content).find((r) => r.key === f.key)?.type).toBe(f.type);
    }
  });
});
