// The server's public surface: start one instance (tests, the CLI in main.ts, browser tests).
import type { AddressInfo } from 'node:net';
import { createServer } from 'node:http';
import { fileURLToPath } from 'node:url';
import { systemClock, type AppContext, type Clock, type Logger } from './context';
import { openDatabase } from './db/client';
import { EventBus } from './events/bus';
import { leadEventReactors } from './reactors';
import { startNotifier } from './notify/sender';
import { createApp } from './http/app';
import { failInterruptedJobs } from './imports/job-store';
import { startScheduler } from './clocks/scheduler';
import { startAgendaTick } from './services/agenda';
import { startForecastTick } from './services/calibration';
import { seedOrganisation, type SeedResult } from './seed';

export type { AppContext, Clock } from './context';
export { openDatabase } from './db/client';
export { apiRoutes } from './routes';
export { ROLES, ROLE_PERMISSIONS } from './auth/roles';
export { seedOrganisation } from './seed';

export interface ServerOptions {
  port?: number;
  host?: string;
  /** PGlite folder; null = in memory. Ignored when databaseUrl is set. */
  dataDir?: string | null;
  databaseUrl?: string | null;
  pgSchema?: string | null;
  seedDemo?: boolean;
  adminPassword?: string;
  adminEmail?: string;
  serveUi?: boolean;
  clock?: Clock;
  log?: Logger;
  secureCookies?: boolean;
  /** Run the SLA clock scheduler in this process (default true). */
  scheduler?: boolean;
  /** Pause between clock scheduler ticks when nothing is due (ms, default 250). */
  schedulerIntervalMs?: number;
  /** How often the robot notifier looks for due messages (ms); 0 turns it off. */
  notifyIntervalMs?: number;
  /** The address people use to reach the UI, for links in robot messages. */
  publicUrl?: string | null;
}

export interface RunningServer {
  url: string;
  port: number;
  ctx: AppContext;
  seed: SeedResult;
  close(): Promise<void>;
}

export const DEFAULT_UI_DIR = fileURLToPath(new URL('../dist/public', import.meta.url));

const quietLog: Logger = { info: () => {}, error: (msg, err) => console.error(msg, err) };

export async function startServer(opts: ServerOptions = {}): Promise<RunningServer> {
  const database = await openDatabase({
    dataDir: opts.dataDir ?? null,
    databaseUrl: opts.databaseUrl ?? null,
    pgSchema: opts.pgSchema ?? null,
  });
  const ctx: AppContext = {
    db: database.db,
    driver: database.driver,
    clock: opts.clock ?? systemClock,
    log: opts.log ?? quietLog,
    config: { secureCookies: opts.secureCookies ?? false, sessionTtlHours: 12 },
    bus: new EventBus(),
    reactors: leadEventReactors,
  };
  const seed = await seedOrganisation(ctx, {
    demo: opts.seedDemo ?? true,
    adminPassword: opts.adminPassword,
    ...(opts.adminEmail ? { adminEmail: opts.adminEmail } : {}),
  });
  await failInterruptedJobs(ctx); // imports left running by a crash
  const app = createApp(ctx, { uiDir: opts.serveUi === false ? null : DEFAULT_UI_DIR });
  const server = createServer(app);
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port ?? 3000, opts.host ?? '127.0.0.1', resolve);
  });
  const port = (server.address() as AddressInfo).port;
  const scheduler =
    opts.scheduler === false ? null : startScheduler(ctx, { intervalMs: opts.schedulerIntervalMs ?? 250 });
  const url = `http://${opts.host && opts.host !== '0.0.0.0' ? opts.host : 'localhost'}:${port}`;
  const notifier =
    opts.notifyIntervalMs === 0
      ? null
      : startNotifier(ctx, { intervalMs: opts.notifyIntervalMs ?? 500, baseUrl: opts.publicUrl ?? url });
  const agendaTick = startAgendaTick(ctx); // next morning meeting's agenda (L8)
  const forecastTick = startForecastTick(ctx); // signal detection and the weekly calibration snapshot (F2, F5)
  return {
    url,
    port,
    ctx,
    seed,
    close: async () => {
      await scheduler?.stop();
      await agendaTick.stop();
      await forecastTick.stop();
      await notifier?.stop();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await database.close();
    },
  };
}
