// `npm start`: one server on PORT (3000) with PGlite under DATA_DIR (./data), or PostgreSQL
// when DATABASE_URL is set; seeds the demo organisation on first start unless SEED_DEMO=0.
import path from 'node:path';
import { startServer } from './index';

const env = process.env;
const port = Number(env.PORT ?? 3000);
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`PORT must be a number between 0 and 65535, got "${env.PORT}"`);
  process.exit(2);
}

const log = {
  info: (msg: string, extra?: Record<string, unknown>) => console.log(msg, extra ?? ''),
  error: (msg: string, err?: unknown) => console.error(msg, err),
};

try {
  const srv = await startServer({
    port,
    host: env.HOST ?? '0.0.0.0',
    dataDir: path.resolve(env.DATA_DIR ?? 'data'),
    databaseUrl: env.DATABASE_URL || null,
    seedDemo: env.SEED_DEMO !== '0',
    adminPassword: env.ADMIN_PASSWORD,
    ...(env.ADMIN_EMAIL ? { adminEmail: env.ADMIN_EMAIL } : {}),
    secureCookies: env.COOKIE_SECURE === '1',
    publicUrl: env.PUBLIC_URL || null,
    log,
  });
  console.log(`\n搭贝销售过程平台 · sales-process platform`);
  console.log(
    `  listening on ${srv.url}   (database: ${srv.ctx.driver}${srv.ctx.driver === 'pglite' ? `, ${path.resolve(env.DATA_DIR ?? 'data')}` : ''})`,
  );
  if (srv.seed.seeded) {
    console.log('  first start: organisation created. Logins:');
    for (const l of srv.seed.logins)
      console.log(`    ${l.role.padEnd(10)} ${l.email.padEnd(24)} ${l.password}`);
  } else {
    console.log(
      '  demo logins (if seeded): director@demo.local, manager@demo.local, rep1@demo.local … password demo1234',
    );
  }
  const stop = async () => {
    await srv.close();
    process.exit(0);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
} catch (err) {
  console.error('could not start:', err instanceof Error ? err.message : err);
  process.exit(1);
}
