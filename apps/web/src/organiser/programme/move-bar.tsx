import { useTranslation } from 'react-i18next';
import type { SessionMove } from './use-session-move';

/** What a move did or why it could not, the undo of the last one, and the words a screen reader hears while moving. */
export function MoveBar({ move }: { move: SessionMove }) {
  const { t } = useTranslation('programme');
  return (
    <div className="programme-move-bar">
      <p id="programme-move-help" className="hint">
        {t('move.help')}
      </p>
      <p className="visually-hidden" aria-live="assertive">
        {move.announcement}
      </p>
      {move.pending && (
        <p className="hint" role="status">
          {t('move.saving')}
        </p>
      )}
      {move.conflict && (
        <div className="error-box programme-conflict" role="alert">
          <strong>{t('move.refused', { title: move.conflict.title })}</strong> {move.conflict.reason}
        </div>
      )}
      {move.status && !move.conflict && (
        <p className="notice programme-moved" role="status">
          {move.status}{' '}
          {move.last && (
            <button type="button" className="link-button" onClick={() => void move.undo()}>
              {t('move.undo')}
            </button>
          )}
        </p>
      )}
    </div>
  );
}
