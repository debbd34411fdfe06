import { Alert, App, Card, Col, Empty, Row, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useAgenda, useBoard, useTickAgenda } from '../api/board';
import { can } from '../auth/permissions';
import { useSession } from '../auth/SessionContext';
import { AgendaList } from '../board/AgendaList';
import { BoardTable } from '../board/BoardTable';
import { BattleReportCards } from '../workbench/BattleReportCards';
import { useBattleReport } from '../workbench/api';

/** Home of managers and directors: the traffic-light board, today's agenda and escalations. */

/** Agenda kinds shown as escalations: late work on one lead or deal, not a rep's board light. */
const ESCALATIONS = new Set(['clock_breached', 'ticket_overdue', 'review_overdue']);

export function ManagerHomePage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const board = useBoard();
  const agenda = useAgenda();
  const battle = useBattleReport();
  const tick = useTickAgenda();
  const mayTick = can(useSession(), 'agenda:manage');
  const items = agenda.data?.items ?? [];
  const escalations = items.filter((i) => ESCALATIONS.has(i.kind));
  const meeting = items.filter((i) => !ESCALATIONS.has(i.kind));
  const onTick = mayTick
    ? (item: { id: string }, done: boolean) =>
        tick.mutate({ id: item.id, done }, { onError: (e) => void message.error(e.message) })
    : undefined;
  const ticking = tick.isPending ? (tick.variables?.id ?? null) : null;

  return (
    <>
      <Typography.Title level={3} style={{ marginTop: 0 }}>
        {t('workbench.manager.title')}
      </Typography.Title>
      <Typography.Paragraph type="secondary">{t('workbench.manager.intro')}</Typography.Paragraph>
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={14}>
          <Card size="small" title={t('workbench.manager.board')}>
            {board.isError ? (
              <Alert
                type="error"
                showIcon
                title={t('workbench.manager.error')}
                description={board.error.message}
              />
            ) : (
              <BoardTable rows={board.data?.rows ?? []} loading={board.isPending} />
            )}
          </Card>
        </Col>
        <Col xs={24} xl={10}>
          <Card size="small" title={t('workbench.manager.escalations')} style={{ marginBottom: 16 }}>
            {agenda.isError ? (
              <Alert
                type="error"
                showIcon
                title={t('workbench.manager.error')}
                description={agenda.error.message}
              />
            ) : escalations.length === 0 && !agenda.isPending ? (
              <Empty description={t('workbench.manager.noEscalations')} />
            ) : (
              <AgendaList items={escalations} loading={agenda.isPending} onTick={onTick} ticking={ticking} />
            )}
          </Card>
          <Card size="small" title={t('workbench.manager.agenda')} style={{ marginBottom: 16 }}>
            {!agenda.isError && (
              <AgendaList items={meeting} loading={agenda.isPending} onTick={onTick} ticking={ticking} />
            )}
          </Card>
          <Card size="small" title={t('workbench.battle.title')}>
            <BattleReportCards cards={battle.data?.cards} loading={battle.isPending} error={battle.error} />
          </Card>
        </Col>
      </Row>
    </>
  );
}
