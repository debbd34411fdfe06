import type { Permission, Role } from './roles';

/** Who is calling: a logged-in user or a machine client holding an API key. */
export type Principal =
  | {
      kind: 'user';
      id: string;
      role: Role;
      teamId: string | null;
      permissions: ReadonlySet<Permission>;
      sessionTokenHash: string;
    }
  | { kind: 'api_key'; id: string; name: string; permissions: ReadonlySet<Permission> };

export const can = (p: Principal | undefined, perm: Permission) => !!p && p.permissions.has(perm);

declare module 'express-serve-static-core' {
  interface Request {
    principal?: Principal;
  }
}
