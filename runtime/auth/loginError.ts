import type { TFunction } from 'i18next';
import { isApiError } from '../api/client';

/** The message shown for a failed login. */
export function loginErrorMessage(t: TFunction, error: unknown): string {
  if (isApiError(error)) {
    if (error.status === 401) return t('login.errors.invalid');
    if (error.status === 429) return t('login.errors.tooMany');
    if (error.status === 0) return t('login.errors.network');
    return t('login.errors.generic', { message: error.errors.map((e) => e.message).join('; ') });
  }
  return t('login.errors.generic', { message: error instanceof Error ? error.message : String(error) });
}
