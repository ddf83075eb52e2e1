import { useQueryClient } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { UnavailableTimes } from '../../speaker/unavailable-times';
import { QueryView } from '../../ui/components';
import { availabilityKey, type EventDetail, keys, setSpeakerAvailability, type Speaker, useSpeakerAvailability } from './programme-api';

/** Organisers see and correct the times each speaker said they cannot speak; the warnings follow. */
export function AvailabilityPanel({ slug, event, speakers }: { slug: string; event: EventDetail; speakers: Speaker[] }) {
  const { t } = useTranslation('programme');
  const { t: ts } = useTranslation('speaker');
  const client = useQueryClient();
  const headingId = useId();
  const selectId = useId();
  const availability = useSpeakerAvailability(slug);
  const [userId, setUserId] = useState('');
  const speaker = speakers.find((candidate) => candidate.userId === userId);
  return (
    <section className="card programme-availability" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('availability.heading')}</h2>
      <QueryView query={availability}>
        {(list) => (
          <>
            <p className="hint">{t('availability.summary', { count: list.filter((entry) => entry.times.length > 0).length })}</p>
            <label htmlFor={selectId}>{t('availability.speaker')}</label>
            <select id={selectId} value={userId} onChange={(change) => setUserId(change.target.value)}>
              <option value="">{t('availability.choose')}</option>
              {speakers.map((candidate) => (
                <option key={candidate.userId} value={candidate.userId}>
                  {candidate.name}
                  {list.some((entry) => entry.userId === candidate.userId && entry.times.length) ? ` (${t('availability.hasTimes')})` : ''}
                </option>
              ))}
            </select>
            {speaker && (
              <UnavailableTimes
                key={speaker.userId}
                heading={ts('availability.organiserHeading', { name: speaker.name })}
                zone={event.timeZone}
                times={list.find((entry) => entry.userId === speaker.userId)?.times ?? []}
                onSave={async (times) => {
                  await setSpeakerAvailability(slug, speaker.userId, times);
                  await Promise.all([
                    client.invalidateQueries({ queryKey: availabilityKey(slug) }),
                    client.invalidateQueries({ queryKey: keys.warnings(slug) }),
                  ]);
                }}
              />
            )}
          </>
        )}
      </QueryView>
    </section>
  );
}
