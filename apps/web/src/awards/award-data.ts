import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api, type Schemas, unwrap } from '../api/client';
import { translated } from '../ui/translated';
import { intlLocale } from '../i18n/languages';

// The round form and results page read deadlines in the event's zone, like every organiser form.
export { isoToZonedInput, zonedInputToIso } from '../ui/time';

export type Round = Schemas['RoundResponse'];
export type Nomination = Schemas['NominationAdminResponse'];
export type JurorNomination = Schemas['NominationResponse'];
export type Results = Schemas['RoundResultsResponse'];
export type City = Schemas['CityResponse'];
export type Commission = Schemas['CommissionResponse'];

/** The five UNESCO regions, as the award counts its quotas (names come from the messages). */
export const REGIONS = ['africa', 'arab-states', 'asia-pacific', 'europe-north-america', 'latin-america-caribbean'] as const;
export type Region = (typeof REGIONS)[number];

export const awardKeys = {
  rounds: (slug: string) => ['awards', slug, 'rounds'] as const,
  round: (slug: string, roundId: string) => ['awards', slug, 'rounds', roundId] as const,
  nominations: (slug: string, roundId: string) => ['awards', slug, 'rounds', roundId, 'nominations'] as const,
  results: (slug: string, roundId: string) => ['awards', slug, 'rounds', roundId, 'results'] as const,
  jurors: (slug: string, roundId: string) => ['awards', slug, 'rounds', roundId, 'jurors'] as const,
  cities: (slug: string) => ['awards', slug, 'cities'] as const,
  commissions: (slug: string) => ['awards', slug, 'commissions'] as const,
  jury: (slug: string, roundId: string) => ['awards', slug, 'jury', roundId] as const,
  myScores: (slug: string, roundId: string, nominationId: string) => ['awards', slug, 'jury', roundId, nominationId, 'scores'] as const,
};

/**
 * Rounds named in the page's language where the organiser gave one, else in the event's first; one cache entry for
 * every language. `asEntered` keeps the first language's texts, for the form that edits them.
 */
export function useRounds(slug: string, { asEntered = false }: { asEntered?: boolean } = {}) {
  const language = useReadingLanguage(asEntered);
  return useQuery({
    queryKey: awardKeys.rounds(slug),
    queryFn: () => unwrap(api.GET('/events/{slug}/awards/rounds', { params: { path: { slug } } })),
    select: (rounds) => rounds.map((round) => roundIn(round, language)),
  });
}

export function useRound(slug: string, roundId: string, { asEntered = false }: { asEntered?: boolean } = {}) {
  const language = useReadingLanguage(asEntered);
  return useQuery({
    queryKey: awardKeys.round(slug, roundId),
    queryFn: () => unwrap(api.GET('/events/{slug}/awards/rounds/{roundId}', { params: { path: { slug, roundId } } })),
    select: (round) => roundIn(round, language),
  });
}

function useReadingLanguage(asEntered: boolean): string | undefined {
  const { i18n } = useTranslation();
  return asEntered ? undefined : i18n.language;
}

function roundIn(round: Round, language: string | undefined): Round {
  if (!language) return round;
  const texts = <T extends { name: string; description: string; translations: Round['translations'] }>(item: T): T => ({
    ...item,
    name: translated(item.name, item.translations, 'name', language),
    description: translated(item.description, item.translations, 'description', language),
  });
  return { ...texts(round), criteria: round.criteria.map(texts) };
}

export function useCities(slug: string) {
  return useQuery({
    queryKey: awardKeys.cities(slug),
    queryFn: () => unwrap(api.GET('/events/{slug}/awards/cities', { params: { path: { slug }, query: {} } })),
    staleTime: 60_000,
  });
}

/** The event's National Commissions, one per country: the bodies that nominate, named in the page's language where given. */
export function useCommissions(slug: string, { asEntered = false }: { asEntered?: boolean } = {}) {
  const language = useReadingLanguage(asEntered);
  return useQuery({
    queryKey: awardKeys.commissions(slug),
    queryFn: () => unwrap(api.GET('/events/{slug}/awards/commissions', { params: { path: { slug }, query: {} } })),
    select: (commissions) =>
      language
        ? commissions.map((commission) => ({ ...commission, name: translated(commission.name, commission.translations, 'name', language) }))
        : commissions,
  });
}

/** A nomination's nominating Commission named in the page's language where the organiser gave it, else as the API names it. */
export function useNominatingBody(slug: string): (nomination: { commissionId: string; nominatingBody: string }) => string {
  const names = new Map((useCommissions(slug).data ?? []).map((commission) => [commission.id, commission.name]));
  return (nomination) => names.get(nomination.commissionId) ?? nomination.nominatingBody;
}

/** The quota of a region in a round: its own, or the round's default. */
export function quotaOf(round: Round, region: string): number {
  return round.regionQuotas.find((quota) => quota.region === region)?.quota ?? round.rules.regionQuota;
}

/** Numbers as the reader writes them (8,25 in Vietnamese). */
export function formatNumber(value: number, language: string, digits = 2): string {
  return new Intl.NumberFormat(intlLocale(language), { maximumFractionDigits: digits }).format(value);
}
