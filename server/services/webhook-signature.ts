// Signed webhook deliveries (L1): `X-Signature: t=<unix seconds>,v1=<hex HMAC-SHA256(secret, "<t>.<raw body>")>`.
// Constant-time comparison; a timestamp more than 5 minutes off is refused (replays of old captures).
import { createHmac, timingSafeEqual } from 'node:crypto';

export const SIGNATURE_TOLERANCE_SECONDS = 300;

export interface ParsedSignature {
  t: number;
  v1: string[];
}

/** Parses the header; null when it is missing or malformed. Several v1 values are allowed (rotation). */
export function parseSignature(header: string | undefined): ParsedSignature | null {
  if (!header || header.length > 1000) return null;
  let t: number | null = null;
  const v1: string[] = [];
  for (const part of header.split(',')) {
    const [k, v] = part.trim().split('=', 2) as [string, string | undefined];
    if (k === 't' && v && /^\d{1,12}$/.test(v)) t = Number(v);
    else if (k === 'v1' && v && /^[0-9a-f]{64}$/i.test(v)) v1.push(v.toLowerCase());
  }
  return t !== null && v1.length ? { t, v1 } : null;
}

export function sign(secret: string, t: number, rawBody: Buffer | string): string {
  return createHmac('sha256', secret).update(`${t}.`).update(rawBody).digest('hex');
}

/** The header value a sender puts on a delivery (used by tests, the bench and docs). */
export const signatureHeader = (secret: string, t: number, rawBody: Buffer | string) =>
  `t=${t},v1=${sign(secret, t, rawBody)}`;

export const isFresh = (sig: ParsedSignature, nowMs: number) =>
  Math.abs(nowMs / 1000 - sig.t) <= SIGNATURE_TOLERANCE_SECONDS;

/** True when one of the header's v1 values is the HMAC of this body under `secret` (constant time). */
export function signatureMatches(secret: string, sig: ParsedSignature, rawBody: Buffer): boolean {
  const expected = Buffer.from(sign(secret, sig.t, rawBody), 'hex');
  let ok = false;
  for (const v of sig.v1) ok = timingSafeEqual(expected, Buffer.from(v, 'hex')) || ok;
  return ok;
}
