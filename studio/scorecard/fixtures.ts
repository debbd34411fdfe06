// A suggestion as measured on the X Education leads (training 6,436 / held out 2,804), for stories.
import type { ScorecardSuggestion } from './types';

const classes = (a: [number, number], b: [number, number], c: [number, number], d: [number, number]) => ({
  A: { n: a[0], conversion: a[1] },
  B: { n: b[0], conversion: b[1] },
  C: { n: c[0], conversion: c[1] },
  D: { n: d[0], conversion: d[1] },
});

export const demoSuggestion: ScorecardSuggestion = {
  rows: { total: 9240, training: 6436, holdout: 2804, holdoutRule: 'Lead Number mod 10 ∈ {0,1,2}' },
  columns: {
    used: ['Lead Origin', 'Lead Source', 'Total Time Spent on Website'],
    skipped: ['Prospect ID', 'Lead Number'],
    excluded: ['Tags', 'Lead Quality'],
  },
  content: {
    entity: 'lead',
    thresholds: { A: 44, B: 23, C: -1 },
    rules: [
      {
        id: 'fit_01',
        label: { zh: '停留时长 ≥ 740', en: 'Dwell time ≥ 740' },
        category: 'behaviour',
        when: { '>=': [{ var: 'behaviour.dwellSeconds' }, 740] },
        points: 21,
        columns: ['Total Time Spent on Website'],
      },
      {
        id: 'fit_02',
        label: { zh: '职务 为 Working Professional', en: 'Job title = Working Professional' },
        category: 'firmographic',
        when: { '==': [{ var: 'contact.title' }, 'Working Professional'] },
        points: 34,
        columns: ['What is your current occupation'],
      },
      {
        id: 'fit_03',
        label: {
          zh: '来源活动 为 Olark Chat 且 城市 为 Select',
          en: 'Campaign = Olark Chat and City = Select',
        },
        category: 'source',
        when: {
          and: [
            { '==': [{ var: 'source.campaign' }, 'Olark Chat'] },
            { '==': [{ var: 'company.city' }, 'Select'] },
          ],
        },
        points: -24,
        columns: ['Lead Source', 'City'],
      },
    ],
  },
  training: { auc: 0.9008, unroundedAuc: 0.9008 },
  evaluation: {
    n: 2804,
    auc: 0.8958,
    unroundedAuc: 0.8959,
    classes: classes([718, 0.8426], [584, 0.5411], [891, 0.1549], [611, 0.0196]),
  },
  baseline: {
    n: 2804,
    auc: 0.8174,
    unroundedAuc: null,
    rules: 7,
    classes: classes([192, 0.974], [451, 0.7716], [712, 0.4199], [1449, 0.1636]),
  },
  draftIssues: [],
};

export const unmappedSuggestion: ScorecardSuggestion = {
  ...demoSuggestion,
  baseline: null,
  draftIssues: [{ path: '/mapping', message: 'map the columns to lead fields to open the rules as a draft' }],
};
