import { useState } from 'react';
import { App, Button, Card, Flex, List, Typography } from 'antd';
import { RollbackOutlined } from '@ant-design/icons';
import { useArtifactVersions, useLocaleFormat, type ArtifactVersion } from '../../runtime';
import { useAudit, usePublish, type EditableArtifact } from '../api';
import { useStudioT } from '../i18n';
import { VersionHistory } from '../VersionHistory';
import { PublishDialog } from './PublishDialog';

/** Versions with rollback (re-publishing an older version, with a note) and the audit trail. */
export function HistoryPanel({ artifact: a, readOnly }: { artifact: EditableArtifact; readOnly: boolean }) {
  const { t } = useStudioT();
  const { dateTime } = useLocaleFormat();
  const { message } = App.useApp();
  const versions = useArtifactVersions(a.id);
  const audit = useAudit(a.id);
  const publish = usePublish(a.id);
  const [target, setTarget] = useState<number | null>(null);

  const rollbackable = (v: ArtifactVersion) =>
    !readOnly && v.state === 'retired' && a.publishedVersion !== null && v.version < a.publishedVersion;

  return (
    <Flex vertical gap={12}>
      <VersionHistory
        versions={versions.data ?? []}
        loading={versions.isPending}
        actions={(v) =>
          rollbackable(v) ? (
            <Button size="small" icon={<RollbackOutlined />} onClick={() => setTarget(v.version)}>
              {t('history.rollback')}
            </Button>
          ) : null
        }
      />
      <Card size="small" title={t('history.audit')}>
        <List
          size="small"
          loading={audit.isPending}
          dataSource={audit.data ?? []}
          locale={{ emptyText: t('history.noAudit') }}
          renderItem={(e) => (
            <List.Item>
              <Typography.Text type="secondary">{dateTime(e.at)}</Typography.Text>&nbsp;
              <b>{e.actorName ?? t('history.system')}</b>&nbsp;
              {t(`history.actions.${e.action}`, { defaultValue: e.action })}
              {typeof e.detail?.version === 'number' && ` v${e.detail.version}`}
              {typeof e.detail?.note === 'string' && (
                <Typography.Text type="secondary"> — {e.detail.note}</Typography.Text>
              )}
            </List.Item>
          )}
        />
      </Card>
      <PublishDialog
        open={target !== null}
        title={t('history.rollbackTitle', { version: target })}
        busy={publish.isPending}
        onCancel={() => setTarget(null)}
        onConfirm={(note) =>
          void publish
            .mutateAsync({ version: target!, note })
            .then(() => message.success(t('history.rolledBack', { version: target })))
            .catch((e: unknown) => message.error(e instanceof Error ? e.message : String(e)))
            .finally(() => setTarget(null))
        }
      />
    </Flex>
  );
}
