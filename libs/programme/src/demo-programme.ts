import { insertDemoAccount } from '@app/auth';
import type { EntityManager } from 'typeorm';
import { computeChangelog } from './changelog.js';
import { readDraft } from './snapshot.repository.js';

interface DemoSession {
  type: string;
  room: string | null;
  track: string | null;
  start: string;
  end: string;
  title: { en: string; vi: string; th: string };
  chairs?: string[];
  /** vi and th: the talk's title in the event's other languages. */
  slots?: { title: string; vi: string; th: string; start: string; minutes: number; speaker: string }[];
}

// Speakers are named by role, not as real people.
const SPEAKERS = [
  { key: 'sonla', email: 'demo.speaker.sonla@plenary.local', name: 'Đại diện thành phố Sơn La (Sơn La City representative)', language: 'vi' },
  { key: 'unesco', email: 'demo.speaker.unesco@plenary.local', name: 'UNESCO Bangkok representative', language: 'en' },
  { key: 'uil', email: 'demo.speaker.uil@plenary.local', name: 'UNESCO Institute for Lifelong Learning representative', language: 'en' },
  { key: 'korea', email: 'demo.speaker.korea@plenary.local', name: 'Korean learning city representative', language: 'en' },
  { key: 'china', email: 'demo.speaker.china@plenary.local', name: 'Chinese learning city representative', language: 'en' },
  { key: 'japan', email: 'demo.speaker.japan@plenary.local', name: 'Japanese learning city representative', language: 'en' },
];

