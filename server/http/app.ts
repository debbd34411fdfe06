// Assembles the Express application: security headers, JSON parsing, the authenticated API
// with its permission-guarded routes, the built single-page app, and one error handler.
import { existsSync } from 'node:fs';
import path from 'node:path';
import express, { Router } from 'express';
import helmet from 'helmet';
import { authenticate } from '../auth/authenticate';
import type { AppContext } from '../context';
import { apiRoutes } from '../routes';
import { apiNotFound, errorHandler } from './errors';
import { keepRawBodyOfWebhooks } from './raw-body';
import { mountRoutes } from './routes';
import { proposalPage } from './proposal-page';

export interface AppOptions {
  /** Folder of the built UI (vite build → dist/public); null serves the API only. */
  uiDir: string | null;
}

export function createApp(ctx: AppContext, opts: AppOptions) {
  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', 'loopback');
  app.use(
    helmet({
      contentSecurityPolicy: {
        directives: {
          'default-src': ["'self'"],
          // ajv compiles JSON Schemas (artefacts, form templates) to functions in the browser too, so
          // the studio and the forms validate exactly as the server does. Nothing else is evaluated:
          // no inline scripts, no third-party origins.
          'script-src': ["'self'", "'unsafe-eval'"],
          // antd renders its CSS-in-JS as <style> elements.
          'style-src': ["'self'", "'unsafe-inline'"],
          'img-src': ["'self'", 'data:'],
          'connect-src': ["'self'"],
          'frame-ancestors': ["'none'"],
          'upgrade-insecure-requests': null,
        },
      },
      strictTransportSecurity: ctx.config.secureCookies,
    }),
  );

  const api = Router();
  api.use(express.json({ limit: '2mb', strict: true, verify: keepRawBodyOfWebhooks }));
  api.use((_req, res, next) => {
    res.set('Cache-Control', 'no-store');
    next();
  });
  api.use(authenticate(ctx));
  mountRoutes(api, apiRoutes(ctx));
  api.use(apiNotFound);
  app.use('/api', api);
  app.use('/p', proposalPage(ctx)); // tracked proposal links, public (L8)

  if (opts.uiDir && existsSync(path.join(opts.uiDir, 'index.html'))) {
    const uiDir = opts.uiDir;
    // Vite names assets by content hash: cache them for good; the page itself is always revalidated.
    app.use(
      '/assets',
      express.static(path.join(uiDir, 'assets'), { immutable: true, maxAge: '365d', fallthrough: false }),
    );
    app.use(express.static(uiDir, { index: false, maxAge: 0 }));
    // Client-side routes (/login, /workbench, /studio/…) all load the single page.
    app.get(/^\/(?!api\/).*/, (_req, res) => {
      res.set('Cache-Control', 'no-cache');
      res.sendFile(path.join(uiDir, 'index.html'));
    });
  } else {
    app.get('/', (_req, res) =>
      res.type('text').send('The UI is not built. Run `npm run build` (npm start does it for you).'),
    );
  }
  app.use(errorHandler((msg, err) => ctx.log.error(msg, err)));
  return app;
}
