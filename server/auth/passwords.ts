import bcrypt from 'bcryptjs';

// Cost 10 ≈ 70 ms per hash on these machines: slow for an attacker, fine for a login.
const ROUNDS = Number(process.env.BCRYPT_ROUNDS ?? 10);

export const hashPassword = (plain: string) => bcrypt.hash(plain, ROUNDS);
export const verifyPassword = (plain: string, hash: string) => bcrypt.compare(plain, hash);

/** A hash of nothing: comparing against it costs the same as a real check (no user enumeration by timing). */
export const DUMMY_HASH = bcrypt.hashSync('not-a-password', ROUNDS);
