// Imports carry `.js` because test/shipped-languages.e2e-spec.ts loads these modules under Node's rules too.

/**
 * Each area of the app keeps its own messages (src/<area>/messages.ts), one i18next namespace each. Only
 * `common` comes with the app's script; the others are fetched with the first page that reads them, so
 * a delegate opening the timetable does not download the organisers' and the jury's words.
 */
export const NAMESPACE_LOADERS = {
  public: () => import('../public/messages.js'),
  account: () => import('../account/messages.js'),
  delegate: () => import('../delegate/messages.js'),
  speaker: () => import('../speaker/messages.js'),
  organiser: () => import('../organiser/messages.js'),
  awards: () => import('../awards/messages.js'),
  cities: () => import('../awards/city-messages.js'),
  applications: () => import('../awards/application-messages.js'),
  programme: () => import('../organiser/programme/messages.js'),
  people: () => import('../people/messages.js'),
  settings: () => import('../organiser/settings/messages.js'),
  stay: () => import('../delegate/stay-messages.js'),
  hotels: () => import('../organiser/hotels/messages.js'),
  catering: () => import('../organiser/catering/messages.js'),
  badges: () => import('../organiser/badges/messages.js'),
  compose: () => import('../organiser/compose-messages.js'),
  messagePage: () => import('../organiser/message-page-messages.js'),
  protocol: () => import('../delegate/protocol-messages.js'),
  visas: () => import('../organiser/visas/messages.js'),
  mail: () => import('../organiser/mail/messages.js'),
  questions: () => import('../delegate/questions/messages.js'),
  // What the api's error codes say: fetched once the page is up (../index.ts), and waited for by the error box.
  errors: () => import('./errors.js'),
} satisfies Record<string, () => Promise<{ default: Record<string, object> }>>;

export type Namespace = keyof typeof NAMESPACE_LOADERS;

/**
 * The namespaces the page a visit opens on reads at once, fetched with the app's script rather than after the
 * page first renders. A page that reads one not listed still shows its words: it waits for them, with the
 * (translated) loading text, instead of showing keys or English.
 */
const OPENING_PAGES: [RegExp, Namespace[]][] = [
  [/^\/events\/[^/]+\/(?:register|registered)\/?$/, ['public', 'delegate', 'questions', 'protocol', 'stay']],
  [/^\/events\/[^/]+\/(?:speaker-)?invitations\//, ['public', 'speaker', 'people']],
  [/^\/events\//, ['public']],
  [/^\/manage\//, ['delegate', 'questions', 'protocol', 'stay', 'public']],
  [/^\/organiser\/events\/[^/]+\/programme/, ['organiser', 'programme']],
  [/^\/organiser\/events\/[^/]+\/settings/, ['organiser', 'settings']],
  [/^\/organiser\/events\/[^/]+\/awards/, ['organiser', 'awards']],
  [/^\/organiser/, ['organiser']],
  [/^\/speaker/, ['speaker']],
  [/^\/jury/, ['awards']],
  [/^\/(?:account|forgot-password|reset-password|unsubscribe)/, ['account']],
];

export function openingNamespaces(path: string): Namespace[] {
  return OPENING_PAGES.find(([pattern]) => pattern.test(path))?.[1] ?? [];
}
