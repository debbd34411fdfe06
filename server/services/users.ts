import { asc, eq } from 'drizzle-orm';
import { ROLE_PERMISSIONS, type Role } from '../auth/roles';
import type { AppContext } from '../context';
import { teams, users } from '../db/schema';

type UserRow = typeof users.$inferSelect;

export const toUserView = (u: UserRow, teamName: string | null) => ({
  id: u.id,
  email: u.email,
  name: u.name,
  role: u.role as Role,
  teamId: u.teamId,
  teamName,
  supervisorId: u.supervisorId,
  locale: u.locale,
  onDuty: u.onDuty,
  active: u.active,
});

export async function getUserView(ctx: AppContext, id: string) {
  const [row] = await ctx.db
    .select({ u: users, teamName: teams.name })
    .from(users)
    .leftJoin(teams, eq(teams.id, users.teamId))
    .where(eq(users.id, id));
  return row ? toUserView(row.u, row.teamName) : null;
}

export async function listUsers(ctx: AppContext) {
  const rows = await ctx.db
    .select({ u: users, teamName: teams.name })
    .from(users)
    .leftJoin(teams, eq(teams.id, users.teamId))
    .orderBy(asc(users.role), asc(users.email));
  return rows.map((r) => toUserView(r.u, r.teamName));
}

export const permissionsOf = (role: Role) => [...ROLE_PERMISSIONS[role]];
