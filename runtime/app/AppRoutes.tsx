import { Suspense, type ReactNode } from 'react';
import { Route, Routes } from 'react-router';
import { Skeleton } from 'antd';
import { HomeRedirect } from '../auth/HomeRedirect';
import { LoginPage } from '../auth/LoginPage';
import { RequirePermission } from '../auth/RequirePermission';
import { RequireSession } from '../auth/RequireSession';
import { RoleHomePage } from '../home/RoleHomePage';
import { LeadsPage } from '../leads/LeadsPage';
import { WorkbenchPage } from '../leads/WorkbenchPage';
import { NotFoundPage } from '../pages/NotFoundPage';

/**
 * The app's routes. `studio` is the (lazily loaded) studio element, handed in by the
 * composition root so that runtime/ never imports studio/.
 */
export function AppRoutes({ studio }: { studio?: ReactNode }) {
  return (
    <Routes>
      <Route path="/login" element={<LoginPage />} />
      <Route element={<RequireSession />}>
        <Route index element={<HomeRedirect />} />
        <Route
          path="workbench"
          element={
            <RequirePermission anyOf={['leads:read:own', 'leads:read:team', 'leads:read:all']}>
              <WorkbenchPage />
            </RequirePermission>
          }
        />
        <Route
          path="leads"
          element={
            <RequirePermission anyOf={['leads:read:all', 'leads:read:team']}>
              <LeadsPage />
            </RequirePermission>
          }
        />
        <Route path="home" element={<RoleHomePage />} />
        {studio && (
          <Route
            path="studio/*"
            element={
              <RequirePermission anyOf={['artifacts:read']}>
                <Suspense fallback={<Skeleton active paragraph={{ rows: 8 }} />}>{studio}</Suspense>
              </RequirePermission>
            }
          />
        )}
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  );
}
