import { useState } from 'react';
import { Alert, App, Breadcrumb, Button, Card, Col, Flex, Result, Row, Skeleton, Tabs } from 'antd';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../api/client';
import {
  StageChangeRefused,
  useChangeStage,
  useFormTemplate,
  useDecideReview,
  useOpportunity,
  useTickMilestone,
  useTickets,
  type GateCheck,
  type GateMissingItem,
} from '../api/opportunities';
import { can } from '../auth/permissions';
import { useSession } from '../auth/SessionContext';
import { currentLanguage } from '../i18n';
import { SignalsPanel } from '../forecast/SignalsPanel';
import { DualTrackView } from './DualTrackView';
import { FormTab } from './FormTab';
import { FrozenBanner } from './FrozenBanner';
import { GateChecklist } from './GateChecklist';
import { OpportunityHeader } from './OpportunityHeader';
import { OpportunityTimeline } from './OpportunityTimeline';
import { RequirementDiffView } from './RequirementDiffView';
import { ReviewPanel } from './ReviewPanel';
import { StageBar } from './StageBar';
import { TicketsPanel } from './TicketsPanel';
import { optionLabelsOf, stageLabel } from './format';
import { formContent } from './FormTab';
import { anchorFor, scrollToAnchor, tabFor, type OpportunityTab } from './goTo';

const TABS: OpportunityTab[] = ['overview', 'requirements', 'assessment', 'diff'];

