import type { ReactNode } from 'react';
import { Empty, Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useTranslation } from 'react-i18next';
import { useLocaleFormat, type ArtifactVersion, type VersionState } from '../runtime';

const STATE_COLORS: Record<VersionState, string> = {
  draft: 'processing',
  published: 'success',
  retired: 'default',
};

export interface VersionHistoryProps {
  versions: ArtifactVersion[];
  loading?: boolean;
  /** extra per-version actions (e.g. rollback) in a last column */
  actions?: (v: ArtifactVersion) => ReactNode;
}

/** An artefact's versions, newest first: state, note, author and times. */
export function VersionHistory({ versions, loading, actions }: VersionHistoryProps) {
  const { t } = useTranslation();
  const { dateTime } = useLocaleFormat();
  const rows = [...versions].sort((a, b) => b.version - a.version);

  const columns: ColumnsType<ArtifactVersion> = [
    { key: 'version', title: t('studio.versions.version'), render: (_, v) => <b>v{v.version}</b>, width: 80 },
    {
      key: 'state',
      title: t('studio.versions.state'),
      render: (_, v) => <Tag color={STATE_COLORS[v.state]}>{t(`studio.states.${v.state}`)}</Tag>,
    },
    {
      key: 'note',
      title: t('studio.versions.note'),
      render: (_, v) => v.note || <Typography.Text type="secondary">{t('common.none')}</Typography.Text>,
    },
    {
      key: 'createdBy',
      title: t('studio.versions.createdBy'),
      render: (_, v) => v.createdByName ?? v.createdBy ?? t('common.none'),
    },
    {
      key: 'createdAt',
      title: t('studio.versions.createdAt'),
      render: (_, v) => <span style={{ whiteSpace: 'nowrap' }}>{dateTime(v.createdAt)}</span>,
    },
    {
      key: 'publishedAt',
      title: t('studio.versions.publishedAt'),
      render: (_, v) => (
        <span style={{ whiteSpace: 'nowrap' }}>{dateTime(v.publishedAt) || t('common.none')}</span>
      ),
    },
  ];
  if (actions) columns.push({ key: 'actions', title: '', render: (_, v) => actions(v) });

  return (
    <Table<ArtifactVersion>
      rowKey="version"
      size="small"
      loading={loading}
      pagination={false}
      scroll={{ x: 'max-content' }}
      columns={columns}
      dataSource={rows}
      locale={{ emptyText: <Empty description={t('studio.versions.empty')} /> }}
    />
  );
}
