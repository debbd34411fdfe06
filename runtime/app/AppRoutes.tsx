import { lazy, Suspense, type ReactNode } from 'react';
import { Route, Routes } from 'react-router';
import { Skeleton } from 'antd';
import { HomeRedirect } from '../auth/HomeRedirect';
import { LoginPage } from '../auth/LoginPage';
import { RequirePermission } from '../auth/RequirePermission';
import { RequireSession } from '../auth/RequireSession';
import { RoleHomePage } from '../home/RoleHomePage';
import { LeadsPage } from '../leads/LeadsPage';
import { WorkbenchPage } from '../workbench';
import { NotFoundPage } from '../pages/NotFoundPage';
import { LeadDetailPage } from '../lead/LeadDetailPage';
import { BoardPage } from '../board/BoardPage';
import { AgendaPage } from '../board/AgendaPage';
import { KpiPage } from '../board/KpiPage';
import { OPPORTUNITY_READ, OPPORTUNITY_READ_OTHERS, SETTINGS_PERMISSIONS } from '../auth/permissions';

// Pages that bring heavy code (the import's mapping check uses ajv and the engine) load on demand.
const ImportPage = lazy(() => import('../import/ImportPage').then((m) => ({ default: m.ImportPage })));
// Collaboration pages (C1–C6), each its own chunk.
const OpportunitiesPage = lazy(() =>
  import('../opportunities/OpportunitiesPage').then((m) => ({ default: m.OpportunitiesPage })),
);
const OpportunityDetailPage = lazy(() =>
  import('../opportunities/OpportunityDetailPage').then((m) => ({ default: m.OpportunityDetailPage })),
);
const TicketsInboxPage = lazy(() =>
  import('../opportunities/TicketsInboxPage').then((m) => ({ default: m.TicketsInboxPage })),
);
const ReviewsPage = lazy(() =>
  import('../opportunities/ReviewsPage').then((m) => ({ default: m.ReviewsPage })),
);
const DistortionReportPage = lazy(() =>
  import('../opportunities/DistortionReportPage').then((m) => ({ default: m.DistortionReportPage })),
);
// Forecast and calibration (F4, F5): ECharts and the signals panel load with them.
const ForecastPage = lazy(() =>
  import('../forecast/ForecastPage').then((m) => ({ default: m.ForecastPage })),
);
const CalibrationPage = lazy(() =>
  import('../forecast/CalibrationPage').then((m) => ({ default: m.CalibrationPage })),
);
// Form runtime (W3): a form about a lead or an opportunity, full page.
const FormRoutePage = lazy(() =>
  import('../forms/FormRoutePage').then((m) => ({ default: m.FormRoutePage })),
);
const SettingsPage = lazy(() =>
  import('../settings/SettingsPage').then((m) => ({ default: m.SettingsPage })),
);

const READ_ANY = ['leads:read:own', 'leads:read:team', 'leads:read:all'];
const READ_OTHERS = ['leads:read:all', 'leads:read:team'];
const loading = <Skeleton active paragraph={{ rows: 8 }} />;

function guarded(anyOf: string[], page: ReactNode) {
  return (
    <RequirePermission anyOf={anyOf}>
      <Suspense fallback={loading}>{page}</Suspense>
    </RequirePermission>
  );
}

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
          path="forms/:templateId/:subjectId"
          element={guarded([...READ_ANY, ...OPPORTUNITY_READ], <FormRoutePage />)}
        />
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
        <Route path="leads/import" element={guarded(['leads:create'], <ImportPage />)} />
        <Route path="leads/:id" element={guarded(READ_ANY, <LeadDetailPage />)} />
        <Route path="board" element={guarded(READ_OTHERS, <BoardPage />)} />
        <Route path="agenda" element={guarded(READ_OTHERS, <AgendaPage />)} />
        <Route path="kpis" element={guarded(READ_OTHERS, <KpiPage />)} />
        <Route path="settings" element={guarded(SETTINGS_PERMISSIONS, <SettingsPage />)} />
        <Route path="opportunities" element={guarded(OPPORTUNITY_READ, <OpportunitiesPage />)} />
        <Route path="opportunities/:id" element={guarded(OPPORTUNITY_READ, <OpportunityDetailPage />)} />
        <Route path="tickets" element={guarded(['tickets:answer'], <TicketsInboxPage />)} />
        <Route path="reviews" element={guarded(OPPORTUNITY_READ, <ReviewsPage />)} />
        <Route
          path="reports/requirement-distortion"
          element={guarded(OPPORTUNITY_READ_OTHERS, <DistortionReportPage />)}
        />
        <Route path="forecast" element={guarded(['forecast:read'], <ForecastPage />)} />
        <Route path="calibration" element={guarded(['forecast:read'], <CalibrationPage />)} />
        <Route path="home" element={<RoleHomePage />} />
        {studio && (
          <Route
            path="studio/*"
            element={
              <RequirePermission anyOf={['artifacts:read']}>
                <Suspense fallback={loading}>{studio}</Suspense>
              </RequirePermission>
            }
          />
        )}
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  );
}
