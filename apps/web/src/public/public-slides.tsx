import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../api/client';
import { slotTitle, type TimetableSlot } from './timetable-data';

/**
 * The talks' slides their speakers shared, once the talks are over; nothing while there are none. Each talk is
 * named as the timetable's `slots` name it in the reader's language.
 */
export function PublicSlides({ slug, sessionId, slots }: { slug: string; sessionId: string; slots: TimetableSlot[] }) {
  const { t, i18n } = useTranslation('public');
  const slides = useQuery({
    queryKey: ['public-slides', slug, sessionId],
    queryFn: () => unwrap(api.GET('/events/{slug}/sessions/{sessionId}/public-slides', { params: { path: { slug, sessionId } } })),
  });
  if (!slides.data?.length) return null;
  const titles = new Map(slots.map((slot) => [slot.id, slotTitle(slot, i18n.language)]));
  return (
    <section>
      <h2>{t('sessionPage.slides')}</h2>
      <ul className="session-slides">
        {slides.data.map((item) => (
          <li key={item.slotId}>
            <a href={`/events/${slug}/slots/${item.slotId}/slides/current`} download={item.fileName}>
              {t('sessionPage.download', { title: titles.get(item.slotId) ?? item.title, format: item.extension.toUpperCase() })}
            </a>
            {item.speakers.length > 0 && <span className="hint"> · {item.speakers.join(', ')}</span>}
          </li>
        ))}
      </ul>
    </section>
  );
}
