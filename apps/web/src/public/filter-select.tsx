import { useTranslation } from 'react-i18next';
import type { TimetableTrack } from './timetable-data';

/** One filter of the timetable or the session list: a labelled choice whose first option is "all". */
export function FilterSelect({
  id,
  label,
  all,
  value,
  options,
  onChange,
}: {
  id: string;
  label: string;
  all: string;
  value: string;
  options: { value: string; label: string }[];
  onChange: (value: string) => void;
}) {
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} onChange={(event) => onChange(event.target.value)}>
        <option value="">{all}</option>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
}

/** The track filter, the same on the grid and on the list. */
export function TrackFilter({ id, tracks, value, onChange }: { id: string; tracks: TimetableTrack[]; value: string; onChange: (value: string) => void }) {
  const { t } = useTranslation('public');
  return (
    <FilterSelect
      id={id}
      label={t('timetable.track')}
      all={t('timetable.allTracks')}
      value={value}
      options={tracks.map((track) => ({ value: track.id, label: track.name }))}
      onChange={onChange}
    />
  );
}
