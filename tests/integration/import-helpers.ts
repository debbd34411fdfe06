// Helpers for the import tests: a logged-in multipart upload, waiting for a job, a live SSE reader.
import ExcelJS from 'exceljs';
import type { TestServer } from './harness';

export async function cookieOf(srv: TestServer, email: string): Promise<string> {
  const login = await fetch(`${srv.url}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password: 'demo1234' }),
  });
  return login.headers.get('set-cookie')!.split(';')[0]!;
}

export async function upload(
  srv: TestServer,
  cookie: string,
  path: string,
  file: { name: string; data: Buffer | string } | null,
  fields: Record<string, string> = {},
) {
  const form = new FormData();
  if (file)
    form.append(
      'file',
      new Blob([typeof file.data === 'string' ? file.data : new Uint8Array(file.data)]),
      file.name,
    );
  for (const [k, v] of Object.entries(fields)) form.append(k, v);
  const res = await fetch(`${srv.url}/api${path}`, { method: 'POST', headers: { cookie }, body: form });
  const text = await res.text();
  return { status: res.status, body: text ? JSON.parse(text) : null };
}

export async function getJson(srv: TestServer, cookie: string, path: string) {
  const res = await fetch(`${srv.url}/api${path}`, { headers: { cookie } });
  return { status: res.status, body: (await res.json()) as any };
}

export async function waitForJob(srv: TestServer, cookie: string, jobId: string, ms = 20_000) {
  const end = Date.now() + ms;
  for (;;) {
    const r = await getJson(srv, cookie, `/jobs/${jobId}`);
    if (r.body.state === 'done' || r.body.state === 'failed') return r.body;
    if (Date.now() > end) throw new Error(`job ${jobId} still ${r.body.state}`);
    await new Promise((res) => setTimeout(res, 50));
  }
}

export async function xlsx(rows: unknown[][]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('线索');
  for (const r of rows) ws.addRow(r);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

export function csv(rows: unknown[][]): string {
  const cell = (v: unknown) => {
    const s = v === null || v === undefined ? '' : String(v);
    return /[",\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
  };
  return rows.map((r) => r.map(cell).join(',')).join('\r\n') + '\r\n';
}

/** Reads a Server-Sent Events stream into an array until closed. */
export async function openStream(srv: TestServer, cookie: string) {
  const ac = new AbortController();
  const res = await fetch(`${srv.url}/api/events`, { headers: { cookie }, signal: ac.signal });
  const reader = res.body!.getReader();
  const seen: { event: string; data: any }[] = [];
  let buffer = '';
  const pump = (async () => {
    for (;;) {
      const { value, done } = await reader.read().catch(() => ({ value: undefined, done: true }));
      if (done) return;
      buffer += new TextDecoder().decode(value);
      let i;
      while ((i = buffer.indexOf('\n\n')) >= 0) {
        const block = buffer.slice(0, i);
        buffer = buffer.slice(i + 2);
        const event = /^event: (.+)$/m.exec(block)?.[1];
        const data = /^data: (.+)$/m.exec(block)?.[1];
        if (event && data) seen.push({ event, data: JSON.parse(data) });
      }
    }
  })();
  return { seen, close: () => (ac.abort(), pump) };
}

let gbkTable: Map<string, number[]> | null = null;
/** Encodes text as GBK (what Excel on Chinese Windows writes), by inverting the platform's decoder. */
export function gbk(text: string): Buffer {
  if (!gbkTable) {
    gbkTable = new Map();
    const td = new TextDecoder('gbk');
    for (let a = 0x81; a <= 0xfe; a++)
      for (let b = 0x40; b <= 0xfe; b++) {
        const ch = td.decode(new Uint8Array([a, b]));
        if (ch.length === 1 && ch !== '\ufffd' && !gbkTable.has(ch)) gbkTable.set(ch, [a, b]);
      }
  }
  const out: number[] = [];
  for (const ch of text) {
    if (ch.charCodeAt(0) < 0x80) out.push(ch.charCodeAt(0));
    else out.push(...(gbkTable.get(ch) ?? [0x3f]));
  }
  return Buffer.from(out);
}
