// The benchmark page: renders a generated 300-field template with our FormRenderer ("ours") or the
// equivalent JSON Schema with @rjsf/core ("rjsf"), and measures render and keystroke → repaint work.
import RjsfForm from '@rjsf/core';
import validator from '@rjsf/validator-ajv8';
import { useState } from 'react';
import { flushSync } from 'react-dom';
import { createRoot, type Root } from 'react-dom/client';
import { formJsonSchema } from '../../../engine/forms';
import { ALL_TYPES_TEMPLATE, generatedTemplate } from '../../../engine/forms/fixtures';
import { DEMO_VALUES } from '../../../runtime/forms/fixtures';
import { AppProviders } from '../../../runtime/app/AppProviders';
import { createQueryClient } from '../../../runtime/api';
import { createFormStore, FormRenderer, WIDGETS } from '../../../runtime/forms';
import { createI18n } from '../../../runtime/i18n';

type Mode = 'ours' | 'rjsf' | 'plain';
const params = new URLSearchParams(location.search);
const N = Number(params.get('n') ?? 300);
/** `?sample=1`: the sample form with every field type and demo data (for screenshots at phone width). */
const SAMPLE = params.get('sample') === '1';
const template = SAMPLE ? ALL_TYPES_TEMPLATE : generatedTemplate(N);
const schema = formJsonSchema(template, { staticRequired: true });
const i18n = createI18n({ language: 'zh-CN' });
const queryClient = createQueryClient();

function Ours() {
  const [store] = useState(() => createFormStore(SAMPLE ? DEMO_VALUES : {}));
  return <FormRenderer template={template} store={store} />;
}
const realWidgets = { ...WIDGETS };
/** Diagnostic: our renderer with native inputs instead of antd widgets (shows the framework's own cost). */
function Plain() {
  const [store] = useState(() => createFormStore({}));
  return <FormRenderer template={template} store={store} />;
}
function setPlain(on: boolean) {
  for (const k of Object.keys(WIDGETS) as (keyof typeof WIDGETS)[]) {
    WIDGETS[k] = on
      ? (((p: { id: string; value: unknown; onChange: (v: unknown) => void }) => (
          <input
            id={p.id}
            value={typeof p.value === 'string' ? p.value : ''}
            onChange={(e) => p.onChange(e.target.value)}
          />
        )) as never)
      : realWidgets[k];
  }
}

function Rjsf() {
  const [data, setData] = useState<Record<string, unknown>>({});
  return (
    <RjsfForm
      schema={schema as never}
      validator={validator}
      formData={data}
      onChange={(e) => setData(e.formData as Record<string, unknown>)}
    />
  );
}

let root: Root | null = null;
const container = document.getElementById('root')!;
const layout = () => document.body.offsetHeight;
const nextFrame = () => new Promise<void>((r) => requestAnimationFrame(() => r()));

/** Resolves when no section is waiting to mount (large forms mount progressively). */
function allMounted(): Promise<void> {
  return new Promise((resolve) => {
    const check = () => (document.querySelector('[data-pending]') ? setTimeout(check, 10) : resolve());
    check();
  });
}

/**
 * Mounts the form. `first`: ms of synchronous render + commit + style/layout of the first paint;
 * `all`: ms until every section is mounted (progressive mounting in idle time).
 */
async function renderForm(mode: Mode): Promise<{ first: number; all: number; fields: number }> {
  root?.unmount();
  container.innerHTML = '';
  await nextFrame();
  setPlain(mode === 'plain');
  root = createRoot(container);
  const t0 = performance.now();
  performance.mark(`render-${mode}-start`);
  flushSync(() =>
    root!.render(
      <AppProviders i18n={i18n} queryClient={queryClient}>
        {mode === 'rjsf' ? <Rjsf /> : mode === 'plain' ? <Plain /> : <Ours />}
      </AppProviders>,
    ),
  );
  layout();
  performance.mark(`render-${mode}-end`);
  const first = performance.now() - t0;
  await allMounted();
  const all = performance.now() - t0;
  await nextFrame();
  const fields =
    mode === 'rjsf'
      ? new Set([...document.querySelectorAll('[id^="root_f"]')].map((e) => /^root_f\d+/.exec(e.id)?.[0]))
          .size
      : document.querySelectorAll('[data-field]').length;
  return { first, all, fields };
}

/** The text input of the first field (f0 is a text field in the generated template). */
function firstInput(mode: Mode): HTMLInputElement {
  const el = document.querySelector<HTMLInputElement>(mode === 'rjsf' ? '#root_f0' : '#form-field-f0');
  if (!el) throw new Error(`no input for ${mode}`);
  return el;
}

const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!;

/**
 * Types `count` characters; per keystroke: the input event's handling (React commits synchronously
 * for discrete events) plus the style/layout forced in the next frame = the work before the repaint.
 */
async function typeChars(mode: Mode, count: number): Promise<{ work: number[]; frame: number[] }> {
  const input = firstInput(mode);
  input.focus();
  const work: number[] = [];
  const frame: number[] = [];
  const text =
    '华东精密制造有限公司MES项目需求调研第一期排产报工质量追溯设备联网数据采集能耗管理仓储物流计划协同';
  for (let i = 0; i < count; i++) {
    const ch = text[i % text.length]!;
    performance.mark(`key-${i}-start`);
    const t0 = performance.now();
    input.dispatchEvent(new KeyboardEvent('keydown', { key: ch, bubbles: true }));
    setter.call(input, input.value + ch);
    input.dispatchEvent(new Event('input', { bubbles: true }));
    input.dispatchEvent(new KeyboardEvent('keyup', { key: ch, bubbles: true }));
    const js = performance.now() - t0;
    await new Promise<void>((resolve) =>
      requestAnimationFrame(() => {
        const a = performance.now();
        layout();
        const b = performance.now();
        work.push(js + (b - a));
        frame.push(b - t0);
        performance.mark(`key-${i}-end`);
        resolve();
      }),
    );
    await new Promise((r) => setTimeout(r, 5));
  }
  return { work, frame };
}

Object.assign(window, { __bench: { renderForm, typeChars, fields: N, ready: true } });