const SESSIONS: DemoSession[] = [
  {
    type: 'plenary',
    room: 'Plenary Hall',
    track: 'Plenary',
    start: '2024-10-29T09:00',
    end: '2024-10-29T10:30',
    title: {
      en: 'Opening plenary: learning cities for inclusive and sustainable development in ASEAN+3',
      vi: 'Phiên toàn thể khai mạc: thành phố học tập vì phát triển bao trùm và bền vững tại ASEAN+3',
      th: 'การประชุมเต็มคณะพิธีเปิด: เมืองแห่งการเรียนรู้เพื่อการพัฒนาที่ครอบคลุมและยั่งยืนในอาเซียนบวกสาม',
    },
    chairs: ['UNESCO Bangkok'],
    slots: [
      {
        title: 'Welcome and opening remarks',
        vi: 'Phát biểu chào mừng và khai mạc',
        th: 'กล่าวต้อนรับและกล่าวเปิดการประชุม',
        start: '2024-10-29T09:00',
        minutes: 30,
        speaker: 'unesco',
      },
      {
        title: 'Keynote: the UNESCO Global Network of Learning Cities',
        vi: 'Bài phát biểu chính: Mạng lưới Thành phố học tập toàn cầu của UNESCO',
        th: 'ปาฐกถาพิเศษ: เครือข่ายเมืองแห่งการเรียนรู้โลกของยูเนสโก',
        start: '2024-10-29T09:30',
        minutes: 45,
        speaker: 'uil',
      },
    ],
  },
  {
    type: 'break',
    room: null,
    track: null,
    start: '2024-10-29T10:30',
    end: '2024-10-29T11:00',
    title: { en: 'Coffee break', vi: 'Giải lao', th: 'พักรับประทานอาหารว่าง' },
  },
  {
    type: 'parallel',
    room: 'Meeting Room 1',
    track: 'Inclusive lifelong learning',
    start: '2024-10-29T11:00',
    end: '2024-10-29T12:30',
    title: {
      en: 'Parallel discussion 1: a learning city that leaves no one behind',
      vi: 'Phiên thảo luận song song 1: thành phố học tập không để ai bị bỏ lại phía sau',
      th: 'การประชุมกลุ่มย่อย 1: เมืองแห่งการเรียนรู้ที่ไม่ทิ้งใครไว้ข้างหลัง',
    },
    chairs: ['UNESCO Institute for Lifelong Learning'],
    slots: [
      {
        title: 'Sơn La: building a learning city that leaves no one behind',
        vi: 'Sơn La: xây dựng thành phố học tập không để ai bị bỏ lại phía sau',
        th: 'เซินลา: การสร้างเมืองแห่งการเรียนรู้ที่ไม่ทิ้งใครไว้ข้างหลัง',
        start: '2024-10-29T11:00',
        minutes: 25,
        speaker: 'sonla',
      },
      {
        title: 'Lifelong learning for older citizens',
        vi: 'Học tập suốt đời cho người cao tuổi',
        th: 'การเรียนรู้ตลอดชีวิตสำหรับผู้สูงอายุ',
        start: '2024-10-29T11:30',
        minutes: 25,
        speaker: 'japan',
      },
    ],
  },
  {
    type: 'parallel',
    room: 'Meeting Room 2',
    track: 'Green and healthy learning cities',
    start: '2024-10-29T11:00',
    end: '2024-10-29T12:30',
    title: {
      en: 'Parallel discussion 2: green and healthy learning cities',
      vi: 'Phiên thảo luận song song 2: thành phố học tập xanh và khỏe mạnh',
      th: 'การประชุมกลุ่มย่อย 2: เมืองแห่งการเรียนรู้สีเขียวและมีสุขภาวะดี',
    },
    chairs: ['UNESCO Bangkok'],
    slots: [
      {
        title: 'Learning for climate action in cities',
        vi: 'Học tập vì hành động khí hậu tại các thành phố',
        th: 'การเรียนรู้เพื่อรับมือการเปลี่ยนแปลงสภาพภูมิอากาศในเมือง',
        start: '2024-10-29T11:00',
        minutes: 30,
        speaker: 'china',
      },
    ],
  },
  {
    type: 'parallel',
    room: 'Meeting Room 3',
    track: 'Digital learning and skills',
    start: '2024-10-29T11:00',
    end: '2024-10-29T12:30',
    title: {
      en: 'Parallel discussion 3: digital learning and skills for all',
      vi: 'Phiên thảo luận song song 3: học tập số và kỹ năng cho mọi người',
      th: 'การประชุมกลุ่มย่อย 3: การเรียนรู้ดิจิทัลและทักษะสำหรับทุกคน',
    },
    chairs: ['UNESCO Bangkok'],
    slots: [
      {
        title: 'City learning platforms that reach every neighbourhood',
        vi: 'Nền tảng học tập của thành phố đến với mọi khu dân cư',
        th: 'แพลตฟอร์มการเรียนรู้ของเมืองที่เข้าถึงทุกชุมชน',
        start: '2024-10-29T11:00',
        minutes: 30,
        speaker: 'korea',
      },
    ],
  },
  {
    type: 'break',
    room: null,
    track: null,
    start: '2024-10-29T12:30',
    end: '2024-10-29T14:00',
    title: { en: 'Lunch', vi: 'Nghỉ trưa', th: 'พักรับประทานอาหารกลางวัน' },
  },
  {
    type: 'ceremony',
    room: 'Plenary Hall',
    track: 'GNLC membership and recognition',
    start: '2024-10-29T14:00',
    end: '2024-10-29T15:30',
    title: {
      en: 'Ceremony recognising new members of the UNESCO Global Network of Learning Cities',
      vi: 'Lễ công nhận thành viên mới của Mạng lưới Thành phố học tập toàn cầu của UNESCO',
      th: 'พิธีรับรองสมาชิกใหม่ของเครือข่ายเมืองแห่งการเรียนรู้โลกของยูเนสโก',
    },
    chairs: ['UNESCO Bangkok'],
  },
  {
    type: 'plenary',
    room: 'Plenary Hall',
    track: 'Plenary',
    start: '2024-10-30T09:00',
    end: '2024-10-30T10:30',
    title: {
      en: 'Plenary: reporting back from the parallel discussions',
      vi: 'Phiên toàn thể: báo cáo kết quả các phiên thảo luận song song',
      th: 'การประชุมเต็มคณะ: รายงานผลการประชุมกลุ่มย่อย',
    },
    chairs: ['UNESCO Bangkok'],
  },
  {
    type: 'plenary',
    room: 'Plenary Hall',
    track: 'Plenary',
    start: '2024-10-30T11:00',
    end: '2024-10-30T12:00',
    title: {
      en: 'Closing plenary and the way forward',
      vi: 'Phiên toàn thể bế mạc và định hướng tiếp theo',
      th: 'การประชุมเต็มคณะพิธีปิดและแนวทางต่อไป',
    },
    chairs: ['UNESCO Bangkok'],
    slots: [{ title: 'Closing remarks', vi: 'Phát biểu bế mạc', th: 'กล่าวปิดการประชุม', start: '2024-10-30T11:30', minutes: 20, speaker: 'unesco' }],
  },
];

