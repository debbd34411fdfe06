import { Button, Flex, Result, Spin } from 'antd';
import { Navigate, Outlet, useLocation, useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useLogout, useMe } from '../api';
import { AppLayout } from '../layout/AppLayout';
import { LiveControls } from '../live/LiveControls';
import { LiveEventsProvider } from '../live/LiveEvents';
import { NewLeadNotifier } from '../live/NewLeadNotifier';
import { can } from './permissions';
import { SessionContext } from './SessionContext';

/** Route guard: loads the session, sends anonymous users to /login, wraps pages in the app layout. */
export function RequireSession() {
  const { t } = useTranslation();
  const me = useMe();
  const location = useLocation();
  const navigate = useNavigate();
  const logout = useLogout();

  if (me.isPending) {
    return (
      <Flex align="center" justify="center" style={{ minHeight: '100vh' }}>
        <Spin size="large" description={t('common.loading')}>
          <div style={{ width: 120, height: 60 }} />
        </Spin>
      </Flex>
    );
  }
  if (me.isError) {
    return (
      <Result
        status="warning"
        title={t('common.loadFailed')}
        subTitle={me.error.message}
        extra={<Button onClick={() => void me.refetch()}>{t('common.retry')}</Button>}
      />
    );
  }
  if (!me.data) {
    return <Navigate to="/login" replace state={{ from: location.pathname + location.search }} />;
  }
  // Everyone signed in gets the event stream (leads they see, tickets and reviews addressed to
  // them); only a lead owner (a rep) gets the new-lead pop-up.
  const owner = can(me.data, 'leads:read:own');
  const layout = (
    <SessionContext.Provider value={me.data}>
      {owner && <NewLeadNotifier userId={me.data.user.id} />}
      <AppLayout
        headerExtra={<LiveControls sound={owner} />}
        session={me.data}
        loggingOut={logout.isPending}
        onLogout={() =>
          // mutateAsync settles even after this guard unmounts; the final navigation drops any
          // "come back to" state so the next user starts on their own home.
          void logout
            .mutateAsync()
            .catch(() => undefined)
            .finally(() => navigate('/login', { replace: true }))
        }
      >
        <Outlet />
      </AppLayout>
    </SessionContext.Provider>
  );
  return <LiveEventsProvider>{layout}</LiveEventsProvider>;
}
