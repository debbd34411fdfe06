import { ALL_TYPES_TEMPLATE as T, generatedTemplate } from './fixtures';
import { deferredSections } from './deferredMount';
import { createFormStore } from './store';

describe('W3 form store', () => {
  test('W3: set notifies only the changed field (and fields whose conditions changed)', () => {
    const store = createFormStore({}, T);
    const heard: string[] = [];
    for (const f of T.sections.flatMap((s) => s.fields)) store.subscribe(f.key, () => heard.push(f.key));
    store.set('projectName', '华东精密');
    expect(heard).toEqual(['projectName']);
    heard.length = 0;
    store.set('integrations', ['erp']); // integrationNotes becomes required
    expect(heard.sort()).toEqual(['integrationNotes', 'integrations']);
    heard.length = 0;
    store.set('integrations', ['erp']); // same array content but a new value: only itself
    expect(heard).toEqual(['integrations']);
  });

  test('W3: field states keep their identity when nothing changed (cheap re-render checks)', () => {
    const store = createFormStore({ employees: 10 }, T);
    const before = store.field('employees');
    store.set('projectName', 'A');
    expect(store.field('employees')).toBe(before);
  });

  test('W3: summary tracks completeness, missing required and blocking errors', () => {
    const store = createFormStore({}, T);
    const s0 = store.summary();
    expect(s0.missingRequired).toBe(5);
    expect(s0.blockingCount).toBe(0);
    store.set('projectName', 'x'.repeat(51));
    expect(store.summary().blockingCount).toBe(1);
    store.set('projectName', '合规');
    expect(store.summary().blockingCount).toBe(0);
    expect(store.summary().completeness).toBeGreaterThan(s0.completeness);
    expect(store.summary().version).toBe(2);
  });

  test('W3: reset, touch and server errors', () => {
    const store = createFormStore({}, T);
    store.set('projectName', 'A');
    expect(store.field('projectName').touched).toBe(true);
    store.reset({ projectName: 'B' });
    expect(store.field('projectName')).toMatchObject({ value: 'B', touched: false });
    store.setServerErrors([{ path: '/data/budget', message: 'too high' }]);
    expect(store.field('budget').serverErrors.map((e) => e.message)).toEqual(['too high']);
    store.set('budget', 1);
    expect(store.field('budget').serverErrors).toEqual([]);
  });

  test('W3: large forms defer sections after the first ~16 fields; small forms never', () => {
    expect(deferredSections([8, 7])).toEqual([false, false]);
    const big = generatedTemplate(300).sections.map((s) => s.fields.length);
    const d = deferredSections(big);
    expect(d[0]).toBe(false);
    expect(d.slice(1).every(Boolean)).toBe(true);
  });

  test('W3: a keystroke on a 300-field form costs well under a millisecond in the store', () => {
    const store = createFormStore({}, generatedTemplate(300));
    const t0 = performance.now();
    for (let i = 0; i < 200; i++) store.set('f0', `abc${i}`);
    expect((performance.now() - t0) / 200).toBeLessThan(2);
  });
});
