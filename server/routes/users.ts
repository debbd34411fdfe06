import { eq, sql } from 'drizzle-orm';
import type { AppContext } from '../context';
import { hashPassword } from '../auth/passwords';
import { forgetSessionsOf } from '../auth/sessions';
import { users } from '../db/schema';
import { isUuid, parseBody } from '../http/body';
import { conflict, notFound } from '../http/errors';
import type { Route } from '../http/routes';
import { audit } from '../services/audit';
import { getUserView, listUsers } from '../services/users';

interface UserCreate {
  email: string;
  name: string;
  role: string;
  password: string;
  teamId?: string;
  locale?: string;
}
interface UserPatch {
  name?: string;
  role?: string;
  teamId?: string | null;
  onDuty?: boolean;
  active?: boolean;
  locale?: string;
}

export const userRoutes = (ctx: AppContext): Route[] => [
  {
    method: 'get',
    path: '/users',
    access: 'users:read',
    handler: async (_req, res) => {
      res.json({ items: await listUsers(ctx) });
    },
  },
  {
    method: 'post',
    path: '/users',
    access: 'users:manage',
    handler: async (req, res) => {
      const body = parseBody<UserCreate>('userCreate', req.body);
      const email = body.email.trim().toLowerCase();
      const [taken] = await ctx.db
        .select({ id: users.id })
        .from(users)
        .where(eq(sql`lower(${users.email})`, email));
      if (taken) throw conflict('/email', 'a user with this e-mail already exists');
      const [u] = await ctx.db
        .insert(users)
        .values({
          email,
          name: body.name,
          role: body.role,
          teamId: body.teamId ?? null,
          locale: body.locale ?? 'zh-CN',
          passwordHash: await hashPassword(body.password),
          createdAt: ctx.clock.now(),
        })
        .returning({ id: users.id });
      await audit(ctx.db, ctx.clock, req.principal!, {
        action: 'user.created',
        entity: 'user',
        entityId: u!.id,
        detail: { email, role: body.role },
      });
      res.status(201).json(await getUserView(ctx, u!.id));
    },
  },
  {
    method: 'patch',
    path: '/users/:id',
    access: 'users:manage',
    handler: async (req, res) => {
      const id = req.params.id;
      if (!isUuid(id)) throw notFound('user not found');
      const body = parseBody<UserPatch>('userPatch', req.body);
      const updated = await ctx.db
        .update(users)
        .set(body)
        .where(eq(users.id, id))
        .returning({ id: users.id });
      if (!updated.length) throw notFound('user not found');
      forgetSessionsOf(ctx, id);
      await audit(ctx.db, ctx.clock, req.principal!, {
        action: 'user.updated',
        entity: 'user',
        entityId: id,
        detail: { ...body },
      });
      res.json(await getUserView(ctx, id));
    },
  },
];
