// The demo organisation's people: one of every role, reps with their industries and skills.
export const DEMO_PASSWORD = 'demo1234';

export const DEMO_TEAMS = [
  { key: 'east', name: '华东大客户组', region: '华东' },
  { key: 'south', name: '华南行业组', region: '华南' },
] as const;

export interface DemoUser {
  email: string;
  name: string;
  role: 'director' | 'manager' | 'rep' | 'delivery' | 'consultant' | 'finance' | 'admin';
  team?: (typeof DEMO_TEAMS)[number]['key'];
  supervisor?: string;
  industries?: string[];
  skills?: string[];
  regions?: string[];
  weight?: number;
  locale?: 'zh-CN' | 'en';
}

export const DEMO_USERS: DemoUser[] = [
  { email: 'director@demo.local', name: '陈志远', role: 'director' },
  {
    email: 'manager@demo.local',
    name: '李娜',
    role: 'manager',
    team: 'east',
    supervisor: 'director@demo.local',
  },
  {
    email: 'manager2@demo.local',
    name: '黄海',
    role: 'manager',
    team: 'south',
    supervisor: 'director@demo.local',
  },
  {
    email: 'rep1@demo.local',
    name: '王磊',
    role: 'rep',
    team: 'east',
    supervisor: 'manager@demo.local',
    industries: ['manufacturing', 'auto_parts', 'industrial_software'],
    skills: ['mes', 'erp'],
    regions: ['华东'],
  },
  {
    email: 'rep2@demo.local',
    name: '赵婷',
    role: 'rep',
    team: 'east',
    supervisor: 'manager@demo.local',
    industries: ['medical_devices', 'pharma'],
    skills: ['medical'],
    regions: ['华东'],
  },
  {
    email: 'rep3@demo.local',
    name: '刘洋',
    role: 'rep',
    team: 'east',
    supervisor: 'manager@demo.local',
    industries: ['saas', 'it_services', 'finance'],
    skills: ['api'],
    regions: ['华东', '华北'],
  },
  {
    email: 'rep4@demo.local',
    name: '孙悦',
    role: 'rep',
    team: 'south',
    supervisor: 'manager2@demo.local',
    industries: ['retail_chain', 'fmcg', 'logistics'],
    skills: ['retail'],
    regions: ['华南'],
  },
  { email: 'delivery@demo.local', name: '周建国', role: 'delivery' },
  { email: 'consultant@demo.local', name: '王敏', role: 'consultant' },
  { email: 'finance@demo.local', name: '吴静', role: 'finance' },
  { email: 'admin@demo.local', name: '系统管理员', role: 'admin', locale: 'zh-CN' },
];
