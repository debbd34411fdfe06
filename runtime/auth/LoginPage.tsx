import { Navigate, useLocation, useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useLogin, useMe } from '../api';
import { homePath } from './permissions';
import { loginErrorMessage } from './loginError';
import { LoginView } from './LoginView';

function safeFrom(state: unknown): string | null {
  const from = (state as { from?: unknown } | null)?.from;
  return typeof from === 'string' && from.startsWith('/') && !from.startsWith('//') && from !== '/login'
    ? from
    : null;
}

/** `/login`: signs in and goes back where the user came from, or to their role's home. */
export function LoginPage() {
  const { t } = useTranslation();
  const me = useMe();
  const login = useLogin();
  const navigate = useNavigate();
  const location = useLocation();

  if (me.data && !login.isPending)
    return <Navigate to={safeFrom(location.state) ?? homePath(me.data)} replace />;

  return (
    <LoginView
      submitting={login.isPending}
      error={login.isError ? loginErrorMessage(t, login.error) : null}
      onSubmit={(values) =>
        login.mutate(values, {
          onSuccess: (session) => navigate(safeFrom(location.state) ?? homePath(session), { replace: true }),
        })
      }
    />
  );
}
