import { Alert, Button, Card, Col, Flex, Row, Statistic, Table, Tag, Typography } from 'antd';
import { useStudioT } from '../i18n';
import type { Measured, ScoreClass, ScorecardSuggestion, SuggestedRule } from './types';

const CLASSES: ScoreClass[] = ['A', 'B', 'C', 'D'];
const COLORS = { A: 'red', B: 'orange', C: 'blue', D: 'default' } as const;
const pct = (x: number | null | undefined) =>
  x === null || x === undefined ? '—' : `${(x * 100).toFixed(1)}%`;
const auc = (x: number | null | undefined) => (x === null || x === undefined ? '—' : x.toFixed(3));

/** Step 2: the fitted rules, their held-out AUC and conversion by class next to the hand-written set. */
export function ScorecardResult({
  result,
  canOpen,
  opening,
  onOpenDraft,
}: {
  result: ScorecardSuggestion;
  canOpen: boolean;
  opening: boolean;
  onOpenDraft: () => void;
}) {
  const { t, text } = useStudioT();
  const { evaluation: e, baseline: b, content, rows } = result;
  const classRows = CLASSES.map((k) => ({ k, fitted: e.classes[k], baseline: b?.classes[k] }));
  const ready = result.draftIssues.length === 0;
  return (
    <Flex vertical gap={16}>
      <Card size="small" title={t('scorecard.result.measured', { n: rows.holdout, rule: rows.holdoutRule })}>
        <Row gutter={16}>
          <Col xs={12} md={6}>
            <Statistic title={t('scorecard.result.auc')} value={auc(e.auc)} />
          </Col>
          <Col xs={12} md={6}>
            <Statistic title={t('scorecard.result.unrounded')} value={auc(e.unroundedAuc)} />
          </Col>
          <Col xs={12} md={6}>
            <Statistic
              title={t('scorecard.result.baseline')}
              value={b ? auc(b.auc) : t('scorecard.result.noBaseline')}
            />
          </Col>
          <Col xs={12} md={6}>
            <Statistic
              title={t('scorecard.result.training')}
              value={auc(result.training.auc)}
              suffix={`· ${rows.training}`}
            />
          </Col>
        </Row>
      </Card>
      <Card size="small" title={t('scorecard.result.classes')}>
        <Table
          size="small"
          rowKey="k"
          pagination={false}
          dataSource={classRows}
          columns={[
            {
              title: t('scorecard.result.class'),
              dataIndex: 'k',
              render: (k: ScoreClass) => <Tag color={COLORS[k]}>{k}</Tag>,
            },
            { title: t('scorecard.result.fittedN'), render: (_, r) => r.fitted.n },
            { title: t('scorecard.result.fittedConversion'), render: (_, r) => pct(r.fitted.conversion) },
            { title: t('scorecard.result.baselineN'), render: (_, r) => r.baseline?.n ?? '—' },
            {
              title: t('scorecard.result.baselineConversion'),
              render: (_, r) => pct(r.baseline?.conversion),
            },
          ]}
        />
      </Card>
      <Card
        size="small"
        title={t('scorecard.result.rules', { n: content.rules.length })}
        extra={
          <Flex gap={8} align="center">
            <Typography.Text type="secondary">
              {t('scorecard.result.thresholds', content.thresholds)}
            </Typography.Text>
            <Button type="primary" onClick={onOpenDraft} loading={opening} disabled={!ready || !canOpen}>
              {t('scorecard.result.openDraft')}
            </Button>
          </Flex>
        }
      >
        {!ready && (
          <Alert
            type="info"
            showIcon
            style={{ marginBottom: 12 }}
            message={t('scorecard.result.notReady')}
            description={result.draftIssues
              .map((i) => (i.path === '/mapping' ? t('scorecard.result.mapFirst') : i.message))
              .join('; ')}
          />
        )}
        <Table<SuggestedRule>
          size="small"
          rowKey="id"
          pagination={false}
          dataSource={content.rules}
          columns={[
            { title: t('scorecard.result.condition'), render: (_, r) => text(r.label) },
            {
              title: t('scorecard.result.points'),
              dataIndex: 'points',
              align: 'right',
              render: (p: number) => (
                <Typography.Text type={p < 0 ? 'danger' : undefined}>{p > 0 ? `+${p}` : p}</Typography.Text>
              ),
            },
            {
              title: t('scorecard.result.logic'),
              render: (_, r) => (
                <Typography.Text code copyable style={{ fontSize: 12 }}>
                  {JSON.stringify(r.when)}
                </Typography.Text>
              ),
            },
          ]}
        />
      </Card>
    </Flex>
  );
}

export type { Measured };
