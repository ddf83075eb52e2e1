import { createContext, type KeyboardEvent, type ReactNode, useCallback, useContext, useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import './confirm-dialog.css';

export interface ConfirmOptions {
  title: string;
  message: string;
  /** Says what will happen ("Release results"), never just "OK". */
  confirmLabel: string;
  /** For what cannot be undone: the button is red. */
  danger?: boolean;
}

type Confirm = (options: ConfirmOptions) => Promise<boolean>;

const ConfirmContext = createContext<Confirm | null>(null);

/** Asks before an irreversible action, in the app's own words and language; resolves true only on an explicit yes. */
export function useConfirm(): Confirm {
  const confirm = useContext(ConfirmContext);
  if (!confirm) throw new Error('useConfirm needs a ConfirmProvider above it');
  return confirm;
}

export function ConfirmProvider({ children }: { children: ReactNode }) {
  const [request, setRequest] = useState<{ options: ConfirmOptions; resolve: (answer: boolean) => void } | null>(null);
  const confirm = useCallback<Confirm>((options) => new Promise((resolve) => setRequest({ options, resolve })), []);
  return (
    <ConfirmContext.Provider value={confirm}>
      {children}
      {request && (
        <ConfirmDialog
          {...request.options}
          onAnswer={(answer) => {
            request.resolve(answer);
            setRequest(null);
          }}
        />
      )}
    </ConfirmContext.Provider>
  );
}

function ConfirmDialog({ title, message, confirmLabel, danger, onAnswer }: ConfirmOptions & { onAnswer: (answer: boolean) => void }) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const messageId = useId();

  useEffect(() => {
    const dialog = ref.current!;
    const before = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    // A modal <dialog> makes the rest of the page inert; Esc arrives as its cancel event.
    dialog.showModal();
    return () => {
      dialog.close();
      before?.focus();
    };
  }, []);

  // Tab and Shift+Tab go round the dialog's buttons instead of out to the browser's own controls.
  const trapFocus = (event: KeyboardEvent<HTMLDialogElement>) => {
    if (event.key !== 'Tab') return;
    const buttons = [...event.currentTarget.querySelectorAll<HTMLButtonElement>('button')];
    const index = buttons.indexOf(document.activeElement as HTMLButtonElement);
    const next = event.shiftKey ? (index <= 0 ? buttons.length - 1 : index - 1) : (index + 1) % buttons.length;
    event.preventDefault();
    buttons[next]?.focus();
  };

  return (
    <dialog
      ref={ref}
      className="confirm-dialog"
      aria-labelledby={titleId}
      aria-describedby={messageId}
      onKeyDown={trapFocus}
      onCancel={(event) => {
        event.preventDefault();
        onAnswer(false);
      }}
    >
      <h2 id={titleId}>{title}</h2>
      <p id={messageId}>{message}</p>
      <div className="actions">
        {/* The safe answer has the focus, so a stray Enter does nothing that cannot be undone. */}
        <button type="button" className="secondary" autoFocus onClick={() => onAnswer(false)}>
          {t('cancel')}
        </button>
        <button type="button" className={danger ? 'danger' : undefined} onClick={() => onAnswer(true)}>
          {confirmLabel}
        </button>
      </div>
    </dialog>
  );
}
