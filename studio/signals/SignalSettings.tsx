import { Button, Card, Flex, Form, InputNumber, Select, Switch } from 'antd';
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { asList, asObj, asText, numOrUndef, setMember } from '../forms/edit';
import { I18nInputs } from '../forms/I18nInputs';
import type { Json } from '../forms/model';
import { useStudioT } from '../i18n';

const WEEKDAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];

function Num({
  label,
  value,
  readOnly,
  min = 0,
  max,
  step,
  onChange,
}: {
  label: string;
  value: unknown;
  readOnly?: boolean;
  min?: number;
  max?: number;
  step?: number;
  onChange: (v: number | undefined) => void;
}) {
  return (
    <Form.Item label={label} style={{ marginBottom: 8 }}>
      <InputNumber
        aria-label={label}
        min={min}
        max={max}
        step={step}
        value={numOrUndef(value) ?? null}
        readOnly={readOnly}
        onChange={(v) => onChange(typeof v === 'number' ? v : undefined)}
      />
    </Form.Item>
  );
}

/** Banding, timing, health, calibration and payment settings of a signal model, as small forms. */
export function SignalSettings({
  value: c,
  readOnly,
  onChange,
}: {
  value: Json;
  readOnly?: boolean;
  onChange: (c: Json) => void;
}) {
  const { t } = useStudioT();
  const part = (k: string) => asObj(c[k]);
  const setPart = (k: string, member: string, v: unknown) =>
    onChange({ ...c, [k]: setMember(part(k), member, v) });
  const banding = part('banding');
  const prior = asObj(banding.prior);
  const timing = part('timing');
  const health = part('health');
  const calibration = part('calibration');
  const payment = part('payment');
  const steps = asList(payment.steps);
  const setSteps = (next: Json[]) => setPart('payment', 'steps', next);
  return (
    <Form layout="vertical" size="small" component="div">
      <Card size="small" title={t('signals.banding')} style={{ marginBottom: 8 }}>
        <Flex gap={8} wrap>
          <Num
            label={t('signals.bandWidth')}
            value={banding.width}
            min={1}
            max={50}
            readOnly={readOnly}
            onChange={(v) => setPart('banding', 'width', v ?? 5)}
          />
          <Num
            label={t('signals.lookbackMonths')}
            value={banding.lookbackMonths}
            min={1}
            max={60}
            readOnly={readOnly}
            onChange={(v) => setPart('banding', 'lookbackMonths', v ?? 6)}
          />
          <Num
            label={t('signals.minSample')}
            value={banding.minSample}
            max={10000}
            readOnly={readOnly}
            onChange={(v) => setPart('banding', 'minSample', v ?? 0)}
          />
          <Form.Item label={t('signals.priorToward')} style={{ marginBottom: 8, minWidth: 140 }}>
            <Select
              aria-label={t('signals.priorToward')}
              value={String(prior.toward ?? 'neighbours')}
              disabled={readOnly}
              options={['neighbours', 'overall'].map((x) => ({ value: x, label: t(`signals.toward.${x}`) }))}
              onChange={(toward) =>
                setPart('banding', 'prior', { method: 'beta_binomial', strength: 10, ...prior, toward })
              }
            />
          </Form.Item>
          <Num
            label={t('signals.priorStrength')}
            value={prior.strength}
            max={1000}
            readOnly={readOnly}
            onChange={(strength) =>
              setPart('banding', 'prior', {
                method: 'beta_binomial',
                toward: 'neighbours',
                ...prior,
                strength: strength ?? 0,
              })
            }
          />
          <Num
            label={t('signals.interval')}
            value={banding.interval}
            min={0.5}
            max={0.99}
            step={0.05}
            readOnly={readOnly}
            onChange={(v) => setPart('banding', 'interval', v)}
          />
        </Flex>
      </Card>
      <Card size="small" title={t('signals.timing')} style={{ marginBottom: 8 }}>
        <Flex gap={12} wrap align="center">
          <Form.Item label={t('signals.enabled')} style={{ marginBottom: 8 }}>
            <Switch
              aria-label={t('signals.timingEnabled')}
              checked={timing.enabled === true}
              disabled={readOnly}
              onChange={(v) => setPart('timing', 'enabled', v)}
            />
          </Form.Item>
          <Num
            label={t('signals.lookbackMonths')}
            value={timing.lookbackMonths}
            min={1}
            max={60}
            readOnly={readOnly}
            onChange={(v) => setPart('timing', 'lookbackMonths', v)}
          />
          <Form.Item label={t('signals.newBusinessAllowance')} style={{ marginBottom: 8 }}>
            <Switch
              aria-label={t('signals.newBusinessAllowance')}
              checked={timing.newBusinessAllowance === true}
              disabled={readOnly}
              onChange={(v) => setPart('timing', 'newBusinessAllowance', v)}
            />
          </Form.Item>
        </Flex>
      </Card>
      <Card size="small" title={t('signals.healthAndCalibration')} style={{ marginBottom: 8 }}>
        <Flex gap={8} wrap>
          <Num
            label={t('signals.strongScore')}
            value={health.strongScore}
            max={100}
            readOnly={readOnly}
            onChange={(v) => setPart('health', 'strongScore', v ?? 75)}
          />
          <Num
            label={t('signals.weakScore')}
            value={health.weakScore}
            max={100}
            readOnly={readOnly}
            onChange={(v) => setPart('health', 'weakScore', v ?? 60)}
          />
          <Form.Item label={t('signals.snapshotWeekday')} style={{ marginBottom: 8, minWidth: 120 }}>
            <Select
              aria-label={t('signals.snapshotWeekday')}
              value={String(calibration.snapshotWeekday ?? 'monday')}
              disabled={readOnly}
              options={WEEKDAYS.map((d) => ({ value: d, label: t(`signals.weekdays.${d}`) }))}
              onChange={(v) => setPart('calibration', 'snapshotWeekday', v)}
            />
          </Form.Item>
          <Num
            label={t('signals.deviationThreshold')}
            value={calibration.deviationThreshold}
            max={1}
            step={0.05}
            readOnly={readOnly}
            onChange={(v) => setPart('calibration', 'deviationThreshold', v ?? 0.15)}
          />
          <Num
            label={t('signals.consecutiveWeeks')}
            value={calibration.consecutiveWeeks}
            min={1}
            max={12}
            readOnly={readOnly}
            onChange={(v) => setPart('calibration', 'consecutiveWeeks', v ?? 2)}
          />
        </Flex>
      </Card>
      <Card size="small" title={t('signals.payment')}>
        <Flex gap={12} wrap align="center">
          <Form.Item label={t('signals.enabled')} style={{ marginBottom: 8 }}>
            <Switch
              aria-label={t('signals.paymentEnabled')}
              checked={payment.enabled === true}
              disabled={readOnly}
              onChange={(v) => setPart('payment', 'enabled', v)}
            />
          </Form.Item>
          <Num
            label={t('signals.lookbackMonths')}
            value={payment.lookbackMonths}
            min={1}
            max={120}
            readOnly={readOnly}
            onChange={(v) => setPart('payment', 'lookbackMonths', v)}
          />
          <Num
            label={t('signals.minInvoices')}
            value={payment.minInvoices}
            min={1}
            max={1000}
            readOnly={readOnly}
            onChange={(v) => setPart('payment', 'minInvoices', v)}
          />
        </Flex>
        {steps.map((st, i) => (
          <Flex key={i} gap={8} wrap align="end" data-testid={`payment-step-${i}`}>
            <Num
              label={t('signals.overDays')}
              value={st.overDays}
              max={3650}
              readOnly={readOnly}
              onChange={(v) => setSteps(steps.map((x, j) => (j === i ? { ...x, overDays: v ?? 0 } : x)))}
            />
            <Num
              label={t('signals.factor')}
              value={st.factor}
              max={1}
              step={0.05}
              readOnly={readOnly}
              onChange={(v) => setSteps(steps.map((x, j) => (j === i ? { ...x, factor: v ?? 1 } : x)))}
            />
            <div style={{ flex: 1, minWidth: 200 }}>
              <I18nInputs
                label={t('signals.reason')}
                value={asText(st.reason)}
                readOnly={readOnly}
                onChange={(v) => setSteps(steps.map((x, j) => (j === i ? { ...x, reason: v } : x)))}
              />
            </div>
            {!readOnly && (
              <Button
                size="small"
                type="text"
                icon={<DeleteOutlined />}
                aria-label={t('signals.removeStep', { n: i + 1 })}
                onClick={() => setSteps(steps.filter((_, j) => j !== i))}
              />
            )}
          </Flex>
        ))}
        {!readOnly && steps.length < 10 && (
          <Button
            size="small"
            type="dashed"
            icon={<PlusOutlined />}
            onClick={() =>
              setSteps([
                ...steps,
                {
                  overDays: (numOrUndef(steps.at(-1)?.overDays) ?? -30) + 30,
                  factor: 0.5,
                  reason: { zh: '回款周期超出账期', en: 'Payment cycle beyond terms' },
                },
              ])
            }
          >
            {t('signals.addStep')}
          </Button>
        )}
      </Card>
    </Form>
  );
}
