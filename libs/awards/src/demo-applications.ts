import { randomUUID } from 'node:crypto';
import { Readable } from 'node:stream';
import type { EntityManager } from 'typeorm';
import { insertDemoAccount } from '@app/auth';
import { countryName } from '@app/countries';
import type { FileStorage } from '@app/storage';
import { searchName } from './award-regions.js';
import { demoPdf } from './demo-application-pdf.js';
import { insertDemoCommission } from './demo-commissions.js';
import type { ApplicationStage } from './dto/application.dto.js';

/**
 * The eight selection criteria of the UNESCO Learning City Award 2024, as the UIL call (22 May 2024,
 * deadline 31 May 2024) published them; quoted from the call as reproduced at
 * https://opportunitydesk.org/2024/05/22/unesco-learning-city-award-2024/. The call gives no weights:
 * each weighs the same here.
 */
export const CRITERIA_2024 = [
  'Advancement of learning city plan',
  'Advances in stakeholder coordination and partnerships',
  'Progress in mobilizing and utilizing resources',
  'Progress in monitoring and evaluation of learning city development',
  'Advances to ensure learning is accessible to all citizens',
  'Advances to foster a culture of lifelong learning',
  'Advancement of innovative practices',
  'Contributions to GNLC activities',
];

/** The criteria in the demo events' other languages (vi after ../shared/l10n/vi-review.md, th after docs/l10n/th-glossary.md). */
export const CRITERIA_2024_TRANSLATIONS: { vi: { name: string }; th: { name: string } }[] = [
  ['Tiến bộ trong thực hiện kế hoạch xây dựng thành phố học tập', 'ความก้าวหน้าของแผนการพัฒนาเมืองแห่งการเรียนรู้'],
  ['Tiến bộ trong phối hợp giữa các bên liên quan và xây dựng quan hệ đối tác', 'ความก้าวหน้าในการประสานงานกับผู้มีส่วนได้ส่วนเสียและการสร้างความร่วมมือ'],
  ['Tiến bộ trong huy động và sử dụng nguồn lực', 'ความก้าวหน้าในการระดมและใช้ทรัพยากร'],
  ['Tiến bộ trong theo dõi và đánh giá quá trình xây dựng thành phố học tập', 'ความก้าวหน้าในการติดตามและประเมินผลการพัฒนาเมืองแห่งการเรียนรู้'],
  ['Tiến bộ trong bảo đảm mọi người dân đều được tiếp cận học tập', 'ความก้าวหน้าในการทำให้ประชาชนทุกคนเข้าถึงการเรียนรู้ได้'],
  ['Tiến bộ trong thúc đẩy văn hóa học tập suốt đời', 'ความก้าวหน้าในการส่งเสริมวัฒนธรรมการเรียนรู้ตลอดชีวิต'],
  ['Tiến bộ trong các thực tiễn đổi mới sáng tạo', 'ความก้าวหน้าของแนวปฏิบัติเชิงนวัตกรรม'],
  ['Đóng góp cho các hoạt động của Mạng lưới GNLC', 'การมีส่วนร่วมในกิจกรรมของเครือข่ายเมืองแห่งการเรียนรู้โลกของยูเนสโก'],
].map(([vi, th]) => ({ vi: { name: vi }, th: { name: th } }));

/** The 2024 award's name in the other languages: the official "Giải thưởng Thành phố học tập của UNESCO"; the year in the Common Era, as the certificate prints it. */
export const AWARD_2024_TRANSLATIONS = {
  vi: { name: 'Giải thưởng Thành phố học tập của UNESCO năm 2024' },
  th: { name: 'รางวัลเมืองแห่งการเรียนรู้ของยูเนสโก ประจำปี ค.ศ. 2024' },
};

/**
 * What the call asks a city to send its National Commission: the form signed by the mayor, the consent form, supporting
 * material; labelled in the demo's other languages too, as the secretariat enters them for cities that read those.
 */
const CHECKLIST: [label: string, kind: 'file' | 'link', translations: { vi: { label: string }; th: { label: string } }][] = [
  [
    'Award application form signed by the mayor',
    'file',
    {
      vi: { label: 'Đơn đăng ký Giải thưởng có chữ ký của Chủ tịch Ủy ban nhân dân thành phố' },
      th: { label: 'แบบใบสมัครรับรางวัลที่ลงนามโดยนายกเทศมนตรี' },
    },
  ],
  ['Consent form', 'file', { vi: { label: 'Văn bản đồng ý' }, th: { label: 'แบบแสดงความยินยอม' } }],
  [
    'Supporting material (a video or article)',
    'link',
    { vi: { label: 'Tài liệu bổ trợ (video hoặc bài viết)' }, th: { label: 'เอกสารประกอบ (วิดีโอหรือบทความ)' } },
  ],
];

