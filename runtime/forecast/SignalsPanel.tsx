// SignalsPanel({ opportunityId }): the deal's signals, score and probability, with recording and
// withdrawal for those who may (F1–F3, F6). Embedded in the opportunity page.
import { Alert, App, Card, Skeleton } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useDealScore, useRecordSignal, useRemoveSignal, type SignalContributionView } from '../api/forecast';
import { can } from '../auth/permissions';
import { useSession } from '../auth/SessionContext';
import { RecordSignalModal } from './RecordSignalModal';
import { SignalsPanelView } from './SignalsPanelView';

export function SignalsPanel({ opportunityId }: { opportunityId: string }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const session = useSession();
  const score = useDealScore(opportunityId);
  const record = useRecordSignal(opportunityId);
  const remove = useRemoveSignal(opportunityId);
  const [recording, setRecording] = useState<SignalContributionView | null>(null);

  if (score.isLoading)
    return (
      <Card size="small" title={t('signals.title')}>
        <Skeleton active />
      </Card>
    );
  if (score.isError || !score.data)
    return <Alert type="error" showIcon title={t('signals.loadError')} description={score.error?.message} />;
  return (
    <>
      <SignalsPanelView
        data={score.data}
        canRecord={can(session, 'signals:record')}
        busy={record.isPending || remove.isPending}
        onRecord={setRecording}
        onRemove={(entryId) =>
          remove.mutate(entryId, {
            onSuccess: (r) => void message.success(t('signals.removed', { score: r.score })),
            onError: (e) => void message.error(e.message),
          })
        }
      />
      <RecordSignalModal
        signal={recording}
        onClose={() => setRecording(null)}
        onSubmit={async (input) => {
          const r = await record.mutateAsync(input);
          void message.success(t('signals.saved', { score: r.score }));
        }}
      />
    </>
  );
}
