import type { Role } from '../api/types';

export const DEMO_PASSWORD = 'demo1234';

/** The demo organisation's logins (seeded by the server when SEED_DEMO is on). */
export const DEMO_ACCOUNTS: { email: string; role: Role }[] = [
  { email: 'director@demo.local', role: 'director' },
  { email: 'manager@demo.local', role: 'manager' },
  { email: 'rep1@demo.local', role: 'rep' },
  { email: 'delivery@demo.local', role: 'delivery' },
  { email: 'consultant@demo.local', role: 'consultant' },
  { email: 'finance@demo.local', role: 'finance' },
  { email: 'admin@demo.local', role: 'admin' },
];
