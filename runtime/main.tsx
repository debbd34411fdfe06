// The composition root: the only runtime file that may import studio/ (lazily).
import { lazy, StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { BrowserRouter } from 'react-router';
import { createQueryClient } from './api';
import { AppProviders } from './app/AppProviders';
import { AppRoutes } from './app/AppRoutes';
import { createI18n } from './i18n';

const Studio = lazy(() => import('../studio'));

const i18n = createI18n({ persist: true });
const queryClient = createQueryClient();

const container = document.getElementById('root');
if (!container) throw new Error('index.html lacks #root');

createRoot(container).render(
  <StrictMode>
    <AppProviders i18n={i18n} queryClient={queryClient}>
      <BrowserRouter>
        <AppRoutes studio={<Studio />} />
      </BrowserRouter>
    </AppProviders>
  </StrictMode>,
);
