import type { EntityManager } from 'typeorm';
import { insertDemoCommission } from './demo-commissions.js';
import { insertDemoAccount } from '@app/auth';
import { searchName, type UnescoRegion } from './award-regions.js';
import { AWARD_2024_TRANSLATIONS, CRITERIA_2024, CRITERIA_2024_TRANSLATIONS } from './demo-applications.js';

// Illustrative figures: populations are rounded, and the membership years outside Viet Nam are made up
// for the demo (given as their December, the latest the membership can have begun); do not quote them as
// facts. The seven members of the 2024 intake were admitted in February 2024 (the intake below).
const DEMO_CITIES: [name: string, country: string, population: number, memberSince: string][] = [
  ['Sa Đéc', 'VN', 213_000, '2020-12'],
  ['Vinh', 'VN', 339_000, '2020-12'],
  ['Cao Lãnh', 'VN', 164_000, '2022-12'],
  ['Ho Chi Minh City', 'VN', 9_300_000, '2024-02'],
  ['Sơn La', 'VN', 108_000, '2024-02'],
  ['Nanjing', 'CN', 9_300_000, '2024-02'],
  ['Legazpi', 'PH', 210_000, '2024-02'],
  ['Bangkok', 'TH', 5_500_000, '2024-02'],
  ['Khon Kaen', 'TH', 120_000, '2024-02'],
  ['Yala', 'TH', 60_000, '2024-02'],
  ['เชียงใหม่', 'TH', 127_000, '2020-12'],
  ['Sukhothai', 'TH', 36_000, '2021-12'],
  ['수원시', 'KR', 1_190_000, '2016-12'],
  ['연수구', 'KR', 385_000, '2017-12'],
  ['岡山市', 'JP', 720_000, '2016-12'],
  ['武汉市', 'CN', 11_000_000, '2019-12'],
  ['Surabaya', 'ID', 2_870_000, '2021-12'],
  ['Petaling Jaya', 'MY', 771_000, '2019-12'],
  ['Puerto Princesa', 'PH', 307_000, '2022-12'],
];

/**
 * The seven cities of the ASEAN+3 countries among the 64 that UNESCO admitted to the GNLC, announced on
 * Wednesday 21 February 2024 (UNESCO press release "UNESCO Global Network of Learning Cities: 64 new
 * members from 35 countries", https://www.unesco.org/en/articles/unesco-global-network-learning-cities-64-new-members-35-countries),
 * and recognised at the ceremony of the ASEAN+3 conference.
 */
const DEMO_NEW_MEMBERS = ['Nanjing', 'Legazpi', 'Bangkok', 'Khon Kaen', 'Yala', 'Ho Chi Minh City', 'Sơn La'];
const DEMO_ADMITTED_ON = '2024-02-21';

const DEMO_NOMINATIONS = ['Sa Đéc', 'Vinh', 'เชียงใหม่', '수원시', '岡山市', '武汉市', 'Surabaya', 'Petaling Jaya'];

const DEMO_JURORS: [email: string, name: string, country: string][] = [
  ['demo.juror.jp@plenary.local', 'Demo juror (Japan)', 'JP'],
  ['demo.juror.ph@plenary.local', 'Demo juror (Philippines)', 'PH'],
  ['demo.juror.th@plenary.local', 'Demo juror (Thailand)', 'TH'],
];

/**
 * The demo event's awards: GNLC cities of the ASEAN+3 countries, a 2024 round with the published rules
 * and criteria (no population rule was published) and, for the regional view of the results, more
 * eligible nominations from Asia and the Pacific than an illustrative quota of six (the real round had
 * ten awardees worldwide; its applications run in the ICLC demo event, demo-applications.ts), judged by three jurors
 * (winners left for the organiser to confirm), and the 2024 GNLC intake: seven new members, each
 * recognised by an item of the programme's ceremony.
 */
