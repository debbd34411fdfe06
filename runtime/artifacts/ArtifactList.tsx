import { Card, Empty, Flex, Skeleton, Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { ARTIFACT_KINDS, type ArtifactKind, type ArtifactSummary } from '../api/types';
import { useLocaleFormat } from '../i18n';
import { AccessTag } from './AccessTag';

export interface ArtifactListProps {
  items: ArtifactSummary[];
  canEdit: (kind: ArtifactKind) => boolean;
  loading?: boolean;
  /** Where an artefact's detail page lives; defaults to the studio. */
  linkTo?: (a: ArtifactSummary) => string;
}

/** Artefacts grouped by kind, with their published and latest version and the user's access. */
export function ArtifactList({
  items,
  canEdit,
  loading,
  linkTo = (a) => `/studio/${a.id}`,
}: ArtifactListProps) {
  const { t } = useTranslation();
  const { text, dateTime } = useLocaleFormat();

  if (loading) return <Skeleton active paragraph={{ rows: 6 }} />;
  if (items.length === 0) return <Empty description={t('artifacts.empty')} />;

  const columns: ColumnsType<ArtifactSummary> = [
    {
      key: 'name',
      title: t('artifacts.columns.name'),
      render: (_, a) => <Link to={linkTo(a)}>{text(a.name)}</Link>,
    },
    {
      key: 'key',
      title: t('artifacts.columns.key'),
      render: (_, a) => <Typography.Text code>{a.key}</Typography.Text>,
    },
    {
      key: 'published',
      title: t('artifacts.columns.published'),
      render: (_, a) =>
        a.publishedVersion === null ? (
          <Tag>{t('artifacts.notPublished')}</Tag>
        ) : (
          <Tag color="success">v{a.publishedVersion}</Tag>
        ),
    },
    { key: 'latest', title: t('artifacts.columns.latest'), render: (_, a) => `v${a.latestVersion}` },
    {
      key: 'updatedAt',
      title: t('artifacts.columns.updatedAt'),
      render: (_, a) => <span style={{ whiteSpace: 'nowrap' }}>{dateTime(a.updatedAt)}</span>,
    },
  ];

  const kinds = ARTIFACT_KINDS.filter((k) => items.some((a) => a.kind === k));
  return (
    <Flex vertical gap={16}>
      {kinds.map((kind) => (
        <Card
          key={kind}
          size="small"
          data-kind={kind}
          title={t(`artifacts.kinds.${kind}`)}
          extra={<AccessTag editable={canEdit(kind)} />}
        >
          <Table<ArtifactSummary>
            rowKey="id"
            size="small"
            pagination={false}
            scroll={{ x: 'max-content' }}
            columns={columns}
            dataSource={items.filter((a) => a.kind === kind)}
          />
        </Card>
      ))}
    </Flex>
  );
}
