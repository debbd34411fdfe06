import { describeEvent, robotAccepted, robotPayload } from './messages';

describe('L4 group-robot messages', () => {
  const assigned = {
    type: 'lead.assigned',
    leadId: 'l1',
    data: { class: 'A', name: '张伟', company: '苏州精密制造有限公司' },
  };

  test('a new assignment names the class, the customer and the owner', () => {
    const m = describeEvent(assigned, { ownerName: '王磊', baseUrl: 'http://crm.local' })!;
    expect(m.title).toBe('新线索分配');
    expect(m.text).toContain('**A类** 苏州精密制造有限公司 · 张伟');
    expect(m.text).toContain('**王磊**');
    expect(m.text).toContain('(http://crm.local/leads/l1)');
  });

  test('WeCom gets {msgtype: markdown, markdown: {content}}', () => {
    const p = robotPayload('wecom', { title: 't', text: 'x' });
    expect(p).toEqual({ msgtype: 'markdown', markdown: { content: 'x' } });
  });

  test('DingTalk gets {msgtype: markdown, markdown: {title, text}, at}', () => {
    const p = robotPayload('dingtalk', { title: 't', text: 'x' });
    expect(p).toEqual({ msgtype: 'markdown', markdown: { title: 't', text: 'x' }, at: { isAtAll: false } });
  });

  test('escalations name the supervisor and the clock', () => {
    const m = describeEvent(
      { type: 'lead.escalated', data: { kind: 'first_touch', name: '李静' } },
      { ownerName: '赵婷', supervisorName: '李娜' },
    )!;
    expect(m.text).toContain('30分钟首次触达');
    expect(m.text).toContain('**李娜**');
  });

  test('events nobody announces give null', () => {
    expect(describeEvent({ type: 'lead.graded', data: {} }, {})).toBeNull();
  });

  test('only errcode 0 with HTTP 200 counts as delivered', () => {
    expect(robotAccepted(200, { errcode: 0, errmsg: 'ok' })).toBe(true);
    expect(robotAccepted(200, { errcode: 93000, errmsg: 'invalid webhook url' })).toBe(false);
    expect(robotAccepted(500, { errcode: 0 })).toBe(false);
    expect(robotAccepted(200, 'ok')).toBe(false);
  });
});
