// createFormStore (W3): form values with per-field subscriptions, so a keystroke re-renders only
// its own field and the small completeness indicator. With a template attached, the store keeps
// each field's evaluated state (visible, required, errors) up to date incrementally: the changed
// field is re-validated, conditional fields re-evaluate their rules, completeness is re-summed.
import {
  completenessOf,
  fieldErrors,
  formPlan,
  isFilled,
  isRequired,
  isVisible,
  type FormFieldError,
  type FormPlan,
  type FormValues,
} from '../../engine/forms';
import type { FormTemplate } from '../../schemas';

export interface FieldState {
  value: unknown;
  visible: boolean;
  required: boolean;
  /** Current errors (required, then value errors); show them once `touched`. */
  errors: readonly FormFieldError[];
  /** Errors the server reported for this field (until the field changes again). */
  serverErrors: readonly FormFieldError[];
  touched: boolean;
}

export interface FormSummary {
  completeness: number;
  complete: boolean;
  /** Visible fields with errors. */
  errorCount: number;
  /** Required visible fields still empty. */
  missingRequired: number;
  /** Errors that make the data break the template (the server would refuse it): not "missing" ones. */
  blockingCount: number;
  /** Bumped on every change (autosave triggers on it). */
  version: number;
}

type Listener = () => void;

export interface FormStore {
  get(key: string): unknown;
  getAll(): FormValues;
  set(key: string, value: unknown): void;
  patch(values: FormValues): void;
  /** Replaces every value (e.g. a restored draft or the server's data); nothing is touched. */
  reset(values: FormValues): void;
  subscribe(key: string, fn: Listener): () => void;
  /** Any change of any value by set/patch (not reset, touch or server errors). */
  subscribeAll(fn: Listener): () => void;
  /** Evaluates the fields against this template; `silent` (during a render) notifies nobody. */
  attachTemplate(template: FormTemplate, opts?: { silent?: boolean }): void;
  field(key: string): FieldState;
  summary(): FormSummary;
  subscribeSummary(fn: Listener): () => void;
  touch(key: string): void;
  /** Marks every field touched (e.g. on submit) so all errors show. */
  touchAll(): void;
  /** Field errors from the server (paths /data/<field>/… or /<field>/…). */
  setServerErrors(
    errors: readonly { path: string; message: string; field?: string; i18n?: { zh: string; en: string } }[],
  ): void;
}

/** Error codes that only mean "not finished yet" (the server stores such data). */
const INCOMPLETE: ReadonlySet<string> = new Set(['required', 'minItems']);

const NO_ERRORS: readonly FormFieldError[] = Object.freeze([]);

const fieldOfPath = (path: string) => {
  const parts = path.split('/').filter(Boolean);
  return parts[0] === 'data' ? parts[1] : parts[0];
};

