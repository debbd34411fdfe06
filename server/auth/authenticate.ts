// Identifies the caller of every /api request: a session cookie, or `Authorization: Bearer <api key>`.
import { parse as parseCookie } from 'cookie';
import type { RequestHandler } from 'express';
import type { AppContext } from '../context';
import { unauthorized } from '../http/errors';
import { findApiKey } from './api-keys';
import { isRole, ROLE_PERMISSIONS, type Permission } from './roles';
import { findSessionUser, SESSION_COOKIE } from './sessions';

export function authenticate(ctx: AppContext): RequestHandler {
  return async (req, _res, next) => {
    const header = req.get('authorization');
    if (header) {
      const m = /^Bearer\s+(\S+)$/i.exec(header);
      const key = m ? await findApiKey(ctx, m[1]!) : null;
      if (!key) throw unauthorized('invalid or revoked API key');
      req.principal = {
        kind: 'api_key',
        id: key.id,
        name: key.name,
        permissions: new Set(key.scopes as Permission[]),
      };
      return next();
    }
    const token = req.headers.cookie ? parseCookie(req.headers.cookie)[SESSION_COOKIE] : undefined;
    if (token) {
      const found = await findSessionUser(ctx, token);
      if (found && isRole(found.user.role)) {
        req.principal = {
          kind: 'user',
          id: found.user.id,
          role: found.user.role,
          teamId: found.user.teamId,
          permissions: new Set(ROLE_PERMISSIONS[found.user.role]),
          sessionTokenHash: found.tokenHash,
        };
      }
    }
    next();
  };
}
