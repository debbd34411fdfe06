import { Alert, Button, Card, Descriptions, Empty, Flex, Result, Skeleton, Tag, Typography } from 'antd';
import { ArrowLeftOutlined } from '@ant-design/icons';
import { useNavigate, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import {
  AccessTag,
  canEditKind,
  isApiError,
  useArtifact,
  useArtifactVersions,
  useLocaleFormat,
  useSession,
} from '../runtime';
import { JsonView } from './JsonView';
import { VersionHistory } from './VersionHistory';

/** `/studio/:id`: an artefact's version history and its published content (read-only for now). */
export function ArtifactDetailPage() {
  const { id } = useParams();
  const { t } = useTranslation();
  const { text, dateTime } = useLocaleFormat();
  const navigate = useNavigate();
  const session = useSession();
  const artifact = useArtifact(id);
  const versions = useArtifactVersions(id);
  const back = (
    <Button
      type="link"
      icon={<ArrowLeftOutlined />}
      onClick={() => navigate('/studio')}
      style={{ paddingInline: 0 }}
    >
      {t('studio.back')}
    </Button>
  );

  if (artifact.isPending) return <Skeleton active paragraph={{ rows: 10 }} />;
  if (artifact.isError) {
    const notFound = isApiError(artifact.error, 404) || isApiError(artifact.error, 400);
    return (
      <Result
        status={notFound ? '404' : 'error'}
        title={notFound ? t('studio.notFound') : t('common.loadFailed')}
        subTitle={notFound ? undefined : artifact.error.message}
        extra={back}
      />
    );
  }

  const a = artifact.data;
  const editable = canEditKind(session, a.kind);
  return (
    <Flex vertical gap={16}>
      <div>
        {back}
        <Flex wrap align="center" gap={8}>
          <Typography.Title level={3} style={{ margin: 0 }}>
            {text(a.name)}
          </Typography.Title>
          <Tag color="blue">{t(`artifacts.kinds.${a.kind}`)}</Tag>
          <AccessTag editable={editable} />
        </Flex>
      </div>
      <Descriptions size="small" column={{ xs: 1, sm: 2, lg: 4 }}>
        <Descriptions.Item label={t('artifacts.columns.key')}>
          <Typography.Text code>{a.key}</Typography.Text>
        </Descriptions.Item>
        <Descriptions.Item label={t('artifacts.columns.published')}>
          {a.publishedVersion === null ? t('artifacts.notPublished') : `v${a.publishedVersion}`}
        </Descriptions.Item>
        <Descriptions.Item label={t('artifacts.columns.latest')}>v{a.latestVersion}</Descriptions.Item>
        <Descriptions.Item label={t('artifacts.columns.updatedAt')}>
          {dateTime(a.updatedAt)}
        </Descriptions.Item>
      </Descriptions>
      {editable && <Alert type="info" showIcon title={t('studio.editLater')} />}
      <Card size="small" title={t('studio.versionHistory')}>
        {versions.isError ? (
          <Alert type="error" showIcon title={t('common.loadFailed')} description={versions.error.message} />
        ) : (
          <VersionHistory versions={versions.data ?? a.versions ?? []} loading={versions.isPending} />
        )}
      </Card>
      <Card size="small" title={t('studio.publishedContent')}>
        {a.publishedVersion === null || a.content === undefined || a.content === null ? (
          <Empty description={t('studio.noPublished')} />
        ) : (
          <JsonView value={a.content} label={t('studio.publishedContent')} />
        )}
      </Card>
    </Flex>
  );
}
