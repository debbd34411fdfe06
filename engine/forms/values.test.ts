import {
  addPerson,
  approvalLevels,
  connect,
  disconnect,
  emptyFlow,
  fileAccepted,
  formatMoney,
  isFilled,
  moveItem,
  removePerson,
  wanToYuan,
  yuanToWan,
} from './index';

describe('W3: value helpers', () => {
  test('W3: isFilled per type', () => {
    expect(isFilled({ type: 'text' }, ' ')).toBe(false);
    expect(isFilled({ type: 'number' }, 0)).toBe(true);
    expect(isFilled({ type: 'boolean' }, false)).toBe(true);
    expect(isFilled({ type: 'multiselect' }, [])).toBe(false);
    expect(isFilled({ type: 'table' }, [{ name: '' }])).toBe(false);
    expect(isFilled({ type: 'table' }, [{ name: 'U8' }])).toBe(true);
    expect(isFilled({ type: 'decision_flow' }, { nodes: [], edges: [] })).toBe(false);
    expect(isFilled({ type: 'acceptance_criteria' }, [{ criterion: '' }])).toBe(false);
    expect(isFilled({ type: 'person' }, { name: '陈建国' })).toBe(true);
    expect(isFilled({ type: 'file' }, [{ id: '1', name: 'a.pdf' }])).toBe(true);
  });
  test('W3: money is stored in yuan and shown in 万元', () => {
    expect(wanToYuan(35)).toBe(350000);
    expect(yuanToWan(350000)).toBe(35);
    expect(formatMoney(350000, '10k_CNY')).toBe('35万元');
    expect(formatMoney(350000)).toBe('¥350,000');
  });
  test('C1: decision flow editing: add, connect (no loops), remove, approval order', () => {
    let f = addPerson(emptyFlow(), { name: '王磊', role: 'technical_evaluator' });
    f = addPerson(f, { name: '刘洋', role: 'procurement' });
    f = addPerson(f, { name: '陈建国', role: 'decision_maker', influence: 'high' });
    expect(f.nodes.map((n) => n.id)).toEqual(['p1', 'p2', 'p3']);
    f = connect(f, 'p1', 'p3');
    f = connect(f, 'p2', 'p3');
    expect(connect(f, 'p3', 'p1')).toBe(f); // would loop
    expect(connect(f, 'p1', 'p3')).toBe(f); // duplicate
    expect(approvalLevels(f)).toEqual([['p1', 'p2'], ['p3']]);
    expect(disconnect(f, 'p2', 'p3').edges).toEqual([{ from: 'p1', to: 'p3' }]);
    const r = removePerson(f, 'p3');
    expect(r.edges).toEqual([]);
    expect(addPerson(r, { name: '新人', role: 'user' }).nodes.at(-1)!.id).toBe('p3');
  });
  test('C1: list reorder', () => {
    expect(moveItem(['a', 'b', 'c'], 0, 2)).toEqual(['b', 'c', 'a']);
    expect(moveItem(['a', 'b'], 0, 5)).toEqual(['a', 'b']);
  });
  test('W3: accepted file types by extension and MIME pattern', () => {
    expect(fileAccepted({ name: 'A.PDF' }, ['.pdf'])).toBe(true);
    expect(fileAccepted({ name: 'x.png', contentType: 'image/png' }, ['image/*'])).toBe(true);
    expect(fileAccepted({ name: 'x.exe' }, ['.pdf', 'image/*'])).toBe(false);
  });
});
