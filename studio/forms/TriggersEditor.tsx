import { Button, Card, Empty, Flex, Form, Input, Select } from 'antd';
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { ROLES } from '../../schemas';
import type { BuilderField } from '../conditions/operators';
import { ConditionEditor } from '../conditions/ConditionEditor';
import { useStudioT } from '../i18n';
import { asObj, asText, setMember } from './edit';
import { I18nInputs } from './I18nInputs';
import type { Json } from './model';

const ACTIONS = ['open_precheck_ticket', 'notify_roles', 'add_requirement_tags'] as const;

/** What each action requires, filled in when the action is picked. */
function withAction(tr: Json, action: string): Json {
  let out: Json = { ...tr, action };
  for (const k of ['ticket', 'notifyRoles', 'tags']) out = setMember(out, k, undefined);
  if (action === 'open_precheck_ticket')
    out.ticket = asObj(tr.ticket).title
      ? tr.ticket
      : {
          title: { zh: '产品可行性预审', en: 'Feasibility pre-check' },
          assigneeRole: 'consultant',
          within: 'PT4H',
        };
  if (action === 'notify_roles') out.notifyRoles = tr.notifyRoles ?? ['delivery'];
  if (action === 'add_requirement_tags') out.tags = tr.tags ?? ['待评估'];
  return out;
}

function TriggerCard({
  trigger: tr,
  index,
  fields,
  readOnly,
  onChange,
  onRemove,
}: {
  trigger: Json;
  index: number;
  fields: readonly BuilderField[];
  readOnly?: boolean;
  onChange: (t: Json) => void;
  onRemove: () => void;
}) {
  const { t } = useStudioT();
  const set = (k: string, v: unknown) => onChange(setMember(tr, k, v));
  const ticket = asObj(tr.ticket);
  const setTicket = (k: string, v: unknown) => set('ticket', setMember(ticket, k, v));
  const roleOptions = ROLES.map((r) => ({ value: r, label: t(`forms.role.${r}`) }));
  return (
    <Card
      size="small"
      style={{ marginBottom: 8 }}
      data-testid={`trigger-${String(tr.id)}`}
      title={
        <Input
          size="small"
          aria-label={t('forms.triggerId', { n: index + 1 })}
          value={String(tr.id ?? '')}
          readOnly={readOnly}
          style={{ maxWidth: 220 }}
          onChange={(e) => set('id', e.target.value)}
        />
      }
      extra={
        !readOnly && (
          <Button
            size="small"
            type="text"
            icon={<DeleteOutlined />}
            aria-label={t('forms.removeTrigger')}
            onClick={onRemove}
          />
        )
      }
    >
      <Form layout="vertical" size="small" component="div">
        <I18nInputs
          label={t('forms.label')}
          value={asText(tr.label)}
          readOnly={readOnly}
          onChange={(v) => set('label', v)}
        />
        <Form.Item label={t('forms.when')} style={{ marginBottom: 8 }}>
          <ConditionEditor
            value={tr.when}
            fields={fields}
            readOnly={readOnly}
            optional={false}
            onChange={(v) => set('when', v ?? { and: [] })}
          />
        </Form.Item>
        <Form.Item label={t('forms.action')} style={{ marginBottom: 8 }}>
          <Select
            aria-label={t('forms.action')}
            value={String(tr.action)}
            disabled={readOnly}
            options={ACTIONS.map((a) => ({ value: a, label: t(`forms.actions.${a}`) }))}
            onChange={(a) => onChange(withAction(tr, a))}
          />
        </Form.Item>
        {tr.action === 'open_precheck_ticket' && (
          <>
            <I18nInputs
              label={t('forms.ticketTitle')}
              value={asText(ticket.title)}
              readOnly={readOnly}
              onChange={(v) => setTicket('title', v)}
            />
            <Flex gap={8} wrap>
              <Form.Item label={t('forms.assigneeRole')} style={{ marginBottom: 8, minWidth: 140 }}>
                <Select
                  aria-label={t('forms.assigneeRole')}
                  value={String(ticket.assigneeRole ?? 'consultant')}
                  disabled={readOnly}
                  options={roleOptions}
                  onChange={(v) => setTicket('assigneeRole', v)}
                />
              </Form.Item>
              <Form.Item label={t('forms.within')} style={{ marginBottom: 8 }} help={t('forms.withinHelp')}>
                <Input
                  aria-label={t('forms.within')}
                  value={String(ticket.within ?? '')}
                  readOnly={readOnly}
                  style={{ width: 100 }}
                  onChange={(e) => setTicket('within', e.target.value)}
                />
              </Form.Item>
              <Form.Item label={t('forms.skills')} style={{ marginBottom: 8, minWidth: 160 }}>
                <Select
                  mode="tags"
                  aria-label={t('forms.skills')}
                  value={(ticket.skills as string[] | undefined) ?? []}
                  disabled={readOnly}
                  onChange={(v: string[]) => setTicket('skills', v.length ? v : undefined)}
                />
              </Form.Item>
            </Flex>
          </>
        )}
        {tr.action === 'notify_roles' && (
          <Form.Item label={t('forms.notifyRoles')} style={{ marginBottom: 8 }}>
            <Select
              mode="multiple"
              aria-label={t('forms.notifyRoles')}
              value={(tr.notifyRoles as string[] | undefined) ?? []}
              disabled={readOnly}
              options={roleOptions}
              onChange={(v: string[]) => set('notifyRoles', v)}
            />
          </Form.Item>
        )}
        {tr.action === 'add_requirement_tags' && (
          <Form.Item label={t('forms.tags')} style={{ marginBottom: 8 }}>
            <Select
              mode="tags"
              aria-label={t('forms.tags')}
              value={(tr.tags as string[] | undefined) ?? []}
              disabled={readOnly}
              onChange={(v: string[]) => set('tags', v)}
            />
          </Form.Item>
        )}
      </Form>
    </Card>
  );
}

/** The template's triggers: when the form data satisfies a condition, open a ticket, notify or tag. */
export function TriggersEditor({
  value,
  fields,
  readOnly,
  onChange,
}: {
  value: Json[];
  fields: readonly BuilderField[];
  readOnly?: boolean;
  onChange: (v: Json[]) => void;
}) {
  const { t } = useStudioT();
  const add = () => {
    const taken = new Set(value.map((x) => String(x.id)));
    let n = value.length + 1;
    while (taken.has(`trigger_${n}`)) n++;
    onChange([
      ...value,
      withAction(
        { id: `trigger_${n}`, label: { zh: `触发器${n}`, en: `Trigger ${n}` }, when: { and: [] } },
        'notify_roles',
      ),
    ]);
  };
  return (
    <div>
      {value.length === 0 && <Empty description={t('forms.noTriggers')} />}
      {value.map((tr, i) => (
        <TriggerCard
          key={i}
          trigger={tr}
          index={i}
          fields={fields}
          readOnly={readOnly}
          onChange={(x) => onChange(value.map((y, j) => (j === i ? x : y)))}
          onRemove={() => onChange(value.filter((_, j) => j !== i))}
        />
      ))}
      {!readOnly && (
        <Button type="dashed" block icon={<PlusOutlined />} onClick={add}>
          {t('forms.addTrigger')}
        </Button>
      )}
    </div>
  );
}