// Illustrative: which cities applied, how far each got and every note are made up for the demo; the
// membership months are the demo's own (see demo-awards.ts). No outcome of the real round is implied.
const CITIES: [name: string, country: string, population: number, memberSince: string][] = [
  ['Sa Đéc', 'VN', 213_000, '2020-12'],
  ['Vinh', 'VN', 339_000, '2020-12'],
  ['Cao Lãnh', 'VN', 164_000, '2022-12'],
  ['เชียงใหม่', 'TH', 127_000, '2020-12'],
  ['Sukhothai', 'TH', 36_000, '2021-12'],
  ['수원시', 'KR', 1_190_000, '2016-12'],
  ['연수구', 'KR', 385_000, '2017-12'],
  ['岡山市', 'JP', 720_000, '2016-12'],
  ['Surabaya', 'ID', 2_870_000, '2021-12'],
  ['Petaling Jaya', 'MY', 771_000, '2019-12'],
];

const LANGUAGE: Record<string, string> = { VN: 'vi', TH: 'th' };

const APPLICATIONS: [city: string, stage: ApplicationStage, note?: string][] = [
  ['Cao Lãnh', 'draft'],
  ['연수구', 'submitted'],
  ['Sukhothai', 'returned', 'Illustrative note: please add the consent form signed for the city.'],
  ['Sa Đéc', 'endorsed'],
  ['수원시', 'endorsed'],
  ['Petaling Jaya', 'endorsed'],
  ['Vinh', 'shortlisted'],
  ['เชียงใหม่', 'shortlisted'],
  ['Surabaya', 'shortlisted'],
  ['岡山市', 'not_shortlisted', 'Illustrative note: the progress described mostly predates the city’s GNLC membership.'],
];

/**
 * Illustrative winners among the shortlisted, so that the demo shows a released result: not the real
 * round's awardees. Confirmed after the judging deadline, released at the ICLC's closing ceremony.
 */
const WINNERS = ['Vinh', 'Surabaya'];
const CONFIRMED_AT = '2024-10-15T09:00:00Z';
const RELEASED_AT = '2024-12-05T18:00:00+03:00';

/** The stages an application went through to reach its own, and who moved it at each step. */
const PATHS: Record<ApplicationStage, [ApplicationStage, 'city' | 'commission' | 'secretariat', string][]> = {
  draft: [['draft', 'city', '2024-04-15T09:00:00Z']],
  submitted: [
    ['draft', 'city', '2024-04-15T09:00:00Z'],
    ['submitted', 'city', '2024-05-20T09:00:00Z'],
  ],
  returned: [
    ['draft', 'city', '2024-04-15T09:00:00Z'],
    ['submitted', 'city', '2024-05-20T09:00:00Z'],
    ['returned', 'commission', '2024-05-24T09:00:00Z'],
  ],
  endorsed: [
    ['draft', 'city', '2024-04-15T09:00:00Z'],
    ['submitted', 'city', '2024-05-20T09:00:00Z'],
    ['endorsed', 'commission', '2024-05-29T09:00:00Z'],
  ],
  shortlisted: [
    ['draft', 'city', '2024-04-15T09:00:00Z'],
    ['submitted', 'city', '2024-05-20T09:00:00Z'],
    ['endorsed', 'commission', '2024-05-29T09:00:00Z'],
    ['shortlisted', 'secretariat', '2024-07-15T09:00:00Z'],
  ],
  not_shortlisted: [
    ['draft', 'city', '2024-04-15T09:00:00Z'],
    ['submitted', 'city', '2024-05-20T09:00:00Z'],
    ['endorsed', 'commission', '2024-05-29T09:00:00Z'],
    ['not_shortlisted', 'secretariat', '2024-07-15T09:00:00Z'],
  ],
};

/**
 * The ICLC demo event's award round: the UNESCO Learning City Award 2024 with the published rules and
 * criteria, the call's checklist, one National Commission per country with an officer, a
 * representative per country, and applications at every stage, each with its history and files,
 * judged, with illustrative winners released at the conference. Its deadlines are past: it is history to
 * explore, nothing in it moves on. Without a storage port the files are recorded by name only.
 */
