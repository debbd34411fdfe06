// Starts a real server on a loopback port for a test file: in-memory PGlite by default, or a
// private schema on the PostgreSQL server named by TEST_DATABASE_URL (CI runs both).
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { startServer, type RunningServer, type ServerOptions } from '../../server';
import type { Clock } from '../../server/context';

export class TestClock implements Clock {
  constructor(private t = new Date('2026-11-27T02:00:00Z').getTime()) {}
  now = () => new Date(this.t);
  advance(ms: number) {
    this.t += ms;
  }
}

export interface Reply<T = any> {
  status: number;
  body: T;
  headers: Headers;
}

/** A tiny HTTP client with its own cookie jar (one per logged-in user). */
export class Client {
  private cookie: string | null = null;
  constructor(
    readonly base: string,
    private readonly bearer: string | null = null,
  ) {}

  /** Status of a streaming endpoint (SSE): reads the headers, then hangs up. */
  async streamStatus(path: string): Promise<number> {
    const ac = new AbortController();
    const res = await fetch(this.base + path, { headers: this.headers(), signal: ac.signal });
    ac.abort();
    return res.status;
  }

  private headers(): Record<string, string> {
    const headers: Record<string, string> = {};
    if (this.cookie) headers.cookie = this.cookie;
    if (this.bearer) headers.authorization = `Bearer ${this.bearer}`;
    return headers;
  }

  async request<T = any>(method: string, path: string, body?: unknown, raw?: string): Promise<Reply<T>> {
    const headers = this.headers();
    if (body !== undefined || raw !== undefined) headers['content-type'] = 'application/json';
    const res = await fetch(this.base + path, {
      method,
      headers,
      body: raw ?? (body === undefined ? undefined : JSON.stringify(body)),
    });
    const setCookie = res.headers.get('set-cookie');
    if (setCookie) this.cookie = setCookie.split(';')[0]!;
    const text = await res.text();
    let parsed: unknown = text;
    try {
      parsed = text ? JSON.parse(text) : null;
    } catch {
      /* not JSON: keep the text */
    }
    return { status: res.status, body: parsed as T, headers: res.headers };
  }
  get = <T = any>(p: string) => this.request<T>('GET', p);
  post = <T = any>(p: string, b?: unknown) => this.request<T>('POST', p, b ?? {});
  patch = <T = any>(p: string, b?: unknown) => this.request<T>('PATCH', p, b ?? {});
  delete = <T = any>(p: string) => this.request<T>('DELETE', p);
}

export interface TestServer extends RunningServer {
  clock: TestClock;
  anonymous(): Client;
  as(email: string, password?: string): Promise<Client>;
  withKey(key: string): Client;
}

export const pgUrl = () => process.env.TEST_DATABASE_URL || null;

export async function startTestServer(opts: Partial<ServerOptions> = {}): Promise<TestServer> {
  const databaseUrl = pgUrl();
  const pgSchema = databaseUrl ? `t_${randomBytes(6).toString('hex')}` : null;
  const clock = new TestClock();
  const srv = await startServer({
    port: 0,
    dataDir: null,
    databaseUrl,
    pgSchema,
    seedDemo: true,
    serveUi: false,
    clock,
    ...opts,
  });
  const close = async () => {
    await srv.close();
    if (databaseUrl && pgSchema) {
      const c = new pg.Client({ connectionString: databaseUrl });
      await c.connect();
      await c.query(`drop schema if exists ${pgSchema} cascade`);
      await c.end();
    }
  };
  return {
    ...srv,
    close,
    clock,
    anonymous: () => new Client(srv.url + '/api'),
    withKey: (key) => new Client(srv.url + '/api', key),
    as: async (email, password = 'demo1234') => {
      const c = new Client(srv.url + '/api');
      const r = await c.post('/auth/login', { email, password });
      if (r.status !== 200) throw new Error(`login ${email} failed: ${r.status} ${JSON.stringify(r.body)}`);
      return c;
    },
  };
}

export const sampleLead = (over: Record<string, unknown> = {}) => ({
  name: '张伟',
  company: {
    // Unique per call: the company name identifies a customer too (L2).
    name: `苏州精密制造${randomBytes(3).toString('hex')}有限公司`,
    registeredCapital: 8_000_000,
    industry: 'manufacturing',
    province: '江苏',
  },
  contact: {
    name: '张伟',
    title: 'IT经理',
    phone: `139${String(Math.floor(Math.random() * 1e8)).padStart(8, '0')}`,
    email: `t${randomBytes(4).toString('hex')}@example.cn`,
  },
  source: { channel: 'expo_qr', campaign: '2026工博会' },
  behaviour: { dwellSeconds: 240, pageViews: 6, downloadedWhitepaper: true },
  ...over,
});
