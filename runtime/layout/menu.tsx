import type { ReactNode } from 'react';
import { AppstoreOutlined, HomeOutlined, ProfileOutlined, TeamOutlined } from '@ant-design/icons';
import type { MenuKey } from '../auth/permissions';

export const MENU_PATHS: Record<MenuKey, string> = {
  workbench: '/workbench',
  leads: '/leads',
  home: '/home',
  studio: '/studio',
};

export const MENU_ICONS: Record<MenuKey, ReactNode> = {
  workbench: <ProfileOutlined />,
  leads: <TeamOutlined />,
  home: <HomeOutlined />,
  studio: <AppstoreOutlined />,
};

/** The menu key of a path: its first segment when that is a menu entry. */
export function menuKeyOf(pathname: string): MenuKey | undefined {
  const first = pathname.split('/')[1] ?? '';
  return (Object.keys(MENU_PATHS) as MenuKey[]).find((k) => k === first);
}
