import { Navigate } from 'react-router';
import { homePath } from './permissions';
import { useSession } from './SessionContext';

/** `/` → the role's home. */
export function HomeRedirect() {
  return <Navigate to={homePath(useSession())} replace />;
}
