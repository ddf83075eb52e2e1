import type { EntityManager } from 'typeorm';
import { EventEntity } from './event.entity.js';
import { RoomEntity } from './room.entity.js';
import { TrackEntity } from './track.entity.js';

export const DEMO_EVENT_SLUG = 'aseanplus3-learning-cities-2024';

/** The conference Plenary must run end to end first: UNESCO Bangkok, 29–30 October 2024. */
export async function insertDemoEvent(manager: EntityManager): Promise<{ event: EventEntity; rooms: RoomEntity[]; tracks: TrackEntity[] }> {
  const event = await manager.getRepository(EventEntity).save(
    manager.create(EventEntity, {
      slug: DEMO_EVENT_SLUG,
      name: 'ASEAN+3 Regional Conference on Learning Cities',
      description:
        'A regional conference of the UNESCO Global Network of Learning Cities (GNLC) for city delegations from ' +
        'Southeast Asia, China, Japan and the Republic of Korea: plenaries, parallel discussion sessions, and a ' +
        'ceremony recognising new GNLC members and UNESCO Learning City Award winners.',
      organiser:
        'UNESCO Bangkok (Asia and Pacific Regional Bureau for Education) with the Ministry of Higher Education, ' +
        'Science, Research and Innovation of Thailand',
      venue: 'Bangkok, Thailand',
      city: 'Bangkok',
      country: 'TH',
      timeZone: 'Asia/Bangkok',
      startDate: '2024-10-29',
      endDate: '2024-10-30',
      // Thai too: the host country's language.
      languages: ['en', 'vi', 'th'],
      // vi after ../shared/l10n/vi-review.md (the press name of the conference, "Mạng lưới … của UNESCO"); th after docs/l10n/th-glossary.md.
      translations: {
        vi: {
          name: 'Hội nghị Thành phố học tập khu vực ASEAN+3',
          description:
            'Hội nghị khu vực của Mạng lưới Thành phố học tập toàn cầu của UNESCO (GNLC) dành cho các đoàn đại biểu thành phố ' +
            'từ Đông Nam Á, Trung Quốc, Nhật Bản và Hàn Quốc, gồm các phiên toàn thể, các phiên thảo luận song song và lễ ' +
            'công nhận thành viên mới của Mạng lưới GNLC cùng các thành phố đoạt Giải thưởng Thành phố học tập của UNESCO.\n\n' +
            'Hội nghị Thành phố học tập khu vực ASEAN+3, Bangkok, ngày 29–30/10/2024.',
          venue: 'Bangkok',
          organiser:
            'Văn phòng UNESCO tại Bangkok (Văn phòng khu vực châu Á – Thái Bình Dương về Giáo dục) cùng Bộ Giáo dục Đại học, ' +
            'Khoa học, Nghiên cứu và Đổi mới sáng tạo Thái Lan',
        },
        th: {
          name: 'การประชุมระดับภูมิภาคอาเซียนบวกสามว่าด้วยเมืองแห่งการเรียนรู้',
          description:
            'การประชุมระดับภูมิภาคของเครือข่ายเมืองแห่งการเรียนรู้โลกของยูเนสโก สำหรับคณะผู้แทนเมืองจากเอเชียตะวันออกเฉียงใต้ ' +
            'จีน ญี่ปุ่น และสาธารณรัฐเกาหลี ประกอบด้วยการประชุมเต็มคณะ การประชุมกลุ่มย่อย และพิธีรับรองสมาชิกใหม่ของเครือข่าย ' +
            'และเมืองที่ได้รับรางวัลเมืองแห่งการเรียนรู้ของยูเนสโก\n\n' +
            'กรุงเทพมหานคร 29–30 ตุลาคม 2567',
          venue: 'กรุงเทพมหานคร',
          organiser: 'สำนักงานยูเนสโก กรุงเทพฯ (สำนักงานภูมิภาคด้านการศึกษาในเอเชียและแปซิฟิก) ร่วมกับกระทรวงการอุดมศึกษา วิทยาศาสตร์ วิจัยและนวัตกรรม',
        },
      },
    }),
  );
  const named = (vi: string, th: string) => ({ vi: { name: vi }, th: { name: th } });
  const placed = ([vi, viNote]: string[], [th, thNote]: string[]) => ({ vi: { name: vi, locationNote: viNote }, th: { name: th, locationNote: thNote } });
  const rooms = await manager.getRepository(RoomEntity).save([
    {
      eventId: event.id,
      name: 'Plenary Hall',
      capacity: 250,
      locationNote: 'Ground floor; interpretation booths',
      translations: placed(['Hội trường chính', 'Tầng trệt; có buồng phiên dịch'], ['ห้องประชุมใหญ่', 'ชั้นล่าง มีห้องล่าม']),
    },
    ...[1, 2, 3].map((number) => ({
      eventId: event.id,
      name: `Meeting Room ${number}`,
      capacity: number === 3 ? 40 : 60,
      locationNote: 'Level 2',
      translations: placed([`Phòng họp ${number}`, 'Tầng 2'], [`ห้องประชุม ${number}`, 'ชั้น 2']),
    })),
  ]);
  const tracks = await manager.getRepository(TrackEntity).save([
    { eventId: event.id, name: 'Plenary', colour: '#1f4e79', translations: named('Phiên toàn thể', 'การประชุมเต็มคณะ') },
    {
      eventId: event.id,
      name: 'Inclusive lifelong learning',
      colour: '#2e8b57',
      translations: named('Học tập suốt đời bao trùm', 'การเรียนรู้ตลอดชีวิตที่ครอบคลุมทุกคน'),
    },
    {
      eventId: event.id,
      name: 'Green and healthy learning cities',
      colour: '#6b8e23',
      translations: named('Thành phố học tập xanh và khỏe mạnh', 'เมืองแห่งการเรียนรู้สีเขียวและมีสุขภาวะดี'),
    },
    { eventId: event.id, name: 'Digital learning and skills', colour: '#8b5cf6', translations: named('Học tập số và kỹ năng', 'การเรียนรู้ดิจิทัลและทักษะ') },
    {
      eventId: event.id,
      name: 'GNLC membership and recognition',
      colour: '#d97706',
      translations: named('Kết nạp và ghi nhận thành viên Mạng lưới GNLC', 'การรับสมาชิกและการยกย่องของเครือข่ายเมืองแห่งการเรียนรู้โลกของยูเนสโก'),
    },
  ]);
  await insertDemoIdentity(manager, event.id);
  return { event, rooms, tracks };
}

/**
 * The demo's letterhead and signatories. The names are placeholders, marked as such: a real certificate
 * is signed by the people the organiser names.
 */
async function insertDemoIdentity(manager: EntityManager, eventId: string): Promise<void> {
  await manager.query(`INSERT INTO event_identities (event_id, organiser_name, primary_colour, accent_colour) VALUES ($1, $2, '#0b4f8a', '#c9a227')`, [
    eventId,
    'UNESCO Bangkok — Asia and Pacific Regional Bureau for Education',
  ]);
  const signatories: [name: string, title: string][] = [
    ['Demo signatory (UNESCO Bangkok)', 'Director, UNESCO Bangkok'],
    ['Demo signatory (UIL)', 'Director, UNESCO Institute for Lifelong Learning'],
  ];
  for (const [position, [name, title]] of signatories.entries()) {
    await manager.query(`INSERT INTO event_signatories (event_id, position, name, title) VALUES ($1, $2, $3, $4)`, [eventId, position, name, title]);
  }
}
