/**
 * A hand-written "common-sense" grading rule set for the X Education lead columns, written
 * as a sales manager would (before looking at any fitted model), to compare a fitted
 * scorecard against. JSON Logic over the CSV's column names.
 */
export interface PlainRule {
  id: string;
  label: { zh: string; en: string };
  when: unknown;
  points: number;
}

export const COMMON_SENSE_RULES: PlainRule[] = [
  {
    id: 'working_professional',
    label: { zh: '在职专业人士', en: 'Working professional' },
    when: { '==': [{ var: 'What is your current occupation' }, 'Working Professional'] },
    points: 30,
  },
  {
    id: 'filled_lead_form',
    label: { zh: '主动填写留资表单', en: 'Filled in the lead form' },
    when: { '==': [{ var: 'Lead Origin' }, 'Lead Add Form'] },
    points: 25,
  },
  {
    id: 'referred',
    label: { zh: '转介绍或合作网站来源', en: 'Referred or partner website' },
    when: { in: [{ var: 'Lead Source' }, ['Reference', 'Welingak Website']] },
    points: 20,
  },
  {
    id: 'long_visit',
    label: { zh: '网站停留超过10分钟', en: 'Spent over 10 minutes on the website' },
    when: { '>=': [{ var: 'Total Time Spent on Website' }, 600] },
    points: 20,
  },
  {
    id: 'repeat_visitor',
    label: { zh: '访问5次以上', en: 'Visited 5 times or more' },
    when: { '>=': [{ var: 'TotalVisits' }, 5] },
    points: 10,
  },
  {
    id: 'deep_reader',
    label: { zh: '每次浏览3页以上', en: 'Reads 3+ pages per visit' },
    when: { '>=': [{ var: 'Page Views Per Visit' }, 3] },
    points: 5,
  },
  {
    id: 'no_email',
    label: { zh: '拒绝邮件联系', en: 'Asked not to be emailed' },
    when: { '==': [{ var: 'Do Not Email' }, 'Yes'] },
    points: -15,
  },
];

export const COMMON_SENSE_THRESHOLDS = { A: 50, B: 30, C: 15 };
