import { Button, Descriptions, Flex, Result, Skeleton, Tag, Typography } from 'antd';
import { ArrowLeftOutlined } from '@ant-design/icons';
import { useNavigate, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { AccessTag, canEditKind, isApiError, useArtifact, useLocaleFormat, useSession } from '../runtime';
import type { EditableArtifact } from './api';
import { ArtifactWorkspace } from './editor/ArtifactWorkspace';
import { EDITORS } from './editors';

/** `/studio/:id`: edit an artefact (read-only without the kind's edit right), simulate, diff, history. */
export function ArtifactDetailPage() {
  const { id } = useParams();
  const { t } = useTranslation();
  const { text, dateTime } = useLocaleFormat();
  const navigate = useNavigate();
  const session = useSession();
  const artifact = useArtifact(id);
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

  const a = artifact.data as EditableArtifact;
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
      <ArtifactWorkspace key={a.id} artifact={a} readOnly={!editable} editors={EDITORS} />
    </Flex>
  );
}
