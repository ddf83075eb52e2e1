import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type ChangeEvent, type FormEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, api, type Schemas, unwrap } from '../api/client';
import { ErrorMessage, Field } from '../ui/components';
import { awardKeys, REGIONS } from './award-data';

type ImportLine = Schemas['CityImportLine'];
type ImportProblem = Schemas['CityImportProblem'];
const COLUMNS = 'name,country,region,population,gnlc_member_since,last_award_year';

/** The line report of a refused import (every wrong line with its coded problems). */
function importReport(error: unknown): ImportLine[] {
  if (!(error instanceof ApiError) || error.status !== 422 || !Array.isArray(error.details)) return [];
  return (error.details as Partial<ImportLine>[]).filter((item): item is ImportLine => typeof item?.line === 'number' && Array.isArray(item.problems));
}

/** Cities from a CSV file or pasted text, all or nothing; a refusal lists each wrong line in the reader's language. */
export function CityImport({ slug }: { slug: string }) {
  const { t } = useTranslation('cities');
  const client = useQueryClient();
  const headingId = useId();
  const [csv, setCsv] = useState('');
  const run = useMutation({
    mutationFn: (body: string) =>
      unwrap(
        api.POST('/events/{slug}/awards/cities/import', {
          params: { path: { slug } },
          body,
          bodySerializer: (text: string) => text,
          headers: { 'content-type': 'text/csv' },
        }),
      ),
    onSuccess: () => void client.invalidateQueries({ queryKey: awardKeys.cities(slug) }),
  });
  const report = importReport(run.error);

  const readFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    if (file) setCsv(await file.text());
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    run.mutate(csv);
  };
  const describe = (problem: ImportProblem) => {
    const data = { ...problem.data } as Record<string, unknown>;
    for (const key of ['missing', 'expected', 'allowed']) if (Array.isArray(data[key])) data[key] = (data[key] as string[]).join(', ');
    return t(`problems.${problem.code}`, { defaultValue: problem.message, ...data });
  };

  return (
    <section aria-labelledby={headingId} className="awards-city-import">
      <h2 id={headingId}>{t('import.title')}</h2>
      <p className="hint">{t('import.help', { columns: COLUMNS, regions: REGIONS.join(', ') })}</p>
      <form onSubmit={submit} noValidate>
        <Field label={t('import.file')}>{(props) => <input {...props} type="file" accept=".csv,text/csv" onChange={readFile} />}</Field>
        <Field label={t('import.paste')}>
          {(props) => <textarea {...props} rows={6} spellCheck={false} value={csv} onChange={(event) => setCsv(event.target.value)} />}
        </Field>
        <div className="actions">
          <button type="submit" disabled={run.isPending || csv.trim() === ''}>
            {t('import.submit')}
          </button>
        </div>
      </form>
      {run.data && (
        <p className="notice" role="status">
          {t('import.done', run.data)}
        </p>
      )}
      {run.error !== null && report.length === 0 && <ErrorMessage error={run.error} />}
      {report.length > 0 && (
        <div className="error-box" role="alert">
          <p>{t('import.rejected')}</p>
          <ul className="awards-import-report">
            {report.map((line) => (
              <li key={line.line} data-line={line.line}>
                <strong>{t('import.line', { line: line.line })}</strong>
                <ul>
                  {line.problems.map((problem, index) => (
                    <li key={index} data-code={problem.code}>
                      {problem.field && <span className="awards-import-field">{t('import.column', { field: problem.field })}: </span>}
                      {describe(problem)}
                    </li>
                  ))}
                </ul>
              </li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}
