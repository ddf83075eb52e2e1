import { type ReactNode, useId } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../api/client';
import { errorText } from '../api/error-text';

/** A labelled form field that shows the API's messages for that field underneath, tied by aria-describedby. */
export function Field({
  label,
  error,
  hint,
  required,
  children,
}: {
  label: string;
  error?: string[] | string;
  hint?: string;
  required?: boolean;
  children: (props: { id: string; 'aria-invalid'?: boolean; 'aria-describedby'?: string; required?: boolean }) => ReactNode;
}) {
  const id = useId();
  const { t } = useTranslation();
  const messages = error === undefined ? [] : Array.isArray(error) ? error : [error];
  const describedBy = [hint ? `${id}-hint` : '', messages.length ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined;
  return (
    <div className="field">
      <label htmlFor={id}>
        {label}
        {required && <span className="required"> ({t('required')})</span>}
      </label>
      {children({ id, 'aria-invalid': messages.length ? true : undefined, 'aria-describedby': describedBy, required })}
      {hint && (
        <p className="hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
      {messages.length > 0 && (
        <p className="field-error" id={`${id}-error`} role="alert">
          {messages.join(' ')}
        </p>
      )}
    </div>
  );
}

/** A failed request, said in the reader's language (field messages are shown by their fields). */
export function ErrorMessage({ error }: { error: unknown }) {
  // The error sentences come after the page's first words (i18n/namespaces.ts): wait for them rather than show English.
  const { t } = useTranslation(['common', 'errors']);
  if (!error) return null;
  return (
    <div className="error-box" role="alert">
      {errorText(t, error)}
    </div>
  );
}

export function fieldErrors(error: unknown): Record<string, string[]> {
  return error instanceof ApiError ? error.fields : {};
}

export function Loading() {
  const { t } = useTranslation();
  return (
    <p className="loading" role="status" aria-live="polite">
      {t('loading')}
    </p>
  );
}

/** Renders a query's states the same way everywhere. */
export function QueryView<T>({ query, children }: { query: { data?: T; error: unknown; isPending: boolean }; children: (data: T) => ReactNode }) {
  if (query.isPending) return <Loading />;
  if (query.error) return <ErrorMessage error={query.error} />;
  return <>{children(query.data as T)}</>;
}

export function ZoneNote({ zone }: { zone: string }) {
  const { t } = useTranslation();
  return <p className="zone-note">{t('timeZoneNote', { zone })}</p>;
}
