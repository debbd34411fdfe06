import { useMemo, useState } from 'react';
import { Alert, Button, Flex, Select, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { currentLanguage } from '../i18n';
import { can } from '../auth/permissions';
import { useSession } from '../auth/SessionContext';
import { useOpportunities, type OpportunityFilters } from '../api/opportunities';
import { stageLabel, stagesOf } from './format';
import { NewOpportunityDrawer } from './NewOpportunityDrawer';
import { OpportunityTable } from './OpportunityTable';

/** `/opportunities`: the opportunities the user may see, filtered by stage, owner and frozen. */
export function OpportunitiesPage() {
  const { t, i18n } = useTranslation();
  const lang = currentLanguage(i18n);
  const session = useSession();
  const [params, setParams] = useSearchParams();
  const [drawer, setDrawer] = useState(false);
  const filters: OpportunityFilters = {
    stage: params.get('stage') ?? undefined,
    owner: params.get('owner') ?? undefined,
    frozen: params.get('frozen') === null ? undefined : params.get('frozen') === 'true',
  };
  const list = useOpportunities(filters);
  const seesOthers = can(session, 'opportunities:read:all') || can(session, 'opportunities:read:team');
  const owners = useMemo(() => {
    const m = new Map<string, string>();
    for (const o of list.data ?? []) m.set(o.ownerId, o.ownerName ?? o.ownerId);
    if (filters.owner && !m.has(filters.owner)) m.set(filters.owner, filters.owner);
    return [...m];
  }, [list.data, filters.owner]);
  const set = (key: string, value: string | undefined) => {
    const next = new URLSearchParams(params);
    if (value === undefined || value === '') next.delete(key);
    else next.set(key, value);
    setParams(next, { replace: true });
  };

  return (
    <>
      <Flex justify="space-between" align="center" wrap gap={8} style={{ marginBottom: 12 }}>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {t('opp.list.title')}
        </Typography.Title>
        {can(session, 'opportunities:edit') && (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setDrawer(true)}>
            {t('opp.new.button')}
          </Button>
        )}
      </Flex>
      <Flex gap={8} wrap style={{ marginBottom: 12 }} role="search" aria-label={t('opp.list.filters')}>
        <Select
          allowClear
          aria-label={t('opp.fields.stage')}
          placeholder={t('opp.list.anyStage')}
          style={{ minWidth: 140 }}
          value={filters.stage}
          onChange={(v?: string) => set('stage', v)}
          options={stagesOf(undefined).map((s) => ({ value: s.id, label: stageLabel(t, lang, s.id) }))}
        />
        {seesOthers && (
          <Select
            allowClear
            showSearch={{ optionFilterProp: 'label' }}
            aria-label={t('opp.fields.owner')}
            placeholder={t('opp.list.anyOwner')}
            style={{ minWidth: 140 }}
            value={filters.owner}
            onChange={(v?: string) => set('owner', v)}
            options={owners.map(([id, name]) => ({ value: id, label: name }))}
          />
        )}
        <Select
          allowClear
          aria-label={t('opp.list.frozenFilter')}
          placeholder={t('opp.list.anyFrozen')}
          style={{ minWidth: 140 }}
          value={filters.frozen === undefined ? undefined : String(filters.frozen)}
          onChange={(v?: string) => set('frozen', v)}
          options={[
            { value: 'true', label: t('opp.list.onlyFrozen') },
            { value: 'false', label: t('opp.list.notFrozen') },
          ]}
        />
      </Flex>
      {list.isError ? (
        <Alert
          type="error"
          showIcon
          title={t('opp.list.loadError')}
          description={list.error.message}
          action={<Button onClick={() => void list.refetch()}>{t('common.retry')}</Button>}
        />
      ) : (
        <OpportunityTable items={list.data ?? []} loading={list.isPending} showOwner={seesOthers} />
      )}
      <NewOpportunityDrawer open={drawer} onClose={() => setDrawer(false)} />
    </>
  );
}
