import { useState } from 'react';
import { Alert, Button, Flex, InputNumber, Typography } from 'antd';
import { ExperimentOutlined } from '@ant-design/icons';
import type { EditableArtifact } from '../api';
import type { Issue } from '../editor/issues';
import { useStudioT } from '../i18n';
import { useSimulateSla } from './sla';
import { SlaSimulateResult } from './SlaSimulateResult';

/** S4: replay the last N days of lead events through the SLA draft and the published policy. */
export function SlaSimulatePanel({
  artifact,
  content,
  issues,
  readOnly,
}: {
  artifact: EditableArtifact;
  content: unknown;
  issues: readonly Issue[];
  readOnly?: boolean;
}) {
  const { t } = useStudioT();
  const [days, setDays] = useState(30);
  const sim = useSimulateSla(artifact.id);
  return (
    <Flex vertical gap={12}>
      <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
        {t('simulate.sla.intro')}
      </Typography.Paragraph>
      <Flex wrap align="center" gap={8}>
        <span>{t('simulate.sla.days')}</span>
        <InputNumber
          aria-label={t('simulate.sla.days')}
          min={1}
          max={92}
          precision={0}
          value={days}
          onChange={(v) => setDays(Math.min(92, Math.max(1, Number(v ?? 30))))}
        />
        <Button
          type="primary"
          icon={<ExperimentOutlined />}
          loading={sim.isPending}
          disabled={readOnly || issues.length > 0}
          onClick={() => sim.mutate({ content, days })}
        >
          {t('simulate.run')}
        </Button>
        {issues.length > 0 && <Typography.Text type="danger">{t('simulate.fixFirst')}</Typography.Text>}
      </Flex>
      {sim.isError && (
        <Alert
          type="error"
          showIcon
          title={t('simulate.failed')}
          description={
            'errors' in sim.error
              ? (sim.error as { errors: Issue[] }).errors.map((e) => `${e.path} ${e.message}`).join('\n')
              : sim.error.message
          }
        />
      )}
      {sim.data && <SlaSimulateResult result={sim.data} />}
    </Flex>
  );
}