export async function insertDemoAwards(manager: EntityManager, eventId: string, ceremony: { id: string; minutes: number } | undefined): Promise<void> {
  const region: UnescoRegion = 'asia-pacific';
  const ids = new Map<string, string>();
  for (const [name, country, population, memberSince] of DEMO_CITIES) {
    const [{ id }] = await manager.query(
      `INSERT INTO award_cities (event_id, name, search_name, country, region, population, gnlc_member_since) VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id`,
      [eventId, name, searchName(name), country, region, population, memberSince],
    );
    ids.set(name, id);
  }
  const [{ id: roundId }] = await manager.query(
    `INSERT INTO award_rounds (event_id, name, year, gnlc_membership_required, gnlc_min_membership_months, min_population, years_since_last_award,
                               max_nominations_per_body, max_winners_per_country, region_quota, nomination_deadline, judging_deadline)
     VALUES ($1, 'UNESCO Learning City Award 2024', 2024, true, 12, NULL, 6, 2, 1, 6, '2024-06-30T23:59:59+07:00', '2024-09-30T23:59:59+07:00') RETURNING id`,
    [eventId],
  );
  await manager.query(`UPDATE award_rounds SET translations = $2 WHERE id = $1`, [roundId, AWARD_2024_TRANSLATIONS]);
  for (const [position, name] of CRITERIA_2024.entries()) {
    await manager.query(`INSERT INTO award_criteria (round_id, position, name, weight, translations) VALUES ($1, $2, $3, 1, $4)`, [
      roundId,
      position,
      name,
      CRITERIA_2024_TRANSLATIONS[position],
    ]);
  }
  const commissions = new Map<string, string>();
  // One National Commission for UNESCO per country of the demo cities; each nominates through its record.
  for (const country of new Set(DEMO_CITIES.map(([, country]) => country))) commissions.set(country, await insertDemoCommission(manager, eventId, country));
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
  await insertDemoIntake(manager, eventId, ids, ceremony);
}

/** The 2024 intake and its run of show: a welcome, then one handover per city, five minutes each. */
async function insertDemoIntake(manager: EntityManager, eventId: string, ids: Map<string, string>, ceremony: { id: string; minutes: number } | undefined) {
  const [{ id: intakeId }] = await manager.query(`INSERT INTO award_gnlc_intakes (event_id, year, session_id) VALUES ($1, 2024, $2) RETURNING id`, [
    eventId,
    ceremony?.id ?? null,
  ]);
  for (const [position, city] of DEMO_NEW_MEMBERS.entries()) {
    await manager.query(`INSERT INTO award_gnlc_members (intake_id, city_id, position, admitted_on) VALUES ($1, $2, $3, $4)`, [
      intakeId,
      ids.get(city),
      position,
      DEMO_ADMITTED_ON,
    ]);
  }
  if (!ceremony || ceremony.minutes < 10 + 5 * DEMO_NEW_MEMBERS.length) return;
  await manager.query(
    `INSERT INTO ceremony_items (session_id, position, kind, city_ids, title, translations, presenter, on_stage, av_cue, notes, duration_minutes)
     VALUES ($1, 0, 'recognition', $2, 'Welcome to the new members of the UNESCO Global Network of Learning Cities', $3, 'Master of ceremonies',
             'Master of ceremonies at the lectern', 'Walk-in music fades; slide: GNLC logo', 'Representatives of the seven cities seated in row A', 10)`,
    [
      ceremony.id,
      DEMO_NEW_MEMBERS.map((city) => ids.get(city)),
      {
        vi: { title: 'Chào mừng các thành viên mới của Mạng lưới Thành phố học tập toàn cầu của UNESCO' },
        th: { title: 'ต้อนรับสมาชิกใหม่ของเครือข่ายเมืองแห่งการเรียนรู้โลกของยูเนสโก' },
      },
    ],
  );
  for (const [index, city] of DEMO_NEW_MEMBERS.entries()) {
    await manager.query(
      `INSERT INTO ceremony_items (session_id, position, kind, city_ids, title, presenter, recipient, on_stage, av_cue, notes, duration_minutes)
       VALUES ($1, $2, 'membership', $3, $4, 'Director, UNESCO Bangkok', $5, $6, $7, 'Photo with the certificate', 5)`,
      [
        ceremony.id,
        index + 1,
        [ids.get(city)],
        // Untitled: named when read, in the reader's language.
        '',
        `Representative of ${city}`,
        `Director, UNESCO Bangkok; representative of ${city}`,
        `Slide ${index + 2}: ${city}; handover music`,
      ],
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
