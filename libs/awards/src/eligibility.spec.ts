import { type AwardRules, failedRules, membershipMonths } from './eligibility.js';
import { searchName } from './award-regions.js';

const rules: AwardRules = {
  gnlcMembershipRequired: true,
  gnlcMinMembershipMonths: 12,
  minPopulation: 10_000,
  yearsSinceLastAward: 6,
  maxNominationsPerBody: 2,
  maxWinnersPerCountry: 1,
  maxWinners: null,
  regionQuota: 6,
};
const deadline = new Date('2024-06-30T00:00:00Z');
const input = (
  city: Partial<{ population: number | null; gnlcMemberSince: number | null }>,
  extra: Partial<{ lastAwardYear: number | null; nominationsByBody: number }> = {},
) => ({
  rules,
  roundYear: 2024,
  nominationDeadline: deadline,
  city: { name: 'Sơn La', population: 100_000, gnlcMemberSince: 2020, ...city },
  lastAwardYear: null,
  commission: 'Viet Nam National Commission for UNESCO',
  nominationsByBody: 0,
  ...extra,
});

describe('award eligibility', () => {
  it('finds an established member city eligible', () => {
    expect(failedRules(input({}))).toEqual([]);
  });

  it('names every rule a city fails at once', () => {
    const failed = failedRules(input({ population: 5_000, gnlcMemberSince: 2024 }, { lastAwardYear: 2019, nominationsByBody: 2 }));
    expect(failed.map((rule) => rule.rule)).toEqual(['gnlcMembershipLength', 'minPopulation', 'yearsSinceLastAward', 'nominationsPerBody']);
  });

  it('counts membership from the end of the year joined', () => {
    expect(membershipMonths(2023, deadline)).toBe(6);
    expect(membershipMonths(2022, deadline)).toBe(18);
    expect(failedRules(input({ gnlcMemberSince: 2023 }))[0].rule).toBe('gnlcMembershipLength');
  });

  it('refuses a non-member, and switched-off rules refuse nothing', () => {
    expect(failedRules(input({ gnlcMemberSince: null }))[0].rule).toBe('gnlcMembership');
    const off: AwardRules = {
      ...rules,
      gnlcMembershipRequired: false,
      gnlcMinMembershipMonths: null,
      minPopulation: null,
      yearsSinceLastAward: null,
      maxNominationsPerBody: null,
    };
    expect(failedRules({ ...input({ gnlcMemberSince: null, population: null }, { lastAwardYear: 2023, nominationsByBody: 9 }), rules: off })).toEqual([]);
  });

  it('treats the sixth year before the round as within the previous six years', () => {
    expect(failedRules(input({}, { lastAwardYear: 2018 })).map((rule) => rule.rule)).toEqual(['yearsSinceLastAward']);
    expect(failedRules(input({}, { lastAwardYear: 2017 }))).toEqual([]);
  });

  it('makes names searchable without diacritics', () => {
    expect(searchName('Sơn La')).toBe('son la');
    expect(searchName('Đà Nẵng')).toBe('da nang');
    expect(searchName('Sa Đéc')).toBe('sa dec');
  });
});
