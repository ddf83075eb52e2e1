import i18next, { type TFunction } from 'i18next';
import { formatDateTime, formatDay } from '../ui/time';
import { ApiError } from './client';

const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;
const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** Data values that are themselves words to translate: a registration's state, an invitation's, a region. */
const TRANSLATED_VALUES: Record<string, string> = {
  state: 'common:errorValues.state',
  region: 'awards:regions',
  regions: 'awards:regions',
  sessionType: 'common:sessionTypes',
};

function displayValue(key: string, value: unknown, data: Record<string, unknown>, language: string, t: TFunction): unknown {
  if (Array.isArray(value)) {
    const items = value.map((item) => String(displayValue(key, item, data, language, t)));
    // Accepted file types are alternatives ("PDF, PNG or JPEG"); other lists are plain enumerations.
    return key === 'accepted' ? new Intl.ListFormat(language, { type: 'disjunction' }).format(items) : items.join(', ');
  }
  if (typeof value !== 'string') return value;
  if (TRANSLATED_VALUES[key]) return t(`${TRANSLATED_VALUES[key]}.${value}`, { defaultValue: value });
  const zone = typeof data.timeZone === 'string' ? data.timeZone : Intl.DateTimeFormat().resolvedOptions().timeZone;
  if (INSTANT.test(value)) return formatDateTime(value, zone, language);
  if (DAY.test(value)) return formatDay(value, language);
  return value;
}

/**
 * What to tell the reader about a failed request, in their language: the API's code translated with its
 * data (`<CODE>` in the errors namespace). The API's English message is only a last resort, for a
 * code this build of the app does not know yet.
 */
export function errorText(t: TFunction, error: unknown): string {
  if (!(error instanceof ApiError)) return t('errorTitle', { ns: 'common' });
  if (error.status === 0) return t('networkError', { ns: 'common' });
  if (!error.code) return error.message;
  const language = i18next.language ?? 'en';
  const values = Object.fromEntries(Object.entries(error.data).map(([key, value]) => [key, displayValue(key, value, error.data, language, t)]));
  return t(error.code, { ...values, ns: 'errors', defaultValue: error.message });
}
