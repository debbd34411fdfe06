// S2: walks the permission table — every role × every API route — against the route registry
// itself, so a route added later is covered automatically.
import { ARTIFACT_KINDS } from '../../schemas';
import { ROLE_PERMISSIONS, ROLES, apiRoutes } from '../../server';
import { allows } from '../../server/http/routes';
import { startTestServer, type Client, type TestServer } from './harness';

let srv: TestServer;
const clients = new Map<string, Client>();
const emailOf: Record<string, string> = {
  director: 'director@demo.local',
  manager: 'manager@demo.local',
  rep: 'rep1@demo.local',
  delivery: 'delivery@demo.local',
  consultant: 'consultant@demo.local',
  finance: 'finance@demo.local',
  admin: 'admin@demo.local',
};

beforeAll(async () => {
  srv = await startTestServer();
  for (const role of ROLES) clients.set(role, await srv.as(emailOf[role]!));
});
afterAll(() => srv.close());

const FAKE_ID = '00000000-0000-4000-8000-000000000000';
const concrete = (path: string) => path.replace(/:id/g, FAKE_ID).replace(/:version/g, '1');

describe('S2 permission table: every role × every route', () => {
  test('the guard answers 401 to anonymous callers on every non-public route', async () => {
    const routes = apiRoutes(srv.ctx).filter((r) => r.access !== 'public');
    expect(routes.length).toBeGreaterThan(10);
    for (const r of routes) {
      const anon = srv.anonymous();
      const res = r.stream
        ? { status: await anon.streamStatus(concrete(r.path)) }
        : await anon.request(r.method.toUpperCase(), concrete(r.path), r.method === 'get' ? undefined : {});
      expect([r.method, r.path, res.status]).toEqual([r.method, r.path, 401]);
    }
  });

  test.each([...ROLES])('role %s gets 403 exactly where the table denies it', async (role) => {
    const c = clients.get(role)!;
    const perms = new Set(ROLE_PERMISSIONS[role]);
    // Logging out last keeps the session for the other routes.
    const routes = apiRoutes(srv.ctx).sort(
      (a, b) => Number(a.path === '/auth/logout') - Number(b.path === '/auth/logout'),
    );
    for (const r of routes) {
      // Public routes with their own authentication (credentials, webhook signatures).
      if (r.path === '/auth/login' || r.path.startsWith('/webhooks/')) continue;
      const res = r.stream
        ? { status: await c.streamStatus(concrete(r.path)) }
        : await c.request(r.method.toUpperCase(), concrete(r.path), r.method === 'get' ? undefined : {});
      const expected = allows(r.access, perms) ? 'allowed' : 'denied';
      const actual = res.status === 403 ? 'denied' : res.status === 401 ? 'unauthenticated' : 'allowed';
      expect(`${r.method} ${r.path}: ${actual}`).toBe(`${r.method} ${r.path}: ${expected}`);
      expect(res.status).toBeLessThan(500);
    }
    clients.set(role, await srv.as(emailOf[role]!));
  });

  test.each([...ROLES])('S2: role %s may save drafts only of the artefact kinds it owns', async (role) => {
    const c = clients.get(role)!;
    const list = await c.get('/artifacts');
    expect(list.status).toBe(200);
    for (const kind of ARTIFACT_KINDS) {
      const a = list.body.items.find((i: { kind: string }) => i.kind === kind);
      expect(a).toBeDefined();
      const detail = await c.get(`/artifacts/${a.id}`);
      const res = await c.post(`/artifacts/${a.id}/drafts`, {
        content: detail.body.content,
        baseVersion: a.latestVersion,
      });
      const mayEdit = ROLE_PERMISSIONS[role].includes(`artifacts:edit:${kind}` as never);
      expect(`${kind}: ${res.status}`).toBe(`${kind}: ${mayEdit ? 201 : 403}`);
    }
  });

  test('the table matches MISSION.md S2: directors edit grading/assignment, delivery templates, finance signals', () => {
    expect(ROLE_PERMISSIONS.director).toEqual(
      expect.arrayContaining(['artifacts:edit:grading-rules', 'artifacts:edit:assignment-policy']),
    );
    expect(ROLE_PERMISSIONS.delivery).toEqual(
      expect.arrayContaining(['artifacts:edit:form-template', 'artifacts:edit:stage-gates']),
    );
    expect(ROLE_PERMISSIONS.finance).toContain('artifacts:edit:signal-model');
    expect(ROLE_PERMISSIONS.rep.filter((p) => p.startsWith('artifacts:edit'))).toEqual([]);
    expect(ROLE_PERMISSIONS.director).not.toContain('artifacts:edit:signal-model');
    expect(ROLE_PERMISSIONS.finance).not.toContain('artifacts:edit:grading-rules');
  });
});
