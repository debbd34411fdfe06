// runtime/'s public surface (studio/ and the composition root import from here).
export * from './api';
export { AppProviders } from './app/AppProviders';
export { AppRoutes } from './app/AppRoutes';
export { theme } from './app/theme';
export {
  createI18n,
  catalogues,
  currentLanguage,
  pickText,
  useLocaleFormat,
  LANGUAGES,
  DEFAULT_LANGUAGE,
  LANGUAGE_STORAGE_KEY,
} from './i18n';
export type { Language } from './i18n';
export { can, canEditKind, homePath, menuKeys, relevantKinds, seesOthersLeads } from './auth/permissions';
export { SessionContext, useSession } from './auth/SessionContext';
export { RequirePermission } from './auth/RequirePermission';
export { LoginView } from './auth/LoginView';
export { LoginPage } from './auth/LoginPage';
export { AppLayout } from './layout/AppLayout';
export { LanguageSwitch } from './layout/LanguageSwitch';
export { GradeTag } from './leads/GradeTag';
export { LeadsTable } from './leads/LeadsTable';
export { GradeSummary } from './leads/GradeSummary';
export { AccessTag } from './artifacts/AccessTag';
export { ArtifactList } from './artifacts/ArtifactList';
export { NotFoundPage } from './pages/NotFoundPage';