export async function insertDemoApplications(manager: EntityManager, eventId: string, storage?: FileStorage): Promise<void> {
  const cities = new Map<string, string>();
  for (const [name, country, population, memberSince] of CITIES) {
    const [{ id }] = await manager.query(
      `INSERT INTO award_cities (event_id, name, search_name, country, region, population, gnlc_member_since) VALUES ($1, $2, $3, $4, 'asia-pacific', $5, $6) RETURNING id`,
      [eventId, name, searchName(name), country, population, memberSince],
    );
    cities.set(name, id);
  }
  // Published: more than 12 months of membership, six years after an award, two endorsements per
  // Commission, one awardee per country, ten awardees worldwide. No population rule, no regional quota
  // (the quota is the worldwide ten).
  const [{ id: roundId }] = await manager.query(
    `INSERT INTO award_rounds (event_id, name, year, gnlc_membership_required, gnlc_min_membership_months, min_population, years_since_last_award,
                               max_nominations_per_body, max_winners_per_country, max_winners, region_quota, nomination_deadline, judging_deadline)
     VALUES ($1, 'UNESCO Learning City Award 2024', 2024, true, 12, NULL, 6, 2, 1, 10, 10, '2024-05-31T23:59:59+02:00', '2024-09-30T23:59:59+02:00') RETURNING id`,
    [eventId],
  );
  await manager.query(`UPDATE award_rounds SET translations = $2 WHERE id = $1`, [roundId, AWARD_2024_TRANSLATIONS]);
  for (const [position, name] of CRITERIA_2024.entries())
    await manager.query(`INSERT INTO award_criteria (round_id, position, name, weight, translations) VALUES ($1, $2, $3, 1, $4)`, [
      roundId,
      position,
      name,
      CRITERIA_2024_TRANSLATIONS[position],
    ]);
  const checklist: { id: string; kind: 'file' | 'link'; label: string }[] = [];
  for (const [position, [label, kind, translations]] of CHECKLIST.entries()) {
    const [{ id }] = await manager.query(
      `INSERT INTO award_required_documents (round_id, position, label, translations, kind, file_types) VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`,
      [roundId, position, label, translations, kind, kind === 'file' ? ['pdf'] : []],
    );
    checklist.push({ id, kind, label });
  }

  const commissions = new Map<string, { id: string; officer: string }>();
  const representatives = new Map<string, { id: string; name: string; email: string; language: string }>();
  for (const country of new Set(CITIES.map(([, country]) => country))) {
    const id = await insertDemoCommission(manager, eventId, country);
    const language = LANGUAGE[country] ?? 'en';
    const code = country.toLowerCase();
    const officer = await insertDemoAccount(
      manager,
      eventId,
      { email: `demo.iclc.officer.${code}@plenary.local`, name: `Demo officer (${countryName(country)})`, language },
      'commission',
    );
    await manager.query(`INSERT INTO award_commission_contacts (commission_id, user_id) VALUES ($1, $2)`, [id, officer]);
    commissions.set(country, { id, officer });
    const person = { email: `demo.iclc.representative.${code}@plenary.local`, name: `Demo city representative (${countryName(country)})`, language };
    representatives.set(country, { id: await insertDemoAccount(manager, eventId, person, 'representative'), ...person });
  }
  const secretariat = await insertDemoAccount(
    manager,
    eventId,
    { email: 'demo.iclc.secretariat@plenary.local', name: 'Demo secretariat (UIL)', language: 'en' },
    'organiser',
  );
  const juror = await insertDemoAccount(manager, eventId, { email: 'demo.iclc.juror@plenary.local', name: 'Demo juror (Germany)', language: 'en' }, 'juror');
  await manager.query(`INSERT INTO award_jurors (round_id, user_id, country) VALUES ($1, $2, 'DE')`, [roundId, juror]);

  for (const [city, stage, note] of APPLICATIONS) {
    const country = CITIES.find(([name]) => name === city)![1];
    const representative = representatives.get(country)!;
    const commission = commissions.get(country)!;
    await manager.query(`INSERT INTO award_city_representatives (city_id, user_id) VALUES ($1, $2) ON CONFLICT DO NOTHING`, [
      cities.get(city),
      representative.id,
    ]);
    const [{ id }] = await manager.query(
      `INSERT INTO award_nominations (round_id, city_id, commission_id, contact_name, contact_email, contact_language, summary, nominated_by, stage, created_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $9, $8, '2024-04-15T09:00:00Z') RETURNING id`,
      [
        roundId,
        cities.get(city),
        commission.id,
        representative.name,
        representative.email,
        representative.language,
        `Illustrative demo application of ${city}: how the city’s learning city plan reaches every resident.`,
        stage,
        representative.id,
      ],
    );
    const by = { city: representative.id, commission: commission.officer, secretariat };
    let from: ApplicationStage | null = null;
    for (const [to, party, at] of PATHS[stage]) {
      await manager.query(`INSERT INTO award_nomination_transitions (nomination_id, from_stage, to_stage, user_id, note, at) VALUES ($1, $2, $3, $4, $5, $6)`, [
        id,
        from,
        to,
        by[party],
        to === stage ? (note ?? '') : '',
        at,
      ]);
      from = to;
    }
    // A draft has its form only: the rest is still to come.
    for (const item of stage === 'draft' ? checklist.slice(0, 1) : checklist) await insertDocument(manager, storage, id, item, city);
    if (stage === 'shortlisted') await judge(manager, roundId, id, juror, WINNERS.includes(city) ? secretariat : null);
  }
  await releaseWinners(manager, roundId, secretariat);
  await manager.query(
    `INSERT INTO award_commission_nominations (round_id, commission_id, nominations, max_nominations)
     SELECT n.round_id, n.commission_id, count(*), 2 FROM award_nominations n
      WHERE n.round_id = $1 AND n.stage IN ('endorsed', 'shortlisted', 'not_shortlisted') GROUP BY n.round_id, n.commission_id`,
    [roundId],
  );
}

