// The public page behind a tracked link, GET /p/:token (no login: the customer opens it). Every
// value is HTML-escaped; the page has no scripts. Opening it records a view (services/proposals).
import { parse as parseCookie } from 'cookie';
import { Router, type Request } from 'express';
import { findSessionUser, SESSION_COOKIE } from '../auth/sessions';
import type { AppContext } from '../context';
import { openProposal } from '../services/proposals';

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};
export const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => ESCAPES[c]!);

const STYLE = `body{font-family:-apple-system,"PingFang SC","Microsoft YaHei",sans-serif;max-width:760px;margin:40px auto;padding:0 20px;color:#1f1f1f;line-height:1.7}
h1{font-size:24px;margin-bottom:4px}.meta{color:#8c8c8c;font-size:14px}.amount{font-size:20px;color:#cf1322;margin:16px 0}
.body{white-space:pre-wrap;border-top:1px solid #f0f0f0;padding-top:16px}.preview{background:#fffbe6;border:1px solid #ffe58f;padding:8px 12px}`;

function page(title: string, inner: string): string {
  return `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><meta name="robots" content="noindex"><title>${escapeHtml(title)}</title><style>${STYLE}</style></head><body>${inner}</body></html>`;
}

async function isInternal(ctx: AppContext, req: Request): Promise<boolean> {
  const token = req.headers.cookie ? parseCookie(req.headers.cookie)[SESSION_COOKIE] : undefined;
  return token ? !!(await findSessionUser(ctx, token)) : false;
}

export function proposalPage(ctx: AppContext): Router {
  const router = Router();
  router.get('/:token', async (req, res) => {
    res.set({ 'Cache-Control': 'no-store', 'X-Robots-Tag': 'noindex', 'Referrer-Policy': 'no-referrer' });
    const found = await openProposal(ctx, String(req.params.token), {
      ip: req.ip ?? null,
      userAgent: req.get('user-agent') ?? null,
      internal: await isInternal(ctx, req),
    });
    if (!found) {
      res
        .status(404)
        .type('html')
        .send(page('未找到 / Not found', '<h1>链接无效或已失效</h1><p>This link is not valid.</p>'));
      return;
    }
    const p = found.proposal;
    const kind = p.kind === 'quote' ? '报价 / Quote' : '方案 / Proposal';
    const amount =
      p.amount === null ? '' : `<div class="amount">¥ ${escapeHtml(p.amount.toLocaleString('zh-CN'))}</div>`;
    const preview = found.counted
      ? ''
      : '<p class="preview">内部预览，不计入客户阅读 / Internal preview: not counted as a customer view.</p>';
    res
      .type('html')
      .send(
        page(
          p.title,
          `${preview}<h1>${escapeHtml(p.title)}</h1><div class="meta">${escapeHtml(kind)}${
            found.company ? ` · ${escapeHtml(found.company)}` : ''
          } · ${escapeHtml(p.sentAt.toISOString().slice(0, 10))}</div>${amount}<div class="body">${escapeHtml(p.body ?? '')}</div>`,
        ),
      );
  });
  return router;
}
