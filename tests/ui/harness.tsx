// Shared helpers for the UI tests: the app's providers around a tree, and a fake `fetch`.
import type { ReactElement } from 'react';
import { jest } from '@jest/globals';
import { render } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { AppProviders } from '../../runtime/app/AppProviders';
import { createQueryClient } from '../../runtime/api';
import { createI18n, type Language } from '../../runtime/i18n';

export interface FakeResponse {
  status: number;
  body?: unknown;
}
export type FakeApi = (method: string, path: string, body: unknown) => FakeResponse | undefined;

/** Replaces global fetch with `api`; unknown routes answer 404. Returns the mock to inspect calls. */
export function mockFetch(api: FakeApi) {
  const fn = jest.fn(async (input: unknown, init?: { method?: string; body?: unknown }) => {
    const url = new URL(String(input), 'http://localhost');
    const body = typeof init?.body === 'string' ? JSON.parse(init.body) : undefined;
    const res = api(init?.method ?? 'GET', url.pathname + url.search, body) ?? {
      status: 404,
      body: { errors: [{ path: '', message: 'not found' }] },
    };
    return {
      status: res.status,
      ok: res.status >= 200 && res.status < 300,
      text: async () => (res.body === undefined ? '' : JSON.stringify(res.body)),
    };
  });
  globalThis.fetch = fn as unknown as typeof fetch;
  return fn;
}

export function renderWithApp(ui: ReactElement, opts: { route?: string; language?: Language } = {}) {
  const i18n = createI18n({ language: opts.language ?? 'zh-CN' });
  const queryClient = createQueryClient();
  const result = render(
    <AppProviders i18n={i18n} queryClient={queryClient}>
      <MemoryRouter initialEntries={[opts.route ?? '/']}>{ui}</MemoryRouter>
    </AppProviders>,
  );
  return { ...result, i18n, queryClient };
}
