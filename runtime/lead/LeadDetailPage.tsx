import { App, Alert, Breadcrumb, Button, Card, Col, Flex, Result, Row, Skeleton } from 'antd';
import { Link, useNavigate, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import {
  useChangeStatus,
  useLeadDetail,
  useLeadTimeline,
  useLogTouch,
  useProposals,
  useSendProposal,
  useSetTags,
  useTouches,
} from '../api/lead-activity';
import { isApiError } from '../api/client';
import { seesOthersLeads } from '../auth/permissions';
import { useSession } from '../auth/SessionContext';
import { LeadHeader } from './LeadHeader';
import { LeadTimeline } from './LeadTimeline';
import { ProposalPanel } from './ProposalPanel';
import { SlaClocks } from './SlaClocks';
import { StatusActions } from './StatusActions';
import { TagsEditor } from './TagsEditor';
import { TouchForm } from './TouchForm';
import { TouchList } from './TouchList';
import { ConvertToOpportunityButton } from '../opportunities/ConvertToOpportunityButton';

/** `/leads/:id`: one lead — clocks, touches, tags, proposals, status and its whole history. */
export function LeadDetailPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const session = useSession();
  const lead = useLeadDetail(id);
  const timeline = useLeadTimeline(id);
  const touches = useTouches(id);
  const proposals = useProposals(id);
  const logTouch = useLogTouch(id);
  const setTags = useSetTags(id);
  const sendProposal = useSendProposal(id);
  const changeStatus = useChangeStatus(id);
  const listPath = seesOthersLeads(session) ? '/leads' : '/workbench';

  if (lead.isPending) return <Skeleton active paragraph={{ rows: 10 }} />;
  if (lead.isError) {
    if (isApiError(lead.error, 404))
      return (
        <Result
          status="404"
          title={t('lead.notFound')}
          extra={<Button onClick={() => navigate(listPath)}>{t('lead.backToList')}</Button>}
        />
      );
    return (
      <Alert
        type="error"
        showIcon
        title={t('lead.loadError')}
        description={lead.error.message}
        action={<Button onClick={() => void lead.refetch()}>{t('common.retry')}</Button>}
      />
    );
  }
  const l = lead.data;
  const fail = (e: unknown) => {
    void message.error(e instanceof Error ? e.message : String(e));
    throw e;
  };

  return (
    <>
      <Breadcrumb
        style={{ marginBottom: 12 }}
        items={[
          {
            title: <Link to={listPath}>{t(seesOthersLeads(session) ? 'menu.leads' : 'menu.workbench')}</Link>,
          },
          { title: l.name },
        ]}
      />
      <Card style={{ marginBottom: 16 }}>
        <LeadHeader
          lead={l}
          actions={
            <Flex gap={8} wrap align="center">
              <StatusActions
                status={l.status}
                busy={changeStatus.isPending}
                onChange={(status, reason) =>
                  changeStatus
                    .mutateAsync({ status, reason })
                    .then(() => message.success(t(`status.done.${status}`)))
                    .catch(fail)
                }
              />
              <ConvertToOpportunityButton lead={l} />
            </Flex>
          }
        />
      </Card>
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={15}>
          <Card title={t('clocks.title')} size="small" style={{ marginBottom: 16 }}>
            <SlaClocks clocks={l.clocks ?? []} />
          </Card>
          <Card title={t('touch.title')} size="small" style={{ marginBottom: 16 }}>
            <TouchForm submitting={logTouch.isPending} onSubmit={(input) => logTouch.mutateAsync(input)} />
          </Card>
          <Card title={t('touch.listTitle')} size="small" style={{ marginBottom: 16 }}>
            <TouchList touches={touches.data ?? []} loading={touches.isPending} />
          </Card>
          <Card title={t('proposal.panelTitle')} size="small">
            <ProposalPanel
              proposals={proposals.data ?? []}
              sending={sendProposal.isPending}
              onSend={(input) => sendProposal.mutateAsync(input)}
            />
          </Card>
        </Col>
        <Col xs={24} lg={9}>
          <Card title={t('tags.title')} size="small" style={{ marginBottom: 16 }}>
            <TagsEditor
              value={l.tags}
              saving={setTags.isPending}
              onSave={(tags) =>
                setTags
                  .mutateAsync(tags)
                  .then(() => message.success(t('tags.saved')))
                  .catch(fail)
              }
            />
          </Card>
          <Card title={t('timeline.title')} size="small">
            <LeadTimeline events={timeline.data ?? []} loading={timeline.isPending} />
          </Card>
        </Col>
      </Row>
    </>
  );
}
