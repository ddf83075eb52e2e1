import { type ReactNode, Suspense, useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useRoute } from 'wouter';
import { hasRole, type Me, useMe } from '../auth/session';
import { useEventDetails } from '../ui/event-query';
import './organiser-nav.css';

/** One event's organiser area, in the order an organiser works through it; staff see only what they may open. */
const ITEMS = [
  { key: 'dashboard', path: '', roles: ['organiser'] },
  { key: 'settings', path: '/settings', roles: ['organiser'] },
  { key: 'people', path: '/people', roles: ['organiser'] },
  { key: 'registrationForm', path: '/registration-form', roles: ['organiser'] },
  { key: 'delegates', path: '/delegates', roles: ['organiser'] },
  { key: 'delegations', path: '/delegations', roles: ['organiser'] },
  { key: 'hotels', path: '/hotels', roles: ['organiser'] },
  { key: 'catering', path: '/catering', roles: ['organiser'] },
  { key: 'visas', path: '/visas', roles: ['organiser'] },
  { key: 'programme', path: '/programme', roles: ['organiser'] },
  { key: 'slides', path: '/slides', roles: ['organiser'] },
  { key: 'badges', path: '/badges', roles: ['organiser'] },
  { key: 'checkIn', path: '/check-in', roles: ['organiser', 'staff'] },
  { key: 'notifications', path: '/notifications', roles: ['organiser'] },
  { key: 'mail', path: '/mail', roles: ['organiser'] },
  { key: 'awards', path: '/awards', roles: ['organiser'] },
] as const;

function itemsFor(me: Me, slug: string) {
  return ITEMS.filter((item) => hasRole(me, slug, ...item.roles));
}

function OrganiserNav({ slug, items }: { slug: string; items: ReturnType<typeof itemsFor> }) {
  const { t } = useTranslation('organiser');
  const [location] = useLocation();
  const [open, setOpen] = useState(false);
  const listId = useId();
  const event = useEventDetails(slug).data;
  const base = `/organiser/events/${slug}`;
  // A phone's menu closes once a page is chosen.
  useEffect(() => setOpen(false), [location]);
  const isCurrent = (path: string) => (path === '' ? location === base : location === base + path || location.startsWith(`${base + path}/`));
  const current = items.find((item) => isCurrent(item.path));

  return (
    <div className="organiser-sidebar">
      <p className="organiser-sidebar-event">
        <Link href="/organiser">{event?.name ?? slug}</Link>
      </p>
      <nav aria-label={t('nav.label')}>
        <button type="button" className="secondary organiser-menu-button" aria-expanded={open} aria-controls={listId} onClick={() => setOpen(!open)}>
          {t('nav.menu')}
          {current && <span className="organiser-menu-current"> · {t(`nav.${current.key}`)}</span>}
        </button>
        <ul id={listId} className={open ? 'open' : undefined}>
          {items.map((item) => (
            <li key={item.key}>
              <Link href={base + item.path} aria-current={isCurrent(item.path) ? 'page' : undefined}>
                {t(`nav.${item.key}`)}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
    </div>
  );
}

/**
 * Every page under /organiser/events/:slug/ sits beside the event's navigation, for the people who
 * organise or staff it; anyone else there (a city's representative nominating) sees the page alone.
 */
export function OrganiserFrame({ children }: { children: ReactNode }) {
  const [home, homeParams] = useRoute<{ slug: string }>('/organiser/events/:slug');
  const [page, pageParams] = useRoute<{ slug: string }>('/organiser/events/:slug/*');
  const me = useMe().data;
  const slug = home ? homeParams.slug : page ? pageParams.slug : undefined;
  const items = slug && me ? itemsFor(me, slug) : [];
  if (!slug || items.length === 0) return <>{children}</>;
  return (
    <div className="organiser-frame">
      {/* Its words may still be on their way when the app opens on another area: the page is not held up for them. */}
      <Suspense fallback={null}>
        <OrganiserNav slug={slug} items={items} />
      </Suspense>
      <div className="organiser-frame-page">{children}</div>
    </div>
  );
}
