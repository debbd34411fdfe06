import { Alert, Button, Col, Empty, Flex, Row, Typography, message } from 'antd';
import { ArrowLeftOutlined } from '@ant-design/icons';
import { useNavigate } from 'react-router';
import { canEditKind, isApiError, useSession } from '../../runtime';
import { useStudioT } from '../i18n';
import { useOpenAsDraft, useSuggestScorecard } from './api';
import { ScorecardForm } from './ScorecardForm';
import { ScorecardResult } from './ScorecardResult';

/** `/studio/scorecard`: suggest a grading scorecard from historical leads (L3, F7). */
export function ScorecardPage() {
  const { t } = useStudioT();
  const navigate = useNavigate();
  const session = useSession();
  const suggest = useSuggestScorecard();
  const open = useOpenAsDraft();
  const [toast, holder] = message.useMessage();
  const canEdit = canEditKind(session, 'grading-rules');

  const fieldErrors: Record<string, string> = {};
  if (isApiError(suggest.error, 400))
    for (const e of suggest.error.errors) fieldErrors[e.path || '/'] ??= e.message;
  const otherError = suggest.error && !isApiError(suggest.error, 400) ? suggest.error.message : null;

  const openDraft = () => {
    if (!suggest.data) return;
    open.mutate(suggest.data.content, {
      onSuccess: (id) => {
        void toast.success(t('scorecard.result.opened'));
        navigate(`/studio/${id}`);
      },
      onError: (e) => void toast.error(e.message),
    });
  };

  return (
    <Flex vertical gap={16}>
      {holder}
      <div>
        <Button
          type="link"
          icon={<ArrowLeftOutlined />}
          onClick={() => navigate('/studio')}
          style={{ paddingInline: 0 }}
        >
          {t('scorecard.back')}
        </Button>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {t('scorecard.title')}
        </Typography.Title>
        <Typography.Paragraph type="secondary">{t('scorecard.intro')}</Typography.Paragraph>
      </div>
      {!canEdit && <Alert type="warning" showIcon message={t('scorecard.noRight')} />}
      <Row gutter={16}>
        <Col xs={24} lg={9}>
          <ScorecardForm
            busy={suggest.isPending}
            fieldErrors={fieldErrors}
            onSubmit={(req) => suggest.mutate(req)}
          />
        </Col>
        <Col xs={24} lg={15}>
          {otherError && (
            <Alert type="error" showIcon message={t('scorecard.failed')} description={otherError} />
          )}
          {fieldErrors['/'] && <Alert type="error" showIcon message={fieldErrors['/']} />}
          {suggest.data ? (
            <ScorecardResult
              result={suggest.data}
              canOpen={canEdit}
              opening={open.isPending}
              onOpenDraft={openDraft}
            />
          ) : (
            !otherError && (
              <Empty
                description={suggest.isPending ? t('scorecard.fitting') : t('scorecard.empty')}
                style={{ marginTop: 48 }}
              />
            )
          )}
        </Col>
      </Row>
    </Flex>
  );
}
