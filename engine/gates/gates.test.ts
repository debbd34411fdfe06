import type { FormTemplate, StageGates } from '../../schemas';
import stageGatesFile from '../../templates/defaults/stage-gates.json' with { type: 'json' };
import requirementsFile from '../../templates/forms/manufacturing.requirements.json' with { type: 'json' };
import { checkTransition, nextStageChecklists, stagePath, type GateFacts } from './check';
import { elementStatus } from './elements';
import { alignmentState, tracksView } from './tracks';

const gates = stageGatesFile.content as unknown as StageGates;
const form = requirementsFile.content as unknown as FormTemplate;
const NOW = new Date('2026-11-27T02:00:00Z');

const filled = {
  existingSystems: [{ name: 'SAP ERP', category: 'erp' }],
  decisionFlow: {
    nodes: [
      { id: 'a', name: '刘总', role: 'decision_maker' },
      { id: 'b', name: '陈工', role: 'technical_evaluator' },
    ],
    edges: [{ from: 'b', to: 'a' }],
  },
  acceptanceCriteria: [{ criterion: '报工及时率≥95%' }],
};

const facts = (over: Partial<GateFacts> = {}, data: Record<string, unknown> = filled): GateFacts => ({
  requirements: { present: true, completeness: 80, elements: elementStatus(form, data) },
  assessment: { present: false, completeness: null },
  tickets: [],
  tracks: { sales: {}, delivery: {} },
  opportunity: { stage: 'solution' },
  ...over,
});

describe('C1: the three requirement elements', () => {
  it('C1: each element is judged by its field and the template rules', () => {
    const s = elementStatus(form, {
      ...filled,
      decisionFlow: { nodes: [filled.decisionFlow.nodes[0]], edges: [] },
    });
    expect(s.map((e) => [e.element, e.field, e.filled])).toEqual([
      ['existing_systems', 'existingSystems', true],
      ['decision_flow', 'decisionFlow', false],
      ['acceptance_criteria', 'acceptanceCriteria', true],
    ]);
    expect(s[1]!.problems).toEqual([{ code: 'too_few', min: 2, actual: 1 }]);
  });
  it('C1: a table row without its required name column does not count', () => {
    const s = elementStatus(form, { ...filled, existingSystems: [{ category: 'erp' }] });
    expect(s[0]!.problems).toEqual([{ code: 'incomplete_rows', rows: [0] }]);
  });
  it('C1: a template without an element field can never satisfy it', () => {
    const s = elementStatus({ ...form, sections: [] }, filled);
    expect(s.every((e) => !e.filled && e.problems[0]!.code === 'no_field')).toBe(true);
  });
});

describe('C1: stage gates', () => {
  it('C1: the quote gate passes with the three elements and no open tickets', () => {
    expect(checkTransition(gates, 'solution', 'quote', facts(), NOW).every((r) => r.passed)).toBe(true);
  });
  it('C1: the quote gate lists the missing element and the unanswered ticket', () => {
    const [r] = checkTransition(
      gates,
      'solution',
      'quote',
      facts(
        { tickets: [{ id: 't1', title: { zh: '预检', en: 'Pre-check' }, verdict: null }] },
        { ...filled, acceptanceCriteria: [] },
      ),
      NOW,
    );
    expect(r!.gate).toBe('quote_gate');
    expect(r!.missing.map((m) => `${m.kind}:${m.id}`)).toEqual(['element:acceptance_criteria', 'ticket:t1']);
  });
  it('C1: skipping a stage does not skip its gate (quote → won passes contract approval)', () => {
    expect(stagePath(gates, 'quote', 'won')).toEqual(['contract_approval', 'won']);
    expect(stagePath(gates, 'quote', 'lost')).toEqual(['lost']);
    expect(stagePath(gates, 'quote', 'qualify')).toEqual(['qualify']);
    const results = checkTransition(gates, 'quote', 'won', facts(), NOW);
    expect(results.map((r) => [r.gate, r.to, r.passed])).toEqual([
      ['contract_gate', 'contract_approval', false],
      ['alignment', 'contract_approval', true],
      ['won_gate', 'won', false],
    ]);
    expect(results[2]!.missing).toEqual([
      expect.objectContaining({ kind: 'milestone', id: 'contract_signed', track: 'sales' }),
    ]);
    expect(checkTransition(gates, 'qualify', 'solution', facts(), NOW)).toEqual([]);
  });
  it('C1: next-stage checklists cover the open stages after the current one', () => {
    const lists = nextStageChecklists(gates, 'quote', facts(), NOW);
    expect(lists.map((l) => l.stage)).toEqual(['contract_approval', 'won']);
    expect(lists[0]!.passed).toBe(false);
  });
});

describe('C4: alignment pairs', () => {
  const pair = gates.alignment[0]!; // legal review after the interface agreement (delivery_first)
  const at = (iso: string) => ({ at: iso, by: null });
  it('C4: delivery_first', () => {
    expect(alignmentState(pair, { sales: {}, delivery: {} }, NOW)).toBe('pending');
    expect(alignmentState(pair, { sales: { legal_review: at('2026-11-02') }, delivery: {} }, NOW)).toBe(
      'misaligned',
    );
    expect(
      alignmentState(
        pair,
        {
          sales: { legal_review: at('2026-11-02') },
          delivery: { interface_agreement_signed: at('2026-11-01') },
        },
        NOW,
      ),
    ).toBe('aligned');
  });
  it('C4: together within maxGap (14 days), flagged on both tracks', () => {
    const p = { sales: { contract_signed: at('2026-11-01T00:00:00Z') }, delivery: {} };
    const v = tracksView(gates, p, NOW);
    expect(v.alignment[1]!.state).toBe('misaligned'); // 26 days without a kickoff plan
    expect(v.sales.find((m) => m.id === 'contract_signed')!.misaligned).toBe(true);
    expect(v.delivery.find((m) => m.id === 'kickoff_planned')!.misaligned).toBe(true);
    const ok = tracksView(gates, { ...p, delivery: { kickoff_planned: at('2026-11-10T00:00:00Z') } }, NOW);
    expect(ok.alignment[1]!.state).toBe('aligned');
  });
});
