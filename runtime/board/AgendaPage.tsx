import { useState } from 'react';
import { Alert, App, Card, DatePicker, Flex, Typography } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { useAgenda, useTickAgenda } from '../api/board';
import { can } from '../auth/permissions';
import { useSession } from '../auth/SessionContext';
import { AgendaList } from './AgendaList';

/** `/agenda`: the morning meeting (L8) — red board items and breached clocks, with owners. */
export function AgendaPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [date, setDate] = useState<string | undefined>(undefined);
  const agenda = useAgenda(date);
  const tick = useTickAgenda();
  const mayTick = can(useSession(), 'agenda:manage');
  const shown = agenda.data?.date ?? date;
  return (
    <>
      <Typography.Title level={3} style={{ marginTop: 0 }}>
        {t('agenda.title')}
      </Typography.Title>
      <Typography.Paragraph type="secondary">{t('agenda.intro')}</Typography.Paragraph>
      <Card
        size="small"
        title={
          <Flex align="center" gap={8} wrap>
            <span>{t('agenda.date')}</span>
            <DatePicker
              allowClear={false}
              aria-label={t('agenda.date')}
              value={shown ? dayjs(shown) : null}
              onChange={(d) => setDate(d ? d.format('YYYY-MM-DD') : undefined)}
            />
            {agenda.data && agenda.data.date === agenda.data.nextMeeting && (
              <Typography.Text type="secondary" style={{ fontWeight: 'normal' }}>
                {t('agenda.next')}
              </Typography.Text>
            )}
          </Flex>
        }
      >
        {agenda.isError ? (
          <Alert type="error" showIcon title={t('agenda.loadError')} description={agenda.error.message} />
        ) : (
          <AgendaList
            items={agenda.data?.items ?? []}
            loading={agenda.isPending}
            ticking={tick.isPending ? (tick.variables?.id ?? null) : null}
            onTick={
              mayTick
                ? (item, done) =>
                    tick.mutate({ id: item.id, done }, { onError: (e) => void message.error(e.message) })
                : undefined
            }
          />
        )}
      </Card>
    </>
  );
}
