// How a lead source signs its deliveries (X-Signature: t=<unix seconds>,v1=<hex HMAC-SHA256 of
// "<t>.<raw body>">), as copy-paste examples for curl and JavaScript.

const SAMPLE_BODY = JSON.stringify({
  name: '张伟',
  company: { name: '苏州精密制造有限公司', industry: 'manufacturing' },
  contact: { name: '张伟', phone: '13800138000' },
  source: { campaign: '2026工博会' },
});

export function curlExample(url: string, secret: string): string {
  return [
    `BODY='${SAMPLE_BODY}'`,
    'T=$(date +%s)',
    `SIG=$(printf '%s' "$T.$BODY" | openssl dgst -sha256 -hmac '${secret}' | sed 's/^.* //')`,
    `curl -X POST '${url}' \\`,
    `  -H 'Content-Type: application/json' \\`,
    `  -H "X-Signature: t=$T,v1=$SIG" \\`,
    `  -H 'Idempotency-Key: form-0001' \\`,
    `  --data "$BODY"`,
  ].join('\n');
}

export function jsExample(url: string, secret: string): string {
  return [
    "import { createHmac } from 'node:crypto';",
    '',
    `const secret = '${secret}';`,
    `const body = JSON.stringify(${SAMPLE_BODY});`,
    'const t = Math.floor(Date.now() / 1000);',
    "const v1 = createHmac('sha256', secret).update(`${t}.${body}`).digest('hex');",
    '',
    `const res = await fetch('${url}', {`,
    "  method: 'POST',",
    '  headers: {',
    "    'Content-Type': 'application/json',",
    "    'X-Signature': `t=${t},v1=${v1}`,",
    "    'Idempotency-Key': 'form-0001', // a retry with the same key never creates a second lead",
    '  },',
    '  body,',
    '});',
    'console.log(res.status, await res.json());',
  ].join('\n');
}
