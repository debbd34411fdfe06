import type { ReactNode } from 'react';
import {
  AimOutlined,
  AppstoreOutlined,
  LineChartOutlined,
  BarChartOutlined,
  AuditOutlined,
  CloudUploadOutlined,
  DashboardOutlined,
  FileSearchOutlined,
  FundProjectionScreenOutlined,
  SafetyCertificateOutlined,
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
  opportunities: '/opportunities',
  tickets: '/tickets',
  reviews: '/reviews',
  distortion: '/reports/requirement-distortion',
  forecast: '/forecast',
  calibration: '/calibration',
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
  opportunities: <FundProjectionScreenOutlined />,
  tickets: <FileSearchOutlined />,
  reviews: <SafetyCertificateOutlined />,
  distortion: <AuditOutlined />,
  forecast: <LineChartOutlined />,
  calibration: <AimOutlined />,
};

/** The menu key of a path: the entry with the longest path the pathname is (or is under). */
export function menuKeyOf(pathname: string): MenuKey | undefined {
  return (Object.entries(MENU_PATHS) as [MenuKey, string][])
    .filter(([, p]) => pathname === p || pathname.startsWith(p + '/'))
    .sort((a, b) => b[1].length - a[1].length)[0]?.[0];
}
