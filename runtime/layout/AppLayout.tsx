import { useState, type ReactNode } from 'react';
import { Button, Drawer, Flex, Grid, Layout, Menu, Tag, Typography, theme } from 'antd';
import { LogoutOutlined, MenuOutlined } from '@ant-design/icons';
import { useLocation, useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { Session } from '../api/types';
import { menuKeys } from '../auth/permissions';
import { LanguageSwitch } from './LanguageSwitch';
import { MENU_ICONS, MENU_PATHS, menuKeyOf } from './menu';

export interface AppLayoutProps {
  session: Session;
  onLogout: () => void;
  loggingOut?: boolean;
  /** Extra header controls (live status, sound toggle), before the role tag. */
  headerExtra?: ReactNode;
  children: ReactNode;
}

/** The shell of every signed-in page: header (product, user, language, logout) and a role-aware menu. */
export function AppLayout({ session, onLogout, loggingOut, headerExtra, children }: AppLayoutProps) {
  const { t } = useTranslation();
  const { token } = theme.useToken();
  const screens = Grid.useBreakpoint();
  const narrow = screens.xs === true || (screens.sm === true && screens.md === false);
  const navigate = useNavigate();
  const { pathname } = useLocation();
  const [drawerOpen, setDrawerOpen] = useState(false);
  const selected = menuKeyOf(pathname);

  const roleTag = (
    <Tag color="blue" style={{ marginInlineEnd: 0 }} data-testid="user-role">
      {t(`roles.${session.user.role}`)}
    </Tag>
  );

  const menu = (
    <Menu
      mode="inline"
      aria-label={t('app.menu')}
      selectedKeys={selected ? [selected] : []}
      style={{ borderInlineEnd: 'none' }}
      onClick={({ key }) => {
        setDrawerOpen(false);
        navigate(MENU_PATHS[key as keyof typeof MENU_PATHS]);
      }}
      items={menuKeys(session).map((k) => ({ key: k, icon: MENU_ICONS[k], label: t(`menu.${k}`) }))}
    />
  );

  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Layout.Header
        style={{
          display: 'flex',
          alignItems: 'center',
          gap: 12,
          paddingInline: narrow ? 12 : 24,
          background: token.colorBgContainer,
          borderBottom: `1px solid ${token.colorBorderSecondary}`,
        }}
      >
        {narrow && (
          <Button
            type="text"
            icon={<MenuOutlined />}
            aria-label={t('app.menu')}
            onClick={() => setDrawerOpen(true)}
          />
        )}
        <Typography.Text strong style={{ fontSize: 16, whiteSpace: 'nowrap', color: token.colorPrimary }}>
          {narrow ? t('app.shortName') : t('app.name')}
        </Typography.Text>
        <Flex align="center" gap={narrow ? 6 : 12} style={{ marginInlineStart: 'auto', minWidth: 0 }}>
          {!narrow && (
            <Typography.Text ellipsis data-testid="user-name">
              {session.user.name}
            </Typography.Text>
          )}
          {headerExtra}
          {/* On a phone the name and role move into the menu drawer's title. */}
          {!narrow && roleTag}
          <LanguageSwitch size="small" />
          <Button
            type="text"
            icon={<LogoutOutlined />}
            loading={loggingOut}
            onClick={onLogout}
            aria-label={t('common.logout')}
          >
            {narrow ? null : t('common.logout')}
          </Button>
        </Flex>
      </Layout.Header>
      <Layout>
        {!narrow && (
          <Layout.Sider
            width={200}
            theme="light"
            style={{ borderInlineEnd: `1px solid ${token.colorBorderSecondary}` }}
          >
            {menu}
          </Layout.Sider>
        )}
        <Layout.Content style={{ padding: narrow ? 12 : 24, minWidth: 0 }}>{children}</Layout.Content>
      </Layout>
      {narrow && (
        <Drawer
          placement="left"
          size={240}
          open={drawerOpen}
          onClose={() => setDrawerOpen(false)}
          title={
            <Flex align="center" gap={8}>
              <Typography.Text ellipsis>{session.user.name}</Typography.Text>
              {roleTag}
            </Flex>
          }
          styles={{ body: { padding: 0 } }}
        >
          {menu}
        </Drawer>
      )}
    </Layout>
  );
}
