import { serialize } from 'cookie';
import { eq, sql } from 'drizzle-orm';
import type { Login } from '../../schemas';
import { DUMMY_HASH, verifyPassword } from '../auth/passwords';
import { FailureLimiter } from '../auth/rate-limit';
import { createSession, deleteSession, SESSION_COOKIE } from '../auth/sessions';
import type { AppContext } from '../context';
import { users } from '../db/schema';
import { parseBody } from '../http/body';
import { HttpError, unauthorized } from '../http/errors';
import type { Route } from '../http/routes';
import { audit } from '../services/audit';
import { getUserView, permissionsOf } from '../services/users';

export function authRoutes(ctx: AppContext): Route[] {
  // 10 failures per account, 50 per address, in 15 minutes.
  const byEmail = new FailureLimiter(ctx.clock, 10);
  const byIp = new FailureLimiter(ctx.clock, 50);
  const cookie = (value: string, maxAge: number) =>
    serialize(SESSION_COOKIE, value, {
      httpOnly: true,
      sameSite: 'lax',
      secure: ctx.config.secureCookies,
      path: '/',
      maxAge,
    });

  return [
    {
      method: 'post',
      path: '/auth/login',
      access: 'public',
      handler: async (req, res) => {
        const body = parseBody<Login>('login', req.body);
        const email = body.email.trim().toLowerCase();
        const ip = req.ip ?? 'unknown';
        const wait = Math.max(byEmail.retryAfter(email), byIp.retryAfter(ip));
        if (wait > 0) {
          throw new HttpError(
            429,
            [{ path: '', message: `too many failed attempts; try again in ${wait} s` }],
            {
              'Retry-After': String(wait),
            },
          );
        }
        const [user] = await ctx.db
          .select()
          .from(users)
          .where(eq(sql`lower(${users.email})`, email))
          .limit(1);
        const ok = await verifyPassword(body.password, user?.passwordHash ?? DUMMY_HASH);
        if (!user || !ok || !user.active) {
          byEmail.fail(email);
          byIp.fail(ip);
          throw unauthorized('wrong e-mail or password');
        }
        byEmail.reset(email);
        const session = await createSession(ctx, user.id, { userAgent: req.get('user-agent'), ip: req.ip });
        await audit(ctx.db, ctx.clock, { kind: 'user', id: user.id } as never, {
          action: 'auth.login',
          entity: 'user',
          entityId: user.id,
          detail: { ip: req.ip ?? null },
        });
        res.setHeader('Set-Cookie', cookie(session.token, ctx.config.sessionTtlHours * 3600));
        res.json({ user: await getUserView(ctx, user.id) });
      },
    },
    {
      method: 'post',
      path: '/auth/logout',
      access: 'authenticated',
      handler: async (req, res) => {
        if (req.principal?.kind === 'user') await deleteSession(ctx, req.principal.sessionTokenHash);
        res.setHeader('Set-Cookie', cookie('', 0));
        res.status(204).end();
      },
    },
    {
      method: 'get',
      path: '/me',
      access: 'authenticated',
      handler: async (req, res) => {
        const p = req.principal!;
        if (p.kind !== 'user') {
          res.json({ apiKey: { id: p.id, name: p.name }, permissions: [...p.permissions] });
          return;
        }
        res.json({ user: await getUserView(ctx, p.id), permissions: permissionsOf(p.role) });
      },
    },
  ];
}
