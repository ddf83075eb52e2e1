import { DateTime } from 'luxon';

/** A round's rules; a rule set to null (or false) is switched off. */
export interface AwardRules {
  gnlcMembershipRequired: boolean;
  /** At least this many whole months of membership by the nomination deadline. */
  gnlcMinMembershipMonths: number | null;
  minPopulation: number | null;
  /** No award in this many years before the round's year. */
  yearsSinceLastAward: number | null;
  maxNominationsPerBody: number | null;
  maxWinnersPerCountry: number | null;
  /** Most winners in the round as a whole. */
  maxWinners: number | null;
  regionQuota: number;
}

export interface EligibilityInput {
  rules: AwardRules;
  roundYear: number;
  nominationDeadline: Date;
  /** gnlcMemberSince: the month UNESCO admitted the city to the GNLC, as `2023-03`. */
  city: { name: string; population: number | null; gnlcMemberSince: string | null };
  /** The latest year the city is known to have won: recorded in the registry, or in an earlier round whose winners are released; null if never. */
  lastAwardYear: number | null;
  /** The nominating National Commission's name. */
  commission: string;
  /** Nominations the same National Commission already has in this round. */
  nominationsByBody: number;
}

export type EligibilityRule = 'gnlcMembership' | 'gnlcMembershipLength' | 'minPopulation' | 'yearsSinceLastAward' | 'nominationsPerBody';

export interface FailedRule {
  rule: EligibilityRule;
  message: string;
  /** The limit a counted rule reached (nominations per Commission). */
  limit?: number;
}

export function nominationsPerBodyRule(commission: string, nominations: number, limit: number): FailedRule {
  return {
    rule: 'nominationsPerBody',
    message: `${commission} already has ${nominations} nomination(s) in this round; a National Commission may nominate at most ${limit} cities per round`,
    limit,
  };
}

/**
 * Whole months of GNLC membership by a moment. Only the month of admission is recorded, so membership is
 * counted from that month's end, the latest it can have begun: a city is never found eligible on a
 * membership it may not have. Admitted in June 2023, a city has 12 months by a deadline in June 2024
 * (not "more than 12") and 13 by one in July 2024.
 */
export function membershipMonths(memberSince: string, asOf: Date): number {
  const joined = DateTime.fromFormat(memberSince, 'yyyy-MM', { zone: 'utc' }).plus({ months: 1 });
  const months = Math.floor(DateTime.fromJSDate(asOf, { zone: 'utc' }).diff(joined, 'months').months);
  return Math.max(0, months);
}

/** Whether the city was admitted by the month of the moment (both in UTC). */
function memberBy(memberSince: string, asOf: Date): boolean {
  return memberSince <= DateTime.fromJSDate(asOf, { zone: 'utc' }).toFormat('yyyy-MM');
}

/** Every rule of the round the city fails, each named; an empty list means eligible. */
export function failedRules(input: EligibilityInput): FailedRule[] {
  const { rules, city } = input;
  const failed: FailedRule[] = [];
  if (rules.gnlcMembershipRequired || rules.gnlcMinMembershipMonths !== null) {
    if (city.gnlcMemberSince === null || !memberBy(city.gnlcMemberSince, input.nominationDeadline)) {
      failed.push({ rule: 'gnlcMembership', message: `${city.name} is not a member of the UNESCO Global Network of Learning Cities` });
    } else if (rules.gnlcMinMembershipMonths !== null) {
      const months = membershipMonths(city.gnlcMemberSince, input.nominationDeadline);
      if (months < rules.gnlcMinMembershipMonths) {
        failed.push({
          rule: 'gnlcMembershipLength',
          message: `${city.name} has been a GNLC member since ${city.gnlcMemberSince}: ${months} whole month(s) by the nomination deadline, fewer than the ${rules.gnlcMinMembershipMonths} required`,
        });
      }
    }
  }
  if (rules.minPopulation !== null && (city.population === null || city.population < rules.minPopulation)) {
    failed.push({
      rule: 'minPopulation',
      message:
        city.population === null
          ? `${city.name} has no recorded population; at least ${rules.minPopulation} residents are required`
          : `${city.name} has ${city.population} residents, fewer than the ${rules.minPopulation} required`,
    });
  }
  if (rules.yearsSinceLastAward !== null && input.lastAwardYear !== null && input.roundYear - input.lastAwardYear <= rules.yearsSinceLastAward) {
    failed.push({
      rule: 'yearsSinceLastAward',
      message: `${city.name} was awarded in ${input.lastAwardYear}, within the ${rules.yearsSinceLastAward} years before ${input.roundYear}`,
    });
  }
  if (rules.maxNominationsPerBody !== null && input.nominationsByBody >= rules.maxNominationsPerBody) {
    failed.push(nominationsPerBodyRule(input.commission, input.nominationsByBody, rules.maxNominationsPerBody));
  }
  return failed;
}
