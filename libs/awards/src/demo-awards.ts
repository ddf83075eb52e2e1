import type { EntityManager } from 'typeorm';
import { insertDemoAccount } from '@app/auth';
import { searchName, type UnescoRegion } from './award-regions.js';

// Illustrative figures: populations are rounded, and the membership years outside Viet Nam are made up
// for the demo; do not quote them as facts.
const DEMO_CITIES: [name: string, country: string, population: number, memberSince: number][] = [
  ['Sa Đéc', 'VN', 213_000, 2020],
  ['Vinh', 'VN', 339_000, 2020],
  ['Cao Lãnh', 'VN', 164_000, 2022],
  ['Ho Chi Minh City', 'VN', 9_300_000, 2024],
  ['Sơn La', 'VN', 108_000, 2024],
  ['เชียงใหม่', 'TH', 127_000, 2020],
  ['Sukhothai', 'TH', 36_000, 2021],
  ['수원시', 'KR', 1_190_000, 2016],
  ['연수구', 'KR', 385_000, 2017],
  ['岡山市', 'JP', 720_000, 2016],
  ['武汉市', 'CN', 11_000_000, 2019],
  ['Surabaya', 'ID', 2_870_000, 2021],
  ['Petaling Jaya', 'MY', 771_000, 2019],
  ['Puerto Princesa', 'PH', 307_000, 2022],
];

// One National Commission for UNESCO per country of the demo cities; each nominates through its record.
const DEMO_COMMISSIONS: [country: string, name: string][] = [
  ['VN', 'Viet Nam National Commission for UNESCO'],
  ['TH', 'Thai National Commission for UNESCO'],
  ['KR', 'Korean National Commission for UNESCO'],
  ['JP', 'Japanese National Commission for UNESCO'],
  ['CN', 'National Commission of the P.R. China for UNESCO'],
  ['ID', 'Indonesian National Commission for UNESCO'],
  ['MY', 'Malaysian National Commission for UNESCO'],
  ['PH', 'Philippine National Commission for UNESCO'],
];

const DEMO_NOMINATIONS = ['Sa Đéc', 'Vinh', 'เชียงใหม่', '수원시', '岡山市', '武汉市', 'Surabaya', 'Petaling Jaya'];

const DEMO_JURORS: [email: string, name: string, country: string][] = [
  ['demo.juror.jp@plenary.local', 'Demo juror (Japan)', 'JP'],
  ['demo.juror.ph@plenary.local', 'Demo juror (Philippines)', 'PH'],
  ['demo.juror.th@plenary.local', 'Demo juror (Thailand)', 'TH'],
];

/**
 * The demo event's awards: GNLC cities of the ASEAN+3 countries, a 2024 round with the published rules
 * and more eligible nominations from Asia and the Pacific than its quota of six, judged by three jurors
 * (winners left for the organiser to confirm), and the recognition of the new members (Ho Chi Minh City
 * and Sơn La) in the programme's ceremony.
 */
