import { Alert, Card, Empty, Flex, Form, Input, InputNumber, Select, Switch } from 'antd';
import type { BuilderField } from '../conditions/operators';
import { ConditionEditor } from '../conditions/ConditionEditor';
import type { Issue } from '../editor/issues';
import { useStudioT } from '../i18n';
import { ColumnsEditor } from './ColumnsEditor';
import { asList, asObj, asText, numOrUndef, setMember } from './edit';
import { I18nInputs } from './I18nInputs';
import { FIELD_TYPES, type Json } from './model';
import { OptionsEditor } from './OptionsEditor';
import { ValidationEditor } from './ValidationEditor';

const UNITS = [
  'CNY',
  '10k_CNY',
  'percent',
  'people',
  'units',
  'days',
  'hours',
  'minutes',
  'm2',
  'kg',
  'tons',
];
const ELEMENTS = ['existing_systems', 'decision_flow', 'acceptance_criteria'];
const TOLERANCE: Record<string, readonly string[]> = {
  number: ['relative', 'absolute'],
  money: ['relative', 'absolute'],
  rating: ['absolute'],
  date: ['days'],
  text: ['similarity'],
  textarea: ['similarity'],
  multiselect: ['jaccard'],
  table: ['jaccard'],
  acceptance_criteria: ['jaccard'],
  decision_flow: ['jaccard'],
};
const DEFAULT_OPTIONS = [{ value: 'option_1', label: { zh: '选项1', en: 'Option 1' } }];

/** Changing the type keeps what still applies and adds what the new type requires. */
function retype(d: Json, type: string): Json {
  let out: Json = { ...d, type };
  const choice = type === 'select' || type === 'multiselect';
  if (choice && !Array.isArray(d.options)) out.options = DEFAULT_OPTIONS;
  if (!choice && type !== 'decision_flow') out = setMember(out, 'options', undefined);
  if (type === 'table' && !Array.isArray(d.columns))
    out.columns = [{ key: 'name', type: 'text', label: { zh: '名称', en: 'Name' } }];
  if (type !== 'table') out = setMember(out, 'columns', undefined);
  out = setMember(out, 'validation', undefined);
  out = setMember(out, 'diffTolerance', undefined);
  if (type !== 'number' && type !== 'money') out = setMember(out, 'unit', undefined);
  return out;
}

