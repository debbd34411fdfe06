import type { ReactNode } from 'react';
import {
  AppstoreOutlined,
  BarChartOutlined,
  CloudUploadOutlined,
  DashboardOutlined,
  HomeOutlined,
  ProfileOutlined,
  ScheduleOutlined,
  SettingOutlined,
  TeamOutlined,
} from '@ant-design/icons';
import type { MenuKey } from '../auth/permissions';

export const MENU_PATHS: Record<MenuKey, string> = {
  workbench: '/workbench',
  leads: '/leads',
  import: '/leads/import',
  board: '/board',
  agenda: '/agenda',
  kpis: '/kpis',
  home: '/home',
  studio: '/studio',
  settings: '/settings',
};

export const MENU_ICONS: Record<MenuKey, ReactNode> = {
  workbench: <ProfileOutlined />,
  leads: <TeamOutlined />,
  import: <CloudUploadOutlined />,
  board: <DashboardOutlined />,
  agenda: <ScheduleOutlined />,
  kpis: <BarChartOutlined />,
  home: <HomeOutlined />,
  studio: <AppstoreOutlined />,
  settings: <SettingOutlined />,
};

/** The menu key of a path: the entry with the longest path the pathname is (or is under). */
export function menuKeyOf(pathname: string): MenuKey | undefined {
  return (Object.entries(MENU_PATHS) as [MenuKey, string][])
    .filter(([, p]) => pathname === p || pathname.startsWith(p + '/'))
    .sort((a, b) => b[1].length - a[1].length)[0]?.[0];
}
