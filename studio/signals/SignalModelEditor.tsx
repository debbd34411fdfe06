import { useMemo } from 'react';
import { Alert, Button, Card, Col, Empty, Flex, Progress, Row, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { fieldsOf } from '../../schemas';
import type { BuilderField } from '../conditions/operators';
import { StudioStyles } from '../dnd/Sortable';
import { moveItem, SortableList } from '../dnd/SortableList';
import { issuesByIndex, NO_ISSUES } from '../editor/issues';
import type { KindEditorProps } from '../editor/types';
import { asList, asObj } from '../forms/edit';
import type { Json } from '../forms/model';
import { useStudioT } from '../i18n';
import { weightTotal } from '../kpi/model';
import { SignalCard } from './SignalCard';
import { SignalSettings } from './SignalSettings';

const DEAL_FIELDS: readonly BuilderField[] = fieldsOf('opportunity');

function newSignal(existing: readonly Json[]): Json {
  const ids = new Set(existing.map((s) => s.id));
  let n = existing.length + 1;
  while (ids.has(`signal_${n}`)) n++;
  return {
    id: `signal_${n}`,
    label: { zh: `新信号 ${n}`, en: `New signal ${n}` },
    category: 'commercial_progress',
    weight: 0,
    detection: { mode: 'manual' },
    evidence: { required: true, kinds: ['note'] },
  };
}

/** S1 signal-model editor (finance): sortable signals with weight sliders and their total, detection, settings. */
export function SignalModelEditor({ value, onChange, issues, readOnly }: KindEditorProps) {
  const { t } = useStudioT();
  const c = asObj(value);
  const signals = asList(c.signals);
  const total = weightTotal(signals);
  const setSignals = (next: Json[]) => onChange({ ...c, signals: next });
  const bySignal = useMemo(() => issuesByIndex(issues, '/signals'), [issues]);
  const other = issues.filter((i) => !i.path.startsWith('/signals/'));
  return (
    <div className="studio-editor">
      <StudioStyles />
      <Row gutter={12}>
        <Col xs={24} xl={14}>
          <Card size="small" style={{ marginBottom: 10 }}>
            <Flex align="center" gap={12} data-testid="signal-total" role="status" aria-live="polite">
              <Progress
                type="circle"
                size={48}
                percent={Math.min(100, total)}
                status={total === 100 ? 'success' : 'normal'}
                format={() => `${total}`}
              />
              <Flex vertical>
                <Typography.Text strong>
                  {t('signals.total', { total, count: signals.length })}
                </Typography.Text>
                <Typography.Text type={total === 100 ? 'secondary' : 'warning'} style={{ fontSize: 12 }}>
                  {total === 100 ? t('signals.totalHint') : t('signals.totalOff', { total })}
                </Typography.Text>
              </Flex>
            </Flex>
          </Card>
          {signals.length === 0 && <Empty description={t('signals.none')} />}
          <SortableList
            items={signals}
            keys={signals.map((s, i) => `${String(s.id)}-${i}`)}
            readOnly={readOnly}
            onMove={(from, to) => setSignals(moveItem(signals, from, to))}
          >
            {(s, i, handle) => (
              <SignalCard
                signal={s}
                handle={handle}
                fields={DEAL_FIELDS}
                issues={bySignal.get(i) ?? NO_ISSUES}
                readOnly={readOnly}
                onChange={(x) => setSignals(signals.map((y, j) => (j === i ? x : y)))}
                onRemove={() => setSignals(signals.filter((_, j) => j !== i))}
              />
            )}
          </SortableList>
          {!readOnly && signals.length < 60 && (
            <Button
              type="dashed"
              block
              icon={<PlusOutlined />}
              onClick={() => setSignals([...signals, newSignal(signals)])}
            >
              {t('signals.add')}
            </Button>
          )}
        </Col>
        <Col xs={24} xl={10}>
          {other.length > 0 && (
            <Alert
              type="error"
              showIcon
              style={{ marginBottom: 8 }}
              title={other.map((e) => (
                <div key={e.path + e.message}>
                  <code>{e.path || '/'}</code> {e.message}
                </div>
              ))}
            />
          )}
          <SignalSettings value={c} readOnly={readOnly} onChange={onChange} />
        </Col>
      </Row>
    </div>
  );
}
