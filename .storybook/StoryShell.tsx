import { useEffect, useState, type ReactNode } from 'react';
import { QueryClient, type QueryKey } from '@tanstack/react-query';
import { MemoryRouter } from 'react-router';
import { AppProviders } from '../runtime/app/AppProviders';
import { createI18n, type Language } from '../runtime/i18n';

export interface StoryShellProps {
  language?: Language;
  /** react-query cache entries seeded before the story renders, so stories need no server. */
  queryData?: [QueryKey, unknown][];
  /** Where the in-memory router starts. */
  route?: string;
  children: ReactNode;
}

/** The app's providers around one story: catalogues, antd locale, a fresh QueryClient, a router. */
export function StoryShell({ language = 'zh-CN', queryData = [], route = '/', children }: StoryShellProps) {
  const [i18n] = useState(() => createI18n({ language }));
  const [client] = useState(() => {
    const qc = new QueryClient({
      defaultOptions: { queries: { retry: false, staleTime: Infinity, refetchOnWindowFocus: false } },
    });
    for (const [key, data] of queryData) qc.setQueryData(key, data);
    return qc;
  });
  useEffect(() => {
    if (i18n.language !== language) void i18n.changeLanguage(language);
  }, [i18n, language]);
  return (
    <AppProviders i18n={i18n} queryClient={client}>
      <MemoryRouter initialEntries={[route]}>{children}</MemoryRouter>
    </AppProviders>
  );
}