/** `/opportunities/:id`: stage and gates, dual track, forms, tickets, the diff, the review and history. */
export function OpportunityDetailPage() {
  const { id = '' } = useParams();
  const { t, i18n } = useTranslation();
  const lang = currentLanguage(i18n);
  const { message } = App.useApp();
  const navigate = useNavigate();
  const session = useSession();
  const [params, setParams] = useSearchParams();
  const tab = (TABS as string[]).includes(params.get('tab') ?? '')
    ? (params.get('tab') as OpportunityTab)
    : 'overview';
  const setTab = (k: OpportunityTab) => {
    const next = new URLSearchParams(params);
    if (k === 'overview') next.delete('tab');
    else next.set('tab', k);
    setParams(next, { replace: true });
  };
  const opp = useOpportunity(id);
  const requirementForm = useFormTemplate(opp.data?.templateId);
  const ticketsQuery = useTickets(
    { opportunityId: id },
    opp.data !== undefined && opp.data.tickets === undefined,
  );
  const changeStage = useChangeStage(id);
  const tick = useTickMilestone(id);
  const decide = useDecideReview();
  const [refusal, setRefusal] = useState<{ target: string; gates: GateCheck[] } | null>(null);

  if (opp.isPending) return <Skeleton active paragraph={{ rows: 12 }} />;
  if (opp.isError) {
    if (isApiError(opp.error, 404) || isApiError(opp.error, 403))
      return (
        <Result
          status="404"
          title={t('opp.detail.notFound')}
          extra={<Button onClick={() => navigate('/opportunities')}>{t('opp.detail.backToList')}</Button>}
        />
      );
    return (
      <Alert
        type="error"
        showIcon
        title={t('opp.detail.loadError')}
        description={opp.error.message}
        action={<Button onClick={() => void opp.refetch()}>{t('common.retry')}</Button>}
      />
    );
  }
  const o = opp.data;
  const tickets = o.tickets ?? ticketsQuery.data ?? [];
  const canEdit = can(session, 'opportunities:edit');
  const canAssess = can(session, 'opportunities:assess');
  const pendingGates = (o.gates ?? []).filter((g) => g.passed === false && g.missing.length > 0);

  const moveTo = (stage: string) =>
    changeStage
      .mutateAsync(stage)
      .then(() => {
        setRefusal(null);
        void message.success(t('opp.stage.moved', { stage: stageLabel(t, lang, stage, o.stages) }));
      })
      .catch((e: unknown) => {
        if (e instanceof StageChangeRefused) {
          if (e.status === 422) setRefusal({ target: stage, gates: e.gates });
          else {
            setRefusal(null);
            void message.error(t('opp.frozen.refused'));
          }
        } else void message.error(e instanceof Error ? e.message : String(e));
      });

  const goTo = (m: GateMissingItem) => {
    setTab(tabFor(m));
    scrollToAnchor(anchorFor(m));
  };

  const overview = (
    <Row gutter={[16, 16]}>
      <Col xs={24} xl={16}>
        <Card size="small" title={t('opp.track.title')} style={{ marginBottom: 16 }}>
          {o.tracks ? (
            <DualTrackView
              tracks={o.tracks}
              canTick={{ sales: canEdit && !o.frozen, delivery: canAssess }}
              busy={tick.isPending}
              onTick={(track, milestone, done) =>
                void tick
                  .mutateAsync({ track, milestone, done })
                  .catch((e: unknown) => message.error(e instanceof Error ? e.message : String(e)))
              }
            />
          ) : (
            <Skeleton active />
          )}
        </Card>
        <Card size="small" title={t('opp.ticket.title')} id="opportunity-tickets">
          <TicketsPanel tickets={tickets} loading={o.tickets === undefined && ticketsQuery.isPending} />
        </Card>
      </Col>
      <Col xs={24} xl={8}>
        <div style={{ marginBottom: 16 }}>
          <SignalsPanel opportunityId={o.id} />
        </div>
        <Card size="small" title={t('opp.review.title')} style={{ marginBottom: 16 }}>
          <ReviewPanel
            review={o.review}
            canDecide={can(session, 'reviews:decide')}
            role={session.user.role}
            deciding={decide.isPending}
            onDecide={(decision, note) =>
              o.review
                ? decide
                    .mutateAsync({ id: o.review.id, decision, note, opportunityId: o.id })
                    .then(() => message.success(t(`opp.review.done.${decision}`)))
                : Promise.resolve()
            }
          />
        </Card>
        <Card size="small" title={t('opp.timeline.title')}>
          <OpportunityTimeline events={o.timeline ?? []} stages={o.stages} tracks={o.tracks} />
        </Card>
      </Col>
    </Row>
  );

  return (
    <>
      <Breadcrumb
        style={{ marginBottom: 12 }}
        items={[{ title: <Link to="/opportunities">{t('menu.opportunities')}</Link> }, { title: o.name }]}
      />
      <Card style={{ marginBottom: 16 }}>
        <OpportunityHeader opp={o}>
          <StageBar
            stage={o.stage}
            stages={o.stages}
            frozen={o.frozen}
            canChange={canEdit}
            busy={changeStage.isPending}
            onChange={(s) => void moveTo(s)}
          />
        </OpportunityHeader>
      </Card>
      <Flex vertical gap={12} style={{ marginBottom: 16 }}>
        {o.frozen && (
          <FrozenBanner diff={o.requirementDiff} review={o.review} onShowDiff={() => setTab('diff')} />
        )}
        {refusal && (
          <GateChecklist
            gates={refusal.gates}
            stages={o.stages}
            target={refusal.target}
            onGoTo={goTo}
            onClose={() => setRefusal(null)}
          />
        )}
        {!refusal && pendingGates.length > 0 && !o.frozen && (
          <Alert
            type="info"
            showIcon
            title={t('opp.gate.preview', {
              stage: stageLabel(t, lang, pendingGates[0]!.to ?? '', o.stages),
              n: pendingGates.reduce((n, g) => n + g.missing.length, 0),
            })}
            action={
              <Button
                size="small"
                onClick={() => setRefusal({ target: pendingGates[0]!.to ?? '', gates: pendingGates })}
              >
                {t('opp.gate.showChecklist')}
              </Button>
            }
          />
        )}
      </Flex>
      <Tabs
        activeKey={tab}
        onChange={(k) => setTab(k as OpportunityTab)}
        items={[
          { key: 'overview', label: t('opp.tabs.overview'), children: overview },
          {
            key: 'requirements',
            label: t('opp.tabs.requirements'),
            children: (
              <FormTab
                opportunityId={o.id}
                which="requirements"
                templateId={o.templateId ?? o.requirements?.templateId}
                submission={o.requirements}
                readOnly={!canEdit || o.frozen}
              />
            ),
          },
          {
            key: 'assessment',
            label: t('opp.tabs.assessment'),
            children: (
              <FormTab
                opportunityId={o.id}
                which="assessment"
                templateId={o.assessmentTemplateId ?? o.assessment?.templateId}
                submission={o.assessment}
                readOnly={!canAssess}
              />
            ),
          },
          {
            key: 'diff',
            label: t('opp.tabs.diff'),
            children: (
              <RequirementDiffView
                diff={o.requirementDiff}
                optionLabels={optionLabelsOf(formContent(requirementForm.data), lang)}
              />
            ),
          },
        ]}
      />
    </>
  );
}
