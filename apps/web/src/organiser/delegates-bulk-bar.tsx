import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api, type Schemas, unwrap } from '../api/client';
import { ErrorMessage } from '../ui/components';
import { useConfirm } from '../ui/confirm-dialog';
import { REGISTRATION_ACTIONS } from './organiser-shell';

type Row = Schemas['RegistrationRowResponse'];
type BulkAction = Schemas['BulkRegistrationActionDto']['action'];
const BULK_ACTIONS: BulkAction[] = ['approve', 'reject', 'cancel'];

/** One action on every selected registration; the API does all of them or none, so a refusal leaves the list as it was. */
export function BulkBar({ slug, rows, onDone, onClear }: { slug: string; rows: Row[]; onDone: (message: string) => void; onClear: () => void }) {
  const { t } = useTranslation('organiser');
  const client = useQueryClient();
  const confirm = useConfirm();
  const bulk = useMutation({
    mutationFn: (action: BulkAction) =>
      unwrap(api.POST('/events/{slug}/registrations/bulk', { params: { path: { slug } }, body: { ids: rows.map((row) => row.id), action } })),
    onSuccess: (result, action) => {
      onDone(t(`delegates.bulk.done.${action}`, { count: result.items.length }));
      void client.invalidateQueries({ queryKey: ['organiser', slug] });
    },
  });
  if (rows.length === 0 && !bulk.error) return null;

  const run = async (action: BulkAction) => {
    bulk.reset();
    const yes = await confirm({
      title: t(`delegates.bulk.title.${action}`, { count: rows.length }),
      message: t(`delegates.bulk.text.${action}`),
      confirmLabel: t(`delegates.bulk.confirm.${action}`, { count: rows.length }),
      danger: action !== 'approve',
    });
    if (yes) bulk.mutate(action);
  };

  return (
    <div className="bulk-bar" role="region" aria-label={t('delegates.bulk.label')}>
      <p className="bulk-count" aria-live="polite">
        {t('delegates.bulk.selected', { count: rows.length })}
      </p>
      <div className="actions">
        {BULK_ACTIONS.map((action) => (
          <button
            key={action}
            type="button"
            className={action === 'approve' ? undefined : action === 'reject' ? 'danger' : 'secondary'}
            // A selection the action cannot apply to every row of would be refused whole: say so before asking.
            disabled={bulk.isPending || rows.length === 0 || !rows.every((row) => REGISTRATION_ACTIONS[row.state]?.includes(action))}
            onClick={() => void run(action)}
          >
            {t(`delegates.bulk.button.${action}`)}
          </button>
        ))}
        <button type="button" className="link-button" onClick={onClear} disabled={rows.length === 0}>
          {t('delegates.bulk.clear')}
        </button>
      </div>
      <ErrorMessage error={bulk.error} />
    </div>
  );
}
