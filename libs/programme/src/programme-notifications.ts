import { mailSpan, type NotificationKind } from '@app/notifications';
import { DateTime } from 'luxon';
import type { ChangelogEntry, ChangeKind } from './changelog.js';
import { localised, type ProgrammeSnapshot } from './programme-snapshot.js';

const WORDS: Record<string, Record<ChangeKind, string> & { room: string }> = {
  en: {
    added: 'New',
    cancelled: 'Cancelled',
    moved: 'Moved',
    're-roomed': 'New room',
    'speakers-changed': 'Speakers changed',
    retitled: 'Renamed',
    'access-changed': 'New stream or interpretation details (see your agenda)',
    room: 'room',
  },
  vi: {
    added: 'Thêm mới',
    cancelled: 'Đã hủy',
    moved: 'Đổi thời gian',
    're-roomed': 'Đổi phòng',
    'speakers-changed': 'Đổi diễn giả',
    retitled: 'Đổi tên',
    'access-changed': 'Thay đổi đường truyền trực tuyến hoặc phiên dịch (xem lịch tham dự của Quý vị)',
    room: 'phòng',
  },
  th: {
    added: 'เพิ่มใหม่',
    cancelled: 'ยกเลิก',
    moved: 'เปลี่ยนเวลา',
    're-roomed': 'เปลี่ยนห้อง',
    'speakers-changed': 'เปลี่ยนวิทยากร',
    retitled: 'เปลี่ยนชื่อ',
    'access-changed': 'เปลี่ยนข้อมูลการถ่ายทอดสดหรือการล่าม (ดูกำหนดการของท่าน)',
    room: 'ห้อง',
  },
};
const LOCALES: Record<string, string> = { en: 'en-GB', vi: 'vi-VN', th: 'th-TH' };

/** "What changed for you" after a publication: only the sessions this person speaks in or signed up for. */
export const programmeChangedKind: NotificationKind = {
  kind: 'programme-changed',
  async load(manager, about, language) {
    const [row] = await manager.query(`SELECT v.changelog, v.snapshot FROM programme_versions v WHERE v.event_id = $1 AND v.number = $2`, [
      about.eventId,
      Number(about.version),
    ]);
    if (!row) return null;
    const sessionIds = new Set(about.sessionIds.split(','));
    const snapshot = row.snapshot as ProgrammeSnapshot;
    const words = WORDS[language] ?? WORDS.en;
    const languages = [language, ...snapshot.event.languages];
    const roomName = (id: string | null) => snapshot.rooms.find((room) => room.id === id)?.name ?? '';
    const when = (iso: string) =>
      DateTime.fromISO(iso, { zone: 'utc' })
        .setZone(snapshot.event.timeZone)
        .setLocale(LOCALES[language] ?? language)
        .toFormat('ccc d LLL HH:mm');
    const changes = (row.changelog as ChangelogEntry[])
      .filter((entry) => sessionIds.has(entry.sessionId))
      .map((entry) => {
        const span = (after: NonNullable<ChangelogEntry['after']>) =>
          mailSpan(
            after.start,
            after.end,
            snapshot.event.timeZone,
            language,
            (start, end) => `${when(start)}–${DateTime.fromISO(end).setZone(snapshot.event.timeZone).toFormat('HH:mm')}`,
          );
        const where = entry.after ? `${span(entry.after)}${entry.after.roomId ? `, ${roomName(entry.after.roomId)}` : ''}` : '';
        return `${words[entry.kind]}: ${localised(entry.title, languages)}${where ? ` (${where})` : ''}`;
      });
    if (changes.length === 0) return null;
    return { version: about.version, changes, timeZone: snapshot.event.timeZone };
  },
};

export const PROGRAMME_NOTIFICATION_KINDS = [programmeChangedKind];
