import type { EntityManager } from 'typeorm';

/**
 * The demo events' National Commissions for UNESCO, in English (the events' first language) and in their other
 * two. Official where the Commission publishes one: "Ủy ban Quốc gia UNESCO Việt Nam" (docs and seal of the Viet
 * Nam Commission), and the Thai Commission's statutory name under the Ministry of Education. The others follow
 * the glossaries (../shared/l10n/vi-review.md "Ủy ban Quốc gia UNESCO", docs/l10n/th-glossary.md
 * "คณะกรรมการแห่งชาติว่าด้วยยูเนสโก") with the country's name in each language.
 */
export const DEMO_COMMISSIONS: Record<string, { en: string; vi: string; th: string }> = {
  VN: { en: 'Viet Nam National Commission for UNESCO', vi: 'Ủy ban Quốc gia UNESCO Việt Nam', th: 'คณะกรรมการแห่งชาติเวียดนามว่าด้วยยูเนสโก' },
  TH: {
    en: 'Thai National Commission for UNESCO',
    vi: 'Ủy ban Quốc gia UNESCO Thái Lan',
    th: 'คณะกรรมการแห่งชาติว่าด้วยการศึกษา วิทยาศาสตร์ และวัฒนธรรมแห่งสหประชาชาติ',
  },
  KR: { en: 'Korean National Commission for UNESCO', vi: 'Ủy ban Quốc gia UNESCO Hàn Quốc', th: 'คณะกรรมการแห่งชาติเกาหลีว่าด้วยยูเนสโก' },
  JP: { en: 'Japanese National Commission for UNESCO', vi: 'Ủy ban Quốc gia UNESCO Nhật Bản', th: 'คณะกรรมการแห่งชาติญี่ปุ่นว่าด้วยยูเนสโก' },
  CN: {
    en: 'National Commission of the P.R. China for UNESCO',
    vi: 'Ủy ban Quốc gia UNESCO của Cộng hòa Nhân dân Trung Hoa',
    th: 'คณะกรรมการแห่งชาติสาธารณรัฐประชาชนจีนว่าด้วยยูเนสโก',
  },
  ID: { en: 'Indonesian National Commission for UNESCO', vi: 'Ủy ban Quốc gia UNESCO Indonesia', th: 'คณะกรรมการแห่งชาติอินโดนีเซียว่าด้วยยูเนสโก' },
  MY: { en: 'Malaysian National Commission for UNESCO', vi: 'Ủy ban Quốc gia UNESCO Malaysia', th: 'คณะกรรมการแห่งชาติมาเลเซียว่าด้วยยูเนสโก' },
  PH: { en: 'Philippine National Commission for UNESCO', vi: 'Ủy ban Quốc gia UNESCO Philippines', th: 'คณะกรรมการแห่งชาติฟิลิปปินส์ว่าด้วยยูเนสโก' },
};

/** Adds the country's demo Commission to the event, named in each of its languages. */
export async function insertDemoCommission(manager: EntityManager, eventId: string, country: string): Promise<string> {
  const { en, vi, th } = DEMO_COMMISSIONS[country];
  const [{ id }] = await manager.query(`INSERT INTO award_commissions (event_id, name, translations, country) VALUES ($1, $2, $3, $4) RETURNING id`, [
    eventId,
    en,
    { vi: { name: vi }, th: { name: th } },
    country,
  ]);
  return id;
}
