import { Alert, Button, Flex, Typography } from 'antd';
import { ExperimentOutlined } from '@ant-design/icons';
import type { EditableArtifact } from '../api';
import type { Issue } from '../editor/issues';
import { useStudioT } from '../i18n';
import { useSimulateSignals } from './signals';
import { SignalSimulateResult } from './SignalSimulateResult';

/** S4: the signal-model draft over the open deals: probability shifts and the forecast delta. */
export function SignalSimulatePanel({
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
  const sim = useSimulateSignals(artifact.id);
  return (
    <Flex vertical gap={12}>
      <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
        {t('simulate.signals.intro')}
      </Typography.Paragraph>
      <Flex wrap align="center" gap={8}>
        <Button
          type="primary"
          icon={<ExperimentOutlined />}
          loading={sim.isPending}
          disabled={readOnly || issues.length > 0}
          onClick={() => sim.mutate({ content })}
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
      {sim.data && <SignalSimulateResult result={sim.data} />}
    </Flex>
  );
}
