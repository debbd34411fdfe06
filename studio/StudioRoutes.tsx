import { Route, Routes } from 'react-router';
import { NotFoundPage } from '../runtime';
import { ArtifactCatalogPage } from './ArtifactCatalogPage';
import { ArtifactDetailPage } from './ArtifactDetailPage';
import { ScorecardPage } from './scorecard';
import { BacktestPage } from './backtest';

/** The studio's routes, mounted under `/studio/*` by the composition root. */
export function StudioRoutes() {
  return (
    <Routes>
      <Route index element={<ArtifactCatalogPage />} />
      <Route path="scorecard" element={<ScorecardPage />} />
      <Route path="backtest" element={<BacktestPage />} />
      <Route path=":id" element={<ArtifactDetailPage />} />
      <Route path="*" element={<NotFoundPage />} />
    </Routes>
  );
}
