import { Route, Routes } from 'react-router';
import { NotFoundPage } from '../runtime';
import { ArtifactCatalogPage } from './ArtifactCatalogPage';
import { ArtifactDetailPage } from './ArtifactDetailPage';

/** The studio's routes, mounted under `/studio/*` by the composition root. */
export function StudioRoutes() {
  return (
    <Routes>
      <Route index element={<ArtifactCatalogPage />} />
      <Route path=":id" element={<ArtifactDetailPage />} />
      <Route path="*" element={<NotFoundPage />} />
    </Routes>
  );
}
