import { foldName } from '@app/needs';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api, type Schemas, unwrap } from '../api/client';
import { countryName } from '../ui/countries';
import { QueryView } from '../ui/components';

type Candidate = Schemas['CheckInCandidate'];
const asCandidate = (badge: Schemas['DeskBadge']): Candidate => ({ ...badge, registrationId: badge.badgeCode, state: 'confirmed', checkedInToday: false });

/** Delegates whose name matches what was typed at the desk, with what tells namesakes apart, each one click from check-in. */
export function CheckInLookup({
  slug,
  q,
  categoryName,
  onChoose,
  busy,
  offline,
}: {
  slug: string;
  q: string;
  categoryName: (code: string) => string;
  onChoose: (badgeCode: string) => void;
  busy: boolean;
  /** While offline, the desk's own list of badges is searched instead of the server. */
  offline?: Schemas['DeskBadge'][];
}) {
  const { t, i18n } = useTranslation('organiser');
  const found = useQuery({
    queryKey: ['organiser', slug, 'check-in-lookup', q],
    queryFn: () => unwrap(api.GET('/events/{slug}/check-ins/lookup', { params: { path: { slug }, query: { q } } })),
    enabled: !offline,
  });
  const local = offline && {
    data: {
      items: offline
        .filter((badge) => foldName(badge.fullName).includes(foldName(q.trim())))
        .slice(0, 20)
        .map(asCandidate),
    },
    error: null,
    isPending: false,
  };
  return (
    <section className="check-in-lookup" aria-label={t('checkIn.lookupHeading', { q })}>
      <QueryView query={local || found}>
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
