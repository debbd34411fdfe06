import { Alert, Checkbox, Empty, Flex, Skeleton, Tag, Typography } from 'antd';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { apiFetch, type I18nText } from '../api';
import { useLocaleText } from './useLocaleText';

interface Contribution {
  signalId: string;
  label: I18nText;
  weight: number;
  mode: string;
  present: boolean;
  evidenceRequired: boolean;
}

/** Tick buying signals of the lead's opportunity (F1; `POST /api/opportunities/:id/signals`). */
export function SignalsChecklist({ opportunityId }: { opportunityId: string }) {
  const { t } = useTranslation();
  const text = useLocaleText();
  const qc = useQueryClient();
  const key = ['opportunities', opportunityId, 'score'];
  const score = useQuery({
    queryKey: key,
    queryFn: ({ signal }) =>
      apiFetch<{ score: number; contributions: Contribution[] }>(
        `/api/opportunities/${opportunityId}/score`,
        { signal },
      ),
  });
  const record = useMutation({
    mutationFn: (signalId: string) =>
      apiFetch(`/api/opportunities/${opportunityId}/signals`, { method: 'POST', body: { signalId } }),
    onSuccess: () => qc.invalidateQueries({ queryKey: key }),
  });
  if (score.isPending) return <Skeleton active />;
  if (score.isError)
    return (
      <Alert type="error" showIcon title={t('workbench.signals.error')} description={score.error.message} />
    );
  const manual = score.data.contributions.filter((c) => c.mode !== 'auto');
  if (manual.length === 0) return <Empty description={t('workbench.signals.none')} />;
  return (
    <Flex vertical gap={8}>
      <Typography.Text type="secondary">
        {t('workbench.signals.score', { score: score.data.score })}
      </Typography.Text>
      {manual.map((c) => (
        <Checkbox
          key={c.signalId}
          checked={c.present}
          disabled={c.present || record.isPending}
          onChange={() => record.mutate(c.signalId)}
        >
          {text(c.label)} <Tag>{c.weight}%</Tag>
        </Checkbox>
      ))}
      {record.isError && <Alert type="error" showIcon title={record.error.message} />}
    </Flex>
  );
}
