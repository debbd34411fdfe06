// The requests the load generator sends, by kind: the i-th of each is distinct (names, phones) so
// every lead is a new customer, the expensive path through dedupe and assignment.
export type RequestKind = 'health' | 'lead';

/** One run of the load generator (load-client.ts), as http-load.ts hands it over. */
export interface LoadSpec {
  url: string;
  kind: RequestKind;
  seconds: number;
  connections: number;
  cookie?: string;
  /** Offset for generated names and phones, so two runs against one database do not collide. */
  offset?: number;
  /** Open loop at this many requests per second (omitted: closed loop, as fast as answers come). */
  rate?: number;
}

export function requestFor(kind: RequestKind, i: number): { method: string; path: string; body?: string } {
  if (kind === 'health') return { method: 'GET', path: '/api/health' };
  return {
    method: 'POST',
    path: '/api/leads',
    body: JSON.stringify({
      name: `客户${i}`,
      company: {
        name: `压测制造${i}有限公司`,
        registeredCapital: (i % 20) * 1_000_000,
        industry: 'manufacturing',
        province: '江苏',
      },
      contact: { name: `联系人${i}`, phone: `139${String(i).padStart(8, '0')}` },
      source: { channel: i % 2 ? 'expo_qr' : 'website_form' },
      behaviour: { dwellSeconds: i % 400, pageViews: i % 9, downloadedWhitepaper: i % 3 === 0 },
    }),
  };
}