/** The juror scores every criterion (made-up, fixed scores, higher for the illustrative winners); the secretariat confirms a winner. */
async function judge(manager: EntityManager, roundId: string, nominationId: string, juror: string, confirmedBy: string | null): Promise<void> {
  await manager.query(`INSERT INTO award_assignments (nomination_id, round_id, user_id) VALUES ($1, $2, $3)`, [nominationId, roundId, juror]);
  await manager.query(
    `INSERT INTO award_scores (nomination_id, criterion_id, user_id, score, comment, updated_at)
     SELECT $1, k.id, $2, $3 + k.position % 2, 'Illustrative demo score', '2024-09-20T09:00:00Z' FROM award_criteria k WHERE k.round_id = $4`,
    [nominationId, juror, confirmedBy ? 8 : 6, roundId],
  );
  if (confirmedBy)
    await manager.query(`UPDATE award_nominations SET winner = true, confirmed_at = $2, confirmed_by = $3 WHERE id = $1`, [
      nominationId,
      CONFIRMED_AT,
      confirmedBy,
    ]);
}

/** The winners' counters as confirmation keeps them (region, country, round), then the release. */
async function releaseWinners(manager: EntityManager, roundId: string, releasedBy: string): Promise<void> {
  const winners = `SELECT c.region, c.country FROM award_nominations n JOIN award_cities c ON c.id = n.city_id WHERE n.round_id = $1 AND n.winner`;
  await manager.query(
    `INSERT INTO award_region_winners (round_id, region, quota, confirmed)
     SELECT $1, w.region, r.region_quota, count(*) FROM (${winners}) w, award_rounds r WHERE r.id = $1 GROUP BY w.region, r.region_quota`,
    [roundId],
  );
  await manager.query(
    `INSERT INTO award_country_winners (round_id, country, confirmed, max_winners)
     SELECT $1, w.country, count(*), r.max_winners_per_country FROM (${winners}) w, award_rounds r WHERE r.id = $1 GROUP BY w.country, r.max_winners_per_country`,
    [roundId],
  );
  await manager.query(
    `INSERT INTO award_round_winners (round_id, confirmed, max_winners) SELECT $1, (SELECT count(*) FROM (${winners}) w), max_winners FROM award_rounds WHERE id = $1`,
    [roundId],
  );
  await manager.query(`UPDATE award_rounds SET released_at = $2, released_by = $3 WHERE id = $1`, [roundId, RELEASED_AT, releasedBy]);
}

async function insertDocument(
  manager: EntityManager,
  storage: FileStorage | undefined,
  nominationId: string,
  item: { id: string; kind: 'file' | 'link'; label: string },
  city: string,
): Promise<void> {
  if (item.kind === 'link') {
    const url = `https://www.example.org/illustrative-demo-video/${encodeURIComponent(searchName(city))}`;
    await manager.query(
      `INSERT INTO award_nomination_documents (nomination_id, filename, content_type, url, requirement_id) VALUES ($1, $2, 'text/uri-list', $2, $3)`,
      [nominationId, url, item.id],
    );
    return;
  }
  const id = randomUUID();
  const pdf = demoPdf([item.label, `${city} - UNESCO Learning City Award 2024`, 'Illustrative demo file: not a real application.']);
  const key = storage ? `dossiers/${nominationId}/${id}` : null;
  if (storage && key) await storage.write(key, Readable.from([pdf]));
  await manager.query(
    `INSERT INTO award_nomination_documents (id, nomination_id, filename, content_type, size_bytes, storage_key, requirement_id)
     VALUES ($1, $2, $3, 'application/pdf', $4, $5, $6)`,
    [
      id,
      nominationId,
      `${item.label
        .toLowerCase()
        .replace(/[^a-z]+/g, '-')
        .replace(/^-|-$/g, '')}.pdf`,
      pdf.length,
      key,
      item.id,
    ],
  );
}
