import { Empty, List, Tag, Typography } from 'antd';
import type { DiffEntry } from '../../engine/diff';
import { useStudioT } from '../i18n';

const OP_COLORS = { added: 'green', removed: 'red', changed: 'blue', reordered: 'purple' } as const;

/** A readable list of what changed between two versions (S3). */
export function DiffView({ entries }: { entries: readonly DiffEntry[] }) {
  const { t, text } = useStudioT();
  if (entries.length === 0) return <Empty description={t('diff.none')} />;
  return (
    <List
      size="small"
      data-testid="diff-list"
      dataSource={entries as DiffEntry[]}
      renderItem={(e) => (
        <List.Item>
          <div style={{ width: '100%' }}>
            <Tag color={OP_COLORS[e.op]}>{t(`diff.ops.${e.op}`)}</Tag>
            <Typography.Text type="secondary">{e.section}</Typography.Text>{' '}
            <b>{e.label ? text(e.label) : e.id}</b>
            {e.label && <Typography.Text type="secondary"> ({e.id})</Typography.Text>}
            {e.changes.length > 0 && (
              <ul style={{ margin: '4px 0 0', paddingInlineStart: 20 }}>
                {e.changes.map((c) => (
                  <li key={c.prop}>
                    <Typography.Text code>{c.prop}</Typography.Text>{' '}
                    {c.from !== null && (
                      <Typography.Text delete type="danger">
                        {c.from}
                      </Typography.Text>
                    )}
                    {c.from !== null && c.to !== null && ' → '}
                    {c.to !== null && <Typography.Text type="success">{c.to}</Typography.Text>}
                  </li>
                ))}
              </ul>
            )}
          </div>
        </List.Item>
      )}
    />
  );
}
