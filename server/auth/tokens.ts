import { createHash, randomBytes } from 'node:crypto';

export const newToken = (bytes = 32) => randomBytes(bytes).toString('base64url');
/** Secrets are stored only as their SHA-256: a database leak does not leak sessions or keys. */
export const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');