export async function insertDemoAwards(manager: EntityManager, eventId: string, ceremony: { id: string; minutes: number } | undefined): Promise<void> {
  const region: UnescoRegion = 'asia-pacific';
  const ids = new Map<string, string>();
  for (const [name, country, population, memberSince] of DEMO_CITIES) {
    const [{ id }] = await manager.query(
      `INSERT INTO award_cities (event_id, name, search_name, country, region, population, gnlc_member_since) VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id`,
      // Only the year is given here: its December, the latest the membership can have begun.
      [eventId, name, searchName(name), country, region, population, `${memberSince}-12`],
    );
    ids.set(name, id);
  }
  const [{ id: roundId }] = await manager.query(
    `INSERT INTO award_rounds (event_id, name, year, gnlc_membership_required, gnlc_min_membership_months, min_population, years_since_last_award,
                               max_nominations_per_body, max_winners_per_country, region_quota, nomination_deadline, judging_deadline)
     VALUES ($1, 'UNESCO Learning City Award 2024', 2024, true, 12, 10000, 6, 2, 1, 6, '2024-06-30T23:59:59+07:00', '2024-09-30T23:59:59+07:00') RETURNING id`,
    [eventId],
  );
  const criteria: [string, number][] = [
    ['Planning and governance', 1.5],
    ['Inclusive lifelong learning', 2],
    ['Implementation and results', 1.5],
    ['Sustainability', 1],
  ];
  for (const [position, [name, weight]] of criteria.entries()) {
    await manager.query(`INSERT INTO award_criteria (round_id, position, name, weight) VALUES ($1, $2, $3, $4)`, [roundId, position, name, weight]);
  }
  const commissions = new Map<string, string>();
  for (const [country, name] of DEMO_COMMISSIONS) {
    const [{ id }] = await manager.query(`INSERT INTO award_commissions (event_id, name, country) VALUES ($1, $2, $3) RETURNING id`, [eventId, name, country]);
    commissions.set(country, id);
  }
  for (const city of DEMO_NOMINATIONS) {
    const country = DEMO_CITIES.find(([name]) => name === city)![1];
    await manager.query(
      `INSERT INTO award_nominations (round_id, city_id, commission_id, contact_name, contact_email, contact_language, summary, created_at, stage)
       VALUES ($1, $2, $3, $4, $5, $6, 'Illustrative demo nomination', '2024-05-15T09:00:00+07:00', 'shortlisted')`,
      [
        roundId,
        ids.get(city),
        commissions.get(country),
        `Learning city focal point, ${city}`,
        `learning-city-${searchName(city).replace(/[^a-z]+/g, '') || 'city'}-${ids.get(city)!.slice(0, 8)}@example.org`,
        city === 'Sa Đéc' || city === 'Vinh' ? 'vi' : 'en',
      ],
    );
  }
  await manager.query(
    `INSERT INTO award_commission_nominations (round_id, commission_id, nominations, max_nominations)
     SELECT n.round_id, n.commission_id, count(*), r.max_nominations_per_body FROM award_nominations n JOIN award_rounds r ON r.id = n.round_id
      WHERE n.round_id = $1 GROUP BY n.round_id, n.commission_id, r.max_nominations_per_body`,
    [roundId],
  );
  await judgeDemoRound(manager, eventId, roundId);
  if (ceremony && ceremony.minutes >= 20) {
    await manager.query(
      `INSERT INTO ceremony_items (session_id, position, kind, city_ids, title, presenter, recipient, duration_minutes)
       VALUES ($1, 0, 'recognition', $2, 'Recognition of new GNLC member cities: Ho Chi Minh City and Sơn La', 'UNESCO Institute for Lifelong Learning', 'Representatives of each city', 20)`,
      [ceremony.id, [ids.get('Ho Chi Minh City'), ids.get('Sơn La')]],
    );
  }
}

/** Every juror scores every nomination not from their own country; the scores are made up, and fixed. */
async function judgeDemoRound(manager: EntityManager, eventId: string, roundId: string): Promise<void> {
  for (const [jurorIndex, [email, name, country]] of DEMO_JURORS.entries()) {
    const userId = await insertDemoAccount(manager, eventId, { email, name, language: 'en' }, 'juror');
    await manager.query(`INSERT INTO award_jurors (round_id, user_id, country) VALUES ($1, $2, $3)`, [roundId, userId, country]);
    await manager.query(
      `INSERT INTO award_assignments (nomination_id, round_id, user_id)
       SELECT n.id, n.round_id, $2 FROM award_nominations n JOIN award_cities c ON c.id = n.city_id WHERE n.round_id = $1 AND c.country <> $3`,
      [roundId, userId, country],
    );
    await manager.query(
      `INSERT INTO award_scores (nomination_id, criterion_id, user_id, score, comment)
       SELECT a.nomination_id, k.id, a.user_id, 4 + ((c.population / 1000 + k.position * 3 + $3) % 7), 'Demo score'
         FROM award_assignments a JOIN award_nominations n ON n.id = a.nomination_id JOIN award_cities c ON c.id = n.city_id
         JOIN award_criteria k ON k.round_id = n.round_id
        WHERE a.round_id = $1 AND a.user_id = $2`,
      [roundId, userId, jurorIndex],
    );
  }
}
