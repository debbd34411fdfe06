import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { AppLayout } from '../../runtime/layout/AppLayout';
import { demoSession } from '../../runtime/fixtures';
import { createI18n, LANGUAGE_STORAGE_KEY } from '../../runtime/i18n';
import { renderWithApp } from './harness';

describe('language switch', () => {
  it('switches every label between 中文 and English', async () => {
    const { i18n } = renderWithApp(
      <AppLayout session={demoSession('rep')} onLogout={() => {}}>
        <p>content</p>
      </AppLayout>,
    );
    expect(screen.getByText('搭贝销售过程平台')).toBeTruthy();
    expect(screen.getByText('销售代表')).toBeTruthy();
    expect(screen.getByText('我的线索')).toBeTruthy();
    expect(document.querySelector('.ant-menu')).not.toBeNull();

    await userEvent.click(screen.getByText('English'));
    await waitFor(() => expect(screen.getByText('Dabei Sales-Process Platform')).toBeTruthy());
    expect(screen.getByText('Sales rep')).toBeTruthy();
    expect(screen.getByText('My leads')).toBeTruthy();
    expect(screen.getByRole('button', { name: /Log out/ })).toBeTruthy();
    expect(i18n.language).toBe('en');

    await userEvent.click(screen.getByText('中文'));
    await waitFor(() => expect(screen.getByText('退出登录')).toBeTruthy());
  });

  it('remembers the choice when persisting', async () => {
    localStorage.removeItem(LANGUAGE_STORAGE_KEY);
    const first = createI18n({ persist: true });
    expect(first.language).toBe('zh-CN');
    await first.changeLanguage('en');
    expect(localStorage.getItem(LANGUAGE_STORAGE_KEY)).toBe('en');
    expect(document.documentElement.lang).toBe('en');
    expect(createI18n({ persist: true }).language).toBe('en');
    localStorage.removeItem(LANGUAGE_STORAGE_KEY);
  });

  it('shows only the menu entries a role may use', () => {
    renderWithApp(
      <AppLayout session={demoSession('delivery')} onLogout={() => {}}>
        <p>content</p>
      </AppLayout>,
    );
    expect(screen.getByText('工作台')).toBeTruthy();
    expect(screen.getByText('配置中心')).toBeTruthy();
    expect(screen.queryByText('我的线索')).toBeNull();
    expect(screen.queryByText('全部线索')).toBeNull();
  });
});
