import { Button, Card, Flex, Form, Input, Select, Slider, Switch, Typography } from 'antd';
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { ROLES } from '../../schemas';
import { asList, asObj, asText, setMember } from '../forms/edit';
import type { Json } from '../forms/model';
import { useStudioT } from '../i18n';
import { DurationInput } from '../sla/DurationInput';

type Opt = { value: string; label: string };

/** Alignment pairs between the two tracks and the information-decay circuit breaker (C4, C5). */
export function GuardsPanel({
  value: c,
  stages,
  sales,
  delivery,
  readOnly,
  onChange,
}: {
  value: Json;
  stages: Opt[];
  sales: Opt[];
  delivery: Opt[];
  readOnly?: boolean;
  onChange: (c: Json) => void;
}) {
  const { t, text } = useStudioT();
  const pairs = asList(c.alignment);
  const cb = asObj(c.circuitBreaker);
  const setPairs = (next: Json[]) => onChange({ ...c, alignment: next });
  const setPair = (i: number, p: Json) => setPairs(pairs.map((x, j) => (j === i ? p : x)));
  const setCb = (k: string, v: unknown) => onChange({ ...c, circuitBreaker: setMember(cb, k, v) });
  const roles = ROLES.map((r) => ({ value: r, label: t(`forms.role.${r}`) }));
  const threshold = typeof cb.threshold === 'number' ? cb.threshold : 0.15;
  return (
    <Form layout="vertical" size="small" component="div">
      <Card size="small" title={t('gates.alignment')} style={{ marginBottom: 8 }}>
        {pairs.map((p, i) => (
          <Flex
            key={i}
            gap={6}
            wrap
            align="center"
            style={{ marginBottom: 6 }}
            data-testid={`pair-${String(p.id)}`}
          >
            <Input
              size="small"
              style={{ width: 200 }}
              aria-label={t('gates.pairLabel', { n: i + 1 })}
              value={text(asText(p.label))}
              readOnly={readOnly}
              onChange={(e) =>
                setPair(i, { ...p, label: { zh: e.target.value, en: asText(p.label).en || e.target.value } })
              }
            />
            <Select
              size="small"
              style={{ width: 150 }}
              aria-label={t('gates.pairSales', { n: i + 1 })}
              value={String(p.sales)}
              disabled={readOnly}
              options={sales}
              onChange={(v) => setPair(i, { ...p, sales: v })}
            />
            <Select
              size="small"
              style={{ width: 130 }}
              aria-label={t('gates.pairRule', { n: i + 1 })}
              value={String(p.rule)}
              disabled={readOnly}
              options={['delivery_first', 'sales_first', 'together'].map((r) => ({
                value: r,
                label: t(`gates.rules.${r}`),
              }))}
              onChange={(rule) =>
                setPair(
                  i,
                  setMember({ ...p, rule }, 'maxGap', rule === 'together' ? (p.maxGap ?? 'P7D') : undefined),
                )
              }
            />
            <Select
              size="small"
              style={{ width: 150 }}
              aria-label={t('gates.pairDelivery', { n: i + 1 })}
              value={String(p.delivery)}
              disabled={readOnly}
              options={delivery}
              onChange={(v) => setPair(i, { ...p, delivery: v })}
            />
            {p.rule === 'together' && (
              <DurationInput
                value={String(p.maxGap ?? 'P7D')}
                label={t('gates.maxGap')}
                readOnly={readOnly}
                onChange={(v) => setPair(i, { ...p, maxGap: v })}
              />
            )}
            <Select
              size="small"
              style={{ width: 150 }}
              allowClear
              placeholder={t('gates.enforceAtStage')}
              aria-label={t('gates.enforceAtStage')}
              value={typeof p.enforceAtStage === 'string' ? p.enforceAtStage : undefined}
              disabled={readOnly}
              options={stages}
              onChange={(v) => setPair(i, setMember(p, 'enforceAtStage', v))}
            />
            {!readOnly && (
              <Button
                size="small"
                type="text"
                icon={<DeleteOutlined />}
                aria-label={t('gates.removePair', { n: i + 1 })}
                onClick={() => setPairs(pairs.filter((_, j) => j !== i))}
              />
            )}
          </Flex>
        ))}
        {!readOnly && sales.length > 0 && delivery.length > 0 && (
          <Button
            size="small"
            type="dashed"
            icon={<PlusOutlined />}
            onClick={() => {
              const ids = new Set(pairs.map((p) => p.id));
              let n = pairs.length + 1;
              while (ids.has(`pair_${n}`)) n++;
              setPairs([
                ...pairs,
                {
                  id: `pair_${n}`,
                  label: { zh: `对齐 ${n}`, en: `Alignment ${n}` },
                  sales: sales[0]!.value,
                  delivery: delivery[0]!.value,
                  rule: 'delivery_first',
                },
              ]);
            }}
          >
            {t('gates.addPair')}
          </Button>
        )}
      </Card>
      <Card size="small" title={t('gates.circuitBreaker')} data-testid="circuit-breaker">
        <Flex gap={12} wrap align="center">
          <Form.Item label={t('gates.enabled')} style={{ marginBottom: 8 }}>
            <Switch
              aria-label={t('gates.breakerEnabled')}
              checked={cb.enabled === true}
              disabled={readOnly}
              onChange={(v) => setCb('enabled', v)}
            />
          </Form.Item>
          <Form.Item label={t('gates.atStage')} style={{ marginBottom: 8, minWidth: 160 }}>
            <Select
              aria-label={t('gates.atStage')}
              value={String(cb.atStage ?? '')}
              disabled={readOnly}
              options={stages}
              onChange={(v) => setCb('atStage', v)}
            />
          </Form.Item>
          <Form.Item label={t('gates.onMissing')} style={{ marginBottom: 8, minWidth: 140 }}>
            <Select
              aria-label={t('gates.onMissing')}
              value={String(cb.onMissingAssessment ?? 'block')}
              disabled={readOnly}
              options={['block', 'allow'].map((x) => ({ value: x, label: t(`gates.missing.${x}`) }))}
              onChange={(v) => setCb('onMissingAssessment', v)}
            />
          </Form.Item>
        </Flex>
        <Flex align="center" gap={12}>
          <Typography.Text>{t('gates.threshold')}</Typography.Text>
          <Slider
            style={{ flex: 1 }}
            min={1}
            max={100}
            value={Math.round(threshold * 100)}
            disabled={readOnly}
            tooltip={{ formatter: (v) => `${v}%` }}
            aria-label={t('gates.threshold')}
            onChange={(v: number) => setCb('threshold', v / 100)}
          />
          <Typography.Text strong>{Math.round(threshold * 100)}%</Typography.Text>
        </Flex>
        <Flex gap={12} wrap>
          <Form.Item label={t('gates.reviewers')} style={{ marginBottom: 8, minWidth: 220 }}>
            <Select
              mode="multiple"
              aria-label={t('gates.reviewers')}
              value={(cb.reviewers as string[] | undefined) ?? []}
              disabled={readOnly}
              options={roles}
              onChange={(v: string[]) => setCb('reviewers', v)}
            />
          </Form.Item>
          <Form.Item label={t('gates.approvers')} style={{ marginBottom: 8, minWidth: 220 }}>
            <Select
              mode="multiple"
              aria-label={t('gates.approvers')}
              value={(cb.approverRoles as string[] | undefined) ?? []}
              disabled={readOnly}
              options={roles}
              onChange={(v: string[]) => setCb('approverRoles', v)}
            />
          </Form.Item>
        </Flex>
      </Card>
    </Form>
  );
}
