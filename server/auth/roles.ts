// Roles and permissions as the server uses them; the table itself lives in schemas/permissions.ts.
import { ROLES, type Permission, type Role } from '../../schemas';

export { ROLE_PERMISSIONS, ROLES } from '../../schemas';
export type { Permission, Role };
export const isRole = (v: unknown): v is Role => ROLES.includes(v as Role);

/** Scopes an API key may carry (machine clients such as lead sources). */
export const API_KEY_SCOPES = ['leads:create'] as const satisfies readonly Permission[];
