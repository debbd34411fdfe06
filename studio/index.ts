// studio/'s public surface; the default export is what the composition root lazy-loads.
export { StudioRoutes, StudioRoutes as default } from './StudioRoutes';
export { VersionHistory } from './VersionHistory';
export { JsonView } from './JsonView';
export { ArtifactCatalogPage } from './ArtifactCatalogPage';
export { ArtifactDetailPage } from './ArtifactDetailPage';
