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
  city: Partial<{ population: number | null; gnlcMemberSince: string | null }>,
  extra: Partial<{ lastAwardYear: number | null; nominationsByBody: number }> = {},
) => ({
  rules,
  roundYear: 2024,
  nominationDeadline: deadline,
  city: { name: 'Sơn La', population: 100_000, gnlcMemberSince: '2020-01', ...city },
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
    const failed = failedRules(input({ population: 5_000, gnlcMemberSince: '2024-01' }, { lastAwardYear: 2019, nominationsByBody: 2 }));
    expect(failed.map((rule) => rule.rule)).toEqual(['gnlcMembershipLength', 'minPopulation', 'yearsSinceLastAward', 'nominationsPerBody']);
  });

  it('counts membership in whole months from the end of the month of admission', () => {
    expect(membershipMonths('2023-12', deadline)).toBe(5);
    expect(membershipMonths('2022-12', deadline)).toBe(17);
    expect(membershipMonths('2024-06', deadline)).toBe(0);
    expect(failedRules(input({ gnlcMemberSince: '2023-12' }))[0].rule).toBe('gnlcMembershipLength');
  });

  it('holds "more than 12 months" at the month: admitted 12 months before the deadline’s month is refused, 13 accepted', () => {
    const lateJune = new Date('2024-06-30T23:59:00Z');
    const at = (gnlcMemberSince: string) => failedRules({ ...input({ gnlcMemberSince }), nominationDeadline: lateJune });
    expect(membershipMonths('2023-06', lateJune)).toBe(12 - 1);
    expect(at('2023-06').map((rule) => rule.rule)).toEqual(['gnlcMembershipLength']);
    expect(membershipMonths('2023-05', lateJune)).toBe(12);
    expect(at('2023-05')).toEqual([]);
  });

  it('finds a city admitted after the deadline’s month no member yet', () => {
    expect(failedRules(input({ gnlcMemberSince: '2024-07' }))[0].rule).toBe('gnlcMembership');
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
