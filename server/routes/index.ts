import type { AppContext } from '../context';
import type { Route } from '../http/routes';
import { apiKeyRoutes } from './api-keys';
import { artifactRoutes } from './artifacts';
import { authRoutes } from './auth';
import { eventRoutes } from './events';
import { healthRoutes } from './health';
import { leadRoutes } from './leads';
import { userRoutes } from './users';

/** Every API route (paths relative to /api). The permission tests walk this list. */
export const apiRoutes = (ctx: AppContext): Route[] => [
  ...healthRoutes(ctx),
  ...authRoutes(ctx),
  ...leadRoutes(ctx),
  ...artifactRoutes(ctx),
  ...userRoutes(ctx),
  ...apiKeyRoutes(ctx),
  ...eventRoutes(ctx),
];