export function createFormStore(initial: FormValues = {}, template?: FormTemplate): FormStore {
  let values: FormValues = { ...initial };
  let plan: FormPlan | null = null;
  const states = new Map<string, FieldState>();
  const touched = new Set<string>();
  const server = new Map<string, FormFieldError[]>();
  const keyListeners = new Map<string, Set<Listener>>();
  const allListeners = new Set<Listener>();
  const summaryListeners = new Set<Listener>();
  let summary: FormSummary = {
    completeness: 0,
    complete: false,
    errorCount: 0,
    missingRequired: 0,
    blockingCount: 0,
    version: 0,
  };

  const emit = (set: Set<Listener> | undefined) => set?.forEach((fn) => fn());

  function computeState(key: string): FieldState {
    const f = plan?.byKey.get(key);
    const value = values[key];
    if (!f || !plan) {
      return {
        value,
        visible: true,
        required: false,
        errors: NO_ERRORS,
        serverErrors: NO_ERRORS,
        touched: touched.has(key),
      };
    }
    const visible = isVisible(plan, f, values);
    const required = visible && isRequired(f, values);
    const errs = fieldErrors(f, value, visible, required);
    return {
      value,
      visible,
      required,
      errors: errs.length ? errs : NO_ERRORS,
      serverErrors: server.get(key) ?? NO_ERRORS,
      touched: touched.has(key),
    };
  }

  const sameErrors = (a: readonly FormFieldError[], b: readonly FormFieldError[]) =>
    a === b || (a.length === b.length && a.every((e, i) => e.path === b[i]!.path && e.code === b[i]!.code));

  /** Recomputes a field; stores a new object (and returns true) only when something changed. */
  function refresh(key: string): boolean {
    const prev = states.get(key);
    const next = computeState(key);
    if (
      prev &&
      prev.value === next.value &&
      prev.visible === next.visible &&
      prev.required === next.required &&
      prev.touched === next.touched &&
      prev.serverErrors === next.serverErrors &&
      sameErrors(prev.errors, next.errors)
    ) {
      return false;
    }
    states.set(key, next);
    return true;
  }

  function recomputeSummary(bump: boolean) {
    if (!plan) {
      summary = { ...summary, version: summary.version + (bump ? 1 : 0) };
      return;
    }
    let errorCount = 0;
    let missingRequired = 0;
    let blockingCount = 0;
    const completeness = completenessOf(plan, (f) => {
      const s = states.get(f.key)!;
      const filled = isFilled(f, s.value);
      if (s.visible && (s.errors.length || s.serverErrors.length)) errorCount++;
      for (const e of s.errors) if (!INCOMPLETE.has(e.code)) blockingCount++;
      if (s.required && !filled) missingRequired++;
      return { visible: s.visible, required: s.required, filled };
    });
    summary = {
      completeness,
      complete: completeness >= plan.passThreshold,
      errorCount,
      missingRequired,
      blockingCount,
      version: summary.version + (bump ? 1 : 0),
    };
  }

  /** After values of `keys` changed: refresh them and the conditional fields, then notify. */
  function changed(keys: Iterable<string>, bump = true, notify = true) {
    const dirty = new Set<string>();
    for (const k of keys) if (refresh(k)) dirty.add(k);
    if (plan) for (const f of plan.conditional) if (!dirty.has(f.key) && refresh(f.key)) dirty.add(f.key);
    recomputeSummary(bump);
    if (!notify) return;
    for (const k of dirty) emit(keyListeners.get(k));
    // "any value changed" listeners (autosave, drafts, onChange) hear value changes only.
    if (bump) emit(allListeners);
    emit(summaryListeners);
  }

  function refreshAll(bump: boolean, notify = true) {
    const keys = new Set([
      ...(plan?.fields.map((f) => f.key) ?? []),
      ...Object.keys(values),
      ...states.keys(),
    ]);
    changed(keys, bump, notify);
  }

  const store: FormStore = {
    get: (key) => values[key],
    getAll: () => values,
    set(key, value) {
      if (values[key] === value) return;
      values = { ...values, [key]: value };
      touched.add(key);
      server.delete(key);
      changed([key]);
    },
    patch(patch) {
      values = { ...values, ...patch };
      for (const k of Object.keys(patch)) {
        touched.add(k);
        server.delete(k);
      }
      changed(Object.keys(patch));
    },
    reset(next) {
      values = { ...next };
      touched.clear();
      server.clear();
      refreshAll(false);
    },
    subscribe(key, fn) {
      let set = keyListeners.get(key);
      if (!set) keyListeners.set(key, (set = new Set()));
      set.add(fn);
      return () => set.delete(fn);
    },
    subscribeAll(fn) {
      allListeners.add(fn);
      return () => allListeners.delete(fn);
    },
    attachTemplate(t, opts = {}) {
      if (plan?.template === t) return;
      plan = formPlan(t);
      states.clear();
      refreshAll(false, !opts.silent);
    },
    field(key) {
      let s = states.get(key);
      if (!s) {
        s = computeState(key);
        states.set(key, s);
      }
      return s;
    },
    summary: () => summary,
    subscribeSummary(fn) {
      summaryListeners.add(fn);
      return () => summaryListeners.delete(fn);
    },
    touch(key) {
      if (touched.has(key)) return;
      touched.add(key);
      changed([key], false);
    },
    touchAll() {
      for (const f of plan?.fields ?? []) touched.add(f.key);
      refreshAll(false);
    },
    setServerErrors(errors) {
      server.clear();
      for (const e of errors) {
        const key = e.field ?? fieldOfPath(e.path);
        if (!key) continue;
        const list = server.get(key) ?? [];
        const i18n =
          'i18n' in e && e.i18n ? (e.i18n as { zh: string; en: string }) : { zh: e.message, en: e.message };
        list.push({ path: e.path, field: key, code: 'invalid', message: e.message, i18n });
        server.set(key, list);
        touched.add(key);
      }
      refreshAll(false);
    },
  };
  if (template) store.attachTemplate(template);
  return store;
}
