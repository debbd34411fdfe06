// C2: every shipped industry form template (17 requirement forms, 17 delivery assessments) renders
// through the form runtime in jsdom: every field shown with the knowledge links beside it; a
// completely filled form reaches its pass threshold.
import { cleanup, screen } from '@testing-library/react';
import { FormRenderer, createFormStore } from '../../runtime/forms';
import type { FormTemplate } from '../../schemas';
import { loadDefaultArtifacts } from '../../templates';
import { sampleValues } from '../../templates/samples';
import { renderWithApp } from './harness';

afterEach(cleanup);

// A full form through antd in jsdom takes seconds on a loaded machine: one generous timeout per form.

const forms = loadDefaultArtifacts().flatMap((a) =>
  a.kind === 'form-template' && a.content.industry ? [[a.key, a.content] as const] : [],
);
const fieldEl = (key: string) => document.querySelector(`[data-field="${key}"]`);
const progress = () => screen.getByTestId('form-progress').textContent ?? '';

describe('C2: industry templates render through the form runtime', () => {
  test('C2: all 17 industries ship both forms', () => {
    expect(forms.length).toBe(34);
  });

  test.each(forms)(
    'C2: %s renders every field with its knowledge links',
    (_key, t) => {
      const template = t as FormTemplate;
      renderWithApp(<FormRenderer template={template} store={createFormStore({}, template)} />);
      const text = document.body.textContent ?? '';
      for (const s of template.sections) {
        expect([s.id, text.includes(s.title.zh)]).toEqual([s.id, true]);
        for (const f of s.fields) {
          if (f.visibleWhen) continue; // shown once its condition holds (engine tests cover them)
          expect([f.key, fieldEl(f.key) !== null]).toEqual([f.key, true]);
          for (const link of f.knowledgeLinks ?? []) {
            if (link.label) expect(fieldEl(f.key)!.textContent).toContain(link.label.zh);
          }
        }
      }
      expect(progress()).not.toContain('已达标');
    },
    60_000,
  );

  test('C2: a completely filled requirement form reaches its threshold', () => {
    const [, t] = forms.find(([key]) => key === 'government.requirements')!;
    const template = t as FormTemplate;
    renderWithApp(
      <FormRenderer template={template} store={createFormStore(sampleValues(template), template)} />,
    );
    for (const f of template.sections.flatMap((s) => s.fields)) expect(fieldEl(f.key)).not.toBeNull();
    expect(progress()).toContain('已达标');
  }, 60_000);

  test('C2: labels switch to English', () => {
    const [, t] = forms.find(([key]) => key === 'medical_devices.requirements')!;
    const template = t as FormTemplate;
    renderWithApp(<FormRenderer template={template} store={createFormStore({}, template)} />, {
      language: 'en',
    });
    expect(fieldEl('registrationClass')!.textContent).toContain('Registration class');
    expect(fieldEl('hospitalTiers')!.textContent).toContain('Target hospital tiers');
    expect(fieldEl('interfaceStandards')).toBeNull(); // shown only once HIS/PACS/LIS is ticked
  });
});