/** The selected field's properties; every edit emits the whole field object. */
export function FieldProperties({
  field,
  fields,
  issues,
  readOnly,
  onChange,
}: {
  field: Json | null;
  /** the form's other fields, for visible-when / required-when */
  fields: readonly BuilderField[];
  issues: readonly Issue[];
  readOnly?: boolean;
  onChange: (f: Json) => void;
}) {
  const { t } = useStudioT();
  if (!field)
    return (
      <Card size="small" title={t('forms.properties')}>
        <Empty description={t('forms.noSelection')} />
      </Card>
    );
  const d = field;
  const type = String(d.type);
  const set = (k: string, v: unknown) => onChange(setMember(d, k, v));
  const tol = asObj(d.diffTolerance);
  const links = asList(d.knowledgeLinks);
  return (
    <Card size="small" title={t('forms.properties')} data-testid="field-properties">
      {issues.length > 0 && (
        <Alert
          type="error"
          showIcon
          style={{ marginBottom: 8 }}
          title={issues.map((i) => (
            <div key={i.path + i.message}>
              <code>{i.path}</code> {i.message}
            </div>
          ))}
        />
      )}
      <Form layout="vertical" size="small" component="div">
        <Flex gap={8}>
          <Form.Item label={t('forms.key')} style={{ marginBottom: 8, flex: 1 }} help={t('forms.keyHelp')}>
            <Input
              aria-label={t('forms.key')}
              value={String(d.key ?? '')}
              readOnly={readOnly}
              status={/^[A-Za-z][A-Za-z0-9_]{0,63}$/.test(String(d.key ?? '')) ? undefined : 'error'}
              onChange={(e) => set('key', e.target.value)}
            />
          </Form.Item>
          <Form.Item label={t('forms.fieldType')} style={{ marginBottom: 8, flex: 1 }}>
            <Select
              aria-label={t('forms.fieldType')}
              value={type}
              disabled={readOnly}
              options={FIELD_TYPES.map((x) => ({ value: x, label: t(`forms.type.${x}`) }))}
              onChange={(x) => onChange(retype(d, x))}
            />
          </Form.Item>
        </Flex>
        <I18nInputs
          label={t('forms.label')}
          value={asText(d.label)}
          readOnly={readOnly}
          onChange={(v) => set('label', v)}
        />
        <I18nInputs
          label={t('forms.help')}
          value={d.help ? asText(d.help) : undefined}
          readOnly={readOnly}
          long
          optional
          onChange={(v) => set('help', v)}
        />
        <Flex gap={16} wrap>
          <Form.Item label={t('forms.required')} style={{ marginBottom: 8 }}>
            <Switch
              aria-label={t('forms.required')}
              checked={d.required === true}
              disabled={readOnly}
              onChange={(v) => set('required', v || undefined)}
            />
          </Form.Item>
          {(type === 'number' || type === 'money') && (
            <Form.Item label={t('forms.unit')} style={{ marginBottom: 8, minWidth: 120 }}>
              <Select
                aria-label={t('forms.unit')}
                allowClear
                value={typeof d.unit === 'string' ? d.unit : undefined}
                disabled={readOnly}
                options={UNITS.map((u) => ({ value: u, label: t(`forms.units.${u}`) }))}
                onChange={(v) => set('unit', v)}
              />
            </Form.Item>
          )}
          <Form.Item label={t('forms.elementRole')} style={{ marginBottom: 8, minWidth: 160 }}>
            <Select
              aria-label={t('forms.elementRole')}
              allowClear
              placeholder={t('forms.elementNone')}
              value={typeof d.element === 'string' ? d.element : undefined}
              disabled={readOnly}
              options={ELEMENTS.map((x) => ({ value: x, label: t(`forms.element.${x}`) }))}
              onChange={(v) => set('element', v)}
            />
          </Form.Item>
        </Flex>
        {(type === 'select' || type === 'multiselect' || type === 'decision_flow') && (
          <OptionsEditor
            label={type === 'decision_flow' ? t('forms.roles') : t('forms.options')}
            value={asList(d.options)}
            readOnly={readOnly}
            onChange={(v) => set('options', type === 'decision_flow' && !v.length ? undefined : v)}
          />
        )}
        {type === 'table' && (
          <ColumnsEditor value={asList(d.columns)} readOnly={readOnly} onChange={(v) => set('columns', v)} />
        )}
        <ValidationEditor
          type={type}
          value={d.validation}
          readOnly={readOnly}
          onChange={(v) => set('validation', v)}
        />
        <Form.Item label={t('forms.visibleWhen')} style={{ marginBottom: 8 }}>
          <ConditionEditor
            value={d.visibleWhen}
            fields={fields}
            readOnly={readOnly}
            onChange={(v) => set('visibleWhen', v)}
          />
        </Form.Item>
        <Form.Item label={t('forms.requiredWhen')} style={{ marginBottom: 8 }}>
          <ConditionEditor
            value={d.requiredWhen}
            fields={fields}
            readOnly={readOnly}
            onChange={(v) => set('requiredWhen', v)}
          />
        </Form.Item>
        <Form.Item label={t('forms.knowledgeLinks')} style={{ marginBottom: 8 }}>
          <Select
            mode="tags"
            aria-label={t('forms.knowledgeLinks')}
            placeholder="kb.mes-api"
            value={links.map((l) => String(l.key))}
            disabled={readOnly}
            onChange={(keys: string[]) =>
              set(
                'knowledgeLinks',
                keys.length ? keys.map((k) => links.find((l) => l.key === k) ?? { key: k }) : undefined,
              )
            }
          />
        </Form.Item>
        <Flex gap={8} wrap>
          <Form.Item label={t('forms.completenessWeight')} style={{ marginBottom: 8 }}>
            <InputNumber
              aria-label={t('forms.completenessWeight')}
              min={0}
              max={100}
              value={numOrUndef(d.completenessWeight) ?? null}
              readOnly={readOnly}
              onChange={(v) => set('completenessWeight', v ?? undefined)}
            />
          </Form.Item>
          <Form.Item label={t('forms.diffWeight')} style={{ marginBottom: 8 }}>
            <InputNumber
              aria-label={t('forms.diffWeight')}
              min={0}
              max={100}
              value={numOrUndef(d.diffWeight) ?? null}
              readOnly={readOnly}
              onChange={(v) => set('diffWeight', v ?? undefined)}
            />
          </Form.Item>
          {(TOLERANCE[type] ?? []).map((k) => (
            <Form.Item key={k} label={t(`forms.tolerance.${k}`)} style={{ marginBottom: 8 }}>
              <InputNumber
                aria-label={t(`forms.tolerance.${k}`)}
                min={0}
                max={k === 'absolute' ? undefined : k === 'days' ? 3650 : 1}
                step={k === 'days' || k === 'absolute' ? 1 : 0.05}
                value={numOrUndef(tol[k]) ?? null}
                readOnly={readOnly}
                onChange={(v) => set('diffTolerance', setMember(tol, k, v ?? undefined))}
              />
            </Form.Item>
          ))}
        </Flex>
      </Form>
    </Card>
  );
}
