import type { TFunction } from 'i18next';
import { intlLocale } from '../i18n/languages';

/** A file's size as people read it, in the reader's language (messages in the common namespace). */
export function formatSize(bytes: number, t: TFunction, language: string): string {
  const number = (value: number, digits: number) => new Intl.NumberFormat(intlLocale(language), { maximumFractionDigits: digits }).format(value);
  if (bytes < 1024) return t('common:size.bytes', { value: number(bytes, 0) });
  if (bytes < 1024 * 1024) return t('common:size.kb', { value: number(bytes / 1024, 1) });
  return t('common:size.mb', { value: number(bytes / (1024 * 1024), 1) });
}
