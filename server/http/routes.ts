// Every API route is declared with the access it needs; one guard enforces it, and the
// permission tests read this same list, so a new route cannot escape the table.
import type { Request, Response, Router } from 'express';
import type { Permission } from '../auth/roles';
import { forbidden, unauthorized } from './errors';

export type Access = 'public' | 'authenticated' | Permission | { anyOf: readonly Permission[] };
export type Method = 'get' | 'post' | 'put' | 'patch' | 'delete';

export interface Route {
  method: Method;
  path: string;
  access: Access;
  /** A long-lived response (Server-Sent Events): clients read it as a stream. */
  stream?: boolean;
  handler: (req: Request, res: Response) => unknown;
}

export function allows(access: Access, permissions: ReadonlySet<Permission> | undefined): boolean {
  if (access === 'public') return true;
  if (!permissions) return false;
  if (access === 'authenticated') return true;
  if (typeof access === 'string') return permissions.has(access);
  return access.anyOf.some((p) => permissions.has(p));
}

export function mountRoutes(router: Router, routes: readonly Route[]): void {
  for (const route of routes) {
    router[route.method](route.path, async (req, res) => {
      if (route.access !== 'public') {
        if (!req.principal) throw unauthorized();
        if (!allows(route.access, req.principal.permissions)) throw forbidden();
      }
      await route.handler(req, res);
    });
  }
}
