import { Tabs, Typography } from 'antd';
import { useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { can } from '../auth/permissions';
import { useSession } from '../auth/SessionContext';
import { ApiKeysPanel } from './ApiKeysPanel';
import { LeadSourcesPanel } from './LeadSourcesPanel';
import { NotifyChannelsPanel } from './NotifyChannelsPanel';

const TABS = [
  { key: 'sources', permission: 'leadsources:manage', Panel: LeadSourcesPanel },
  { key: 'robots', permission: 'notify:manage', Panel: NotifyChannelsPanel },
  { key: 'keys', permission: 'apikeys:manage', Panel: ApiKeysPanel },
] as const;

/** Which settings tabs a session may use. */
export const settingsTabs = (permissions: string[]) =>
  TABS.filter((tab) => permissions.includes(tab.permission)).map((tab) => tab.key);

/** `/settings`: lead sources, robot channels and API keys, each for those allowed to manage it. */
export function SettingsPage() {
  const { t } = useTranslation();
  const session = useSession();
  const [params, setParams] = useSearchParams();
  const tabs = TABS.filter((tab) => can(session, tab.permission));
  const active = tabs.find((tab) => tab.key === params.get('tab'))?.key ?? tabs[0]?.key;
  return (
    <>
      <Typography.Title level={3} style={{ marginTop: 0 }}>
        {t('settings.title')}
      </Typography.Title>
      <Tabs
        activeKey={active}
        onChange={(tab) => setParams({ tab }, { replace: true })}
        items={tabs.map(({ key, Panel }) => ({ key, label: t(`settings.tabs.${key}`), children: <Panel /> }))}
      />
    </>
  );
}
