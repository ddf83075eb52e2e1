import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../api/client';
import { countryName } from '../ui/countries';
import { QueryView } from '../ui/components';

/** Delegates whose name matches what was typed at the desk, with what tells namesakes apart, each one click from check-in. */
export function CheckInLookup({
  slug,
  q,
  categoryName,
  onChoose,
  busy,
}: {
  slug: string;
  q: string;
  categoryName: (code: string) => string;
  onChoose: (badgeCode: string) => void;
  busy: boolean;
}) {
  const { t, i18n } = useTranslation('organiser');
  const found = useQuery({
    queryKey: ['organiser', slug, 'check-in-lookup', q],
    queryFn: () => unwrap(api.GET('/events/{slug}/check-ins/lookup', { params: { path: { slug }, query: { q } } })),
  });
  return (
    <section className="check-in-lookup" aria-label={t('checkIn.lookupHeading', { q })}>
      <QueryView query={found}>
        {(data) =>
          data.items.length === 0 ? (
            <p className="warning result-box">{t('checkIn.nobodyNamed', { q })}</p>
          ) : (
            <>
              <p className="hint">{t('checkIn.found', { count: data.items.length, q })}</p>
              <ul className="check-in-candidates">
                {data.items.map((person) => (
                  <li key={person.registrationId} className="check-in-candidate">
                    <div>
                      <strong>{person.fullName}</strong>
                      <span className="hint">
                        {[person.delegation, countryName(person.country, i18n.language), categoryName(person.category)].filter(Boolean).join(' · ')}
                      </span>
                      {person.state !== 'confirmed' && <span className="badge">{t(`states.${person.state}`, { defaultValue: person.state })}</span>}
                      {person.checkedInToday && <span className="badge">{t('checkIn.alreadyToday')}</span>}
                    </div>
                    <button
                      type="button"
                      className="secondary"
                      disabled={busy || person.state !== 'confirmed'}
                      onClick={() => onChoose(person.badgeCode)}
                      aria-label={t('checkIn.checkInPerson', { name: person.fullName })}
                    >
                      {t('checkIn.submit')}
                    </button>
                  </li>
                ))}
              </ul>
            </>
          )
        }
      </QueryView>
    </section>
  );
}
