import { Alert, Button, Card, Flex, Statistic, Typography } from 'antd';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useBoard } from '../api/board';
import { useLocaleFormat } from '../i18n';
import { BoardTable } from './BoardTable';
import { LIGHT_COLORS } from './Light';

/** `/board`: the traffic-light board (L8), refreshed live. */
export function BoardPage() {
  const { t } = useTranslation();
  const { dateTime } = useLocaleFormat();
  const board = useBoard();
  const totals = board.data?.totals;
  return (
    <>
      <Flex justify="space-between" align="flex-start" wrap gap={8}>
        <Typography.Title level={3} style={{ marginTop: 0 }}>
          {t('board.title')}
        </Typography.Title>
        <Link to="/agenda">{t('board.toAgenda')}</Link>
      </Flex>
      <Typography.Paragraph type="secondary">
        {t('board.intro')}
        {board.data ? ` ${t('board.updated', { time: dateTime(board.data.at) })}` : ''}
      </Typography.Paragraph>
      {board.isError && (
        <Alert
          type="error"
          showIcon
          style={{ marginBottom: 16 }}
          title={t('board.loadError')}
          description={board.error.message}
          action={<Button onClick={() => void board.refetch()}>{t('common.retry')}</Button>}
        />
      )}
      <Card size="small" style={{ marginBottom: 16 }}>
        <Flex gap={32} wrap>
          {(['red', 'amber', 'green'] as const).map((l) => (
            <Statistic
              key={l}
              title={t(`board.lights.${l}`)}
              value={totals?.[l] ?? 0}
              loading={!totals}
              styles={{ content: { color: LIGHT_COLORS[l] } }}
            />
          ))}
        </Flex>
      </Card>
      <BoardTable rows={board.data?.rows ?? []} loading={board.isPending} />
    </>
  );
}
