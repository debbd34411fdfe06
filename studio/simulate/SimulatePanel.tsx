import { useState } from 'react';
import { Alert, Button, Flex, InputNumber, Typography } from 'antd';
import { ExperimentOutlined } from '@ant-design/icons';
import { useSimulate, type EditableArtifact } from '../api';
import type { Issue } from '../editor/issues';
import { useStudioT } from '../i18n';
import { SimulateResult } from './SimulateResult';

export const MAX_SIMULATED_LEADS = 100_000;

/** S4: run the draft against the last N leads on the server and show what would change. */
export function SimulatePanel({
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
  const { t, text } = useStudioT();
  const [limit, setLimit] = useState(1000);
  const sim = useSimulate(artifact.id);
  const rules =
    (content as { rules?: { id: string; label?: { zh: string; en: string } }[] } | null)?.rules ?? [];
  const published = (artifact.content as (typeof content & { rules?: typeof rules }) | null)?.rules ?? [];
  const ruleLabel = (id: string) => {
    const r = rules.find((x) => x.id === id) ?? published.find((x) => x.id === id);
    return r?.label ? text(r.label) : id;
  };
  return (
    <Flex vertical gap={12}>
      <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
        {t(artifact.kind === 'grading-rules' ? 'simulate.introGrading' : 'simulate.introAssignment')}
      </Typography.Paragraph>
      <Flex wrap align="center" gap={8}>
        <span>{t('simulate.limit')}</span>
        <InputNumber
          aria-label={t('simulate.limit')}
          min={1}
          max={MAX_SIMULATED_LEADS}
          precision={0}
          value={limit}
          onChange={(v) => setLimit(Math.min(MAX_SIMULATED_LEADS, Math.max(1, Number(v ?? 1))))}
        />
        <Button
          type="primary"
          icon={<ExperimentOutlined />}
          loading={sim.isPending}
          disabled={readOnly || issues.length > 0}
          onClick={() => sim.mutate({ content, limit })}
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
      {sim.data && <SimulateResult result={sim.data} ruleLabel={ruleLabel} />}
    </Flex>
  );
}
