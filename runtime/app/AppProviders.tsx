import type { ReactNode } from 'react';
import { App as AntdApp, ConfigProvider } from 'antd';
import zhCN from 'antd/locale/zh_CN';
import enUS from 'antd/locale/en_US';
import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import type { QueryClient } from '@tanstack/react-query';
import { QueryClientProvider } from '@tanstack/react-query';
import type { i18n as I18n } from 'i18next';
import { I18nextProvider, useTranslation } from 'react-i18next';
import { currentLanguage } from '../i18n';
import { theme } from './theme';

function AntdLocale({ children }: { children: ReactNode }) {
  const { i18n } = useTranslation();
  const en = currentLanguage(i18n) === 'en';
  const locale = en ? enUS : zhCN;
  // Date pickers take month and weekday names from dayjs.
  dayjs.locale(en ? 'en' : 'zh-cn');
  return (
    <ConfigProvider locale={locale} theme={theme}>
      <AntdApp>{children}</AntdApp>
    </ConfigProvider>
  );
}

/** Everything a screen needs around it: catalogues, antd locale and theme, server-state cache. */
export function AppProviders(props: { i18n: I18n; queryClient: QueryClient; children: ReactNode }) {
  return (
    <I18nextProvider i18n={props.i18n}>
      <QueryClientProvider client={props.queryClient}>
        <AntdLocale>{props.children}</AntdLocale>
      </QueryClientProvider>
    </I18nextProvider>
  );
}