/** The demo event's place, as the events library made it. */
export interface DemoVenue {
  id: string;
  timeZone: string;
  rooms: { id: string; name: string; capacity: number }[];
  tracks: { id: string; name: string }[];
}

/** What the registration and awards demos build on. */
export interface DemoProgramme {
  /** The parallel discussions, in time order, with their seat limits. */
  parallelSessions: { id: string; seatLimit: number | null; startsAt: Date }[];
  ceremony?: { id: string; minutes: number };
}

/** The demo conference's programme, published as v1 (no one is notified of a first version). */
export async function insertDemoProgramme(manager: EntityManager, venue: DemoVenue): Promise<DemoProgramme> {
  const eventId = venue.id;
  const speakerIds = new Map<string, string>();
  for (const speaker of SPEAKERS) speakerIds.set(speaker.key, await insertDemoAccount(manager, eventId, speaker, 'speaker'));
  const room = (name: string | null) => venue.rooms.find((candidate) => candidate.name === name);
  const at = (local: string) => `(${quote(local)}::timestamp AT TIME ZONE ${quote(venue.timeZone)})`;
  const result: DemoProgramme = { parallelSessions: [] };
  for (const session of SESSIONS) {
    const [{ id, startsAt, minutes }] = await manager.query(
      `INSERT INTO sessions (event_id, type, title, track_id, room_id, during, seat_limit, chairs)
       VALUES ($1, $2, $3, $4, $5, tstzrange(${at(session.start)}, ${at(session.end)}, '[)'), $6, $7)
       RETURNING id, lower(during) AS "startsAt", extract(epoch FROM upper(during) - lower(during))::int / 60 AS minutes`,
      [
        eventId,
        session.type,
        session.title,
        venue.tracks.find((track) => track.name === session.track)?.id ?? null,
        room(session.room)?.id ?? null,
        room(session.room)?.capacity ?? null,
        session.chairs ?? [],
      ],
    );
    if (session.type === 'parallel') result.parallelSessions.push({ id, seatLimit: room(session.room)?.capacity ?? null, startsAt });
    if (session.type === 'ceremony' && !result.ceremony) result.ceremony = { id, minutes };
    for (const slot of session.slots ?? []) {
      const [{ id: slotId }] = await manager.query(
        `INSERT INTO slots (session_id, title, translations, during)
         VALUES ($1, $2, $4, tstzrange(${at(slot.start)}, ${at(slot.start)} + make_interval(mins => $3), '[)')) RETURNING id`,
        [id, slot.title, slot.minutes, { vi: { title: slot.vi }, th: { title: slot.th } }],
      );
      await manager.query(`INSERT INTO slot_speakers (slot_id, user_id, during) SELECT $1, $2, during FROM slots WHERE id = $1`, [
        slotId,
        speakerIds.get(slot.speaker),
      ]);
    }
  }
  const snapshot = await readDraft(manager, eventId);
  await manager.query(`INSERT INTO programme_versions (event_id, number, snapshot, changelog) VALUES ($1, 1, $2, $3)`, [
    eventId,
    snapshot,
    JSON.stringify(computeChangelog(null, snapshot)),
  ]);
  result.parallelSessions.sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime());
  return result;
}

function quote(text: string): string {
  return `'${text.replace(/'/g, "''")}'`;
}
