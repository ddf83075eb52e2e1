import { useTranslation } from 'react-i18next';

/** A registration's state in words, with a colour that is never the only clue. */
export function StateBadge({ state }: { state: string }) {
  const { t } = useTranslation('delegate');
  return <span className={`badge state-${state}`}>{t(`states.${state}`, { defaultValue: state })}</span>;
}
