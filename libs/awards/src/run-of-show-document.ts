import { countryName } from '@app/countries';
import { type DocumentFonts, type DocumentIdentity, drawLetterhead, MixedScriptText, PdfTable, type TextBox } from '@app/documents';
import { DateTime } from 'luxon';
import PDFDocument from 'pdfkit';
import type { RunOfShowItemResponse, RunOfShowResponse } from './dto/ceremony.dto.js';

// A4 landscape: a cue sheet is read across, one row per cue.
const WIDTH = 841.89;
const HEIGHT = 595.28;
const MARGIN = 36;
const INK = '#1b1b1b';
const MUTED = '#555555';

type Column = 'time' | 'duration' | 'item' | 'who' | 'onStage' | 'avCue' | 'notes';
const COLUMNS: { key: Column; share: number }[] = [
  { key: 'time', share: 0.055 },
  { key: 'duration', share: 0.075 },
  { key: 'item', share: 0.26 },
  { key: 'who', share: 0.18 },
  { key: 'onStage', share: 0.14 },
  { key: 'avCue', share: 0.13 },
  { key: 'notes', share: 0.16 },
];

const LABELS = {
  en: {
    columns: { time: 'Time', duration: 'Duration', item: 'Item', who: 'Who', onStage: 'On stage', avCue: 'AV cue', notes: 'Notes' } as Record<Column, string>,
    when: (start: string, end: string, zone: string) =>
      `${DateTime.fromISO(start, { zone }).setLocale('en-GB').toFormat('cccc d LLLL yyyy')}, ${start.slice(11)}–${end.slice(11)} (times in ${zone})`,
    used: (used: number, available: number) => `${used} of ${available} minutes`,
    minutes: 'min',
    presenter: 'Presented by',
    recipient: 'Received by',
  },
  vi: {
    columns: {
      time: 'Giờ',
      duration: 'Thời lượng',
      item: 'Nội dung',
      who: 'Người thực hiện',
      onStage: 'Trên sân khấu',
      avCue: 'Âm thanh, ánh sáng, màn hình',
      notes: 'Ghi chú',
    } as Record<Column, string>,
    // The translator's style for a time on a day: "14:00–15:30, thứ Ba, 29/10/2024 (giờ Bangkok)".
    when: (start: string, end: string, zone: string) => {
      const day = DateTime.fromISO(start, { zone });
      const weekday = day.setLocale('vi').toFormat('cccc');
      return `${start.slice(11)}–${end.slice(11)}, ${weekday.charAt(0).toLocaleLowerCase('vi')}${weekday.slice(1)}, ${day.toFormat('dd/MM/yyyy')} (giờ ${zone.split('/').pop()!.replace(/_/g, ' ')})`;
    },
    used: (used: number, available: number) => `Đã sử dụng ${used}/${available} phút`,
    minutes: 'phút',
    presenter: 'Người trao giải',
    recipient: 'Đại diện nhận giải',
  },
  th: {
    columns: {
      time: 'เวลา',
      duration: 'ระยะเวลา',
      item: 'รายการ',
      who: 'ผู้ดำเนินการ',
      onStage: 'บนเวที',
      avCue: 'แสง เสียง และจอภาพ',
      notes: 'หมายเหตุ',
    } as Record<Column, string>,
    // "วันอังคารที่ 29 ตุลาคม 2567 เวลา 14:00–15:30 น. (เวลาอินโดจีน)": the Buddhist era, as th-TH writes it.
    when: (start: string, end: string, zone: string) => {
      const day = DateTime.fromISO(start, { zone }).toJSDate();
      const date = new Intl.DateTimeFormat('th-TH', { timeZone: zone, weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' }).format(day);
      const zoneName = new Intl.DateTimeFormat('th-TH', { timeZone: zone, timeZoneName: 'long' })
        .formatToParts(day)
        .find((part) => part.type === 'timeZoneName');
      return `${date} เวลา ${start.slice(11)}–${end.slice(11)} น. (${zoneName?.value ?? zone})`;
    },
    used: (used: number, available: number) => `ใช้เวลา ${used} จาก ${available} นาที`,
    minutes: 'นาที',
    presenter: 'ผู้มอบ',
    recipient: 'ผู้รับ',
  },
};

type Labels = (typeof LABELS)['en'];

/** The run of show as a cue sheet: one row per cue, with the times in the event's zone, under the event's letterhead. */
export function runOfShowDocument(fonts: DocumentFonts, identity: DocumentIdentity, runOfShow: RunOfShowResponse, language = 'en'): PDFKit.PDFDocument {
  const labels: Labels = LABELS[language as keyof typeof LABELS] ?? LABELS.en;
  const doc = new PDFDocument({ size: [WIDTH, HEIGHT], margin: 0, info: { Title: `Run of show — ${runOfShow.title}`, Creator: 'Plenary' } });
  const text = new MixedScriptText(doc, fonts);
  const inner = WIDTH - 2 * MARGIN;
  let y = MARGIN;
  y += 8 + drawLetterhead(doc, text, identity, { x: MARGIN, y, width: inner }, { language });
  y += text.draw(runOfShow.title, { x: MARGIN, y, width: inner, maxSize: 16, minSize: 11, maxLines: 2, weight: 'bold', color: INK });
  const when = `${labels.when(runOfShow.start, runOfShow.end, runOfShow.timeZone)} · ${labels.used(runOfShow.minutesUsed, runOfShow.minutesAvailable)}`;
  y += 4 + text.draw(when, { x: MARGIN, y: y + 4, width: inner, maxSize: 10, minSize: 8, maxLines: 2, color: MUTED });
  y += 10;

  const table = new PdfTable(doc, text, {
    page: { width: WIDTH, height: HEIGHT },
    margin: MARGIN,
    columns: COLUMNS.map((column) => ({ label: labels.columns[column.key], share: column.share })),
    colour: identity.primaryColour,
    ruleLift: 2,
  });
  y = table.header(y);
  for (const item of runOfShow.items) {
    const cells = cellsOf(item, labels, language);
    const boxes = COLUMNS.map((column, index): Omit<TextBox, 'y'> & { paragraphs: string[] } => ({
      paragraphs: cells[column.key].filter(Boolean),
      ...table.cells[index],
      maxSize: column.key === 'time' || column.key === 'item' ? 9.5 : 8.5,
      minSize: 6.5,
      maxLines: 8,
      weight: column.key === 'time' || column.key === 'item' ? 'bold' : 'regular',
      color: column.key === 'time' || column.key === 'item' ? INK : MUTED,
    }));
    const measure = (box: (typeof boxes)[number]) => box.paragraphs.reduce((sum, paragraph) => sum + 2 + text.measureHeight(paragraph, box), 0);
    const height = Math.max(16, ...boxes.map(measure)) + 6;
    y = table.row(y, height, (top) => {
      for (const box of boxes) {
        let at = top + 2;
        for (const paragraph of box.paragraphs) at += 2 + text.draw(paragraph, { ...box, y: at });
      }
    });
  }
  doc.end();
  return doc;
}

/** Each cell as paragraphs, each drawn under the one before. */
function cellsOf(item: RunOfShowItemResponse, labels: Labels, language: string): Record<Column, string[]> {
  const cities = item.kind === 'award' ? '' : item.cities.map((city) => `${city.name} (${countryName(city.country, language)})`).join(', ');
  const titleNames = item.cities.length === 1 && item.title.includes(item.cities[0].name);
  return {
    time: [item.start.slice(11)],
    duration: [`${item.durationMinutes} ${labels.minutes}`],
    item: cities && !titleNames ? [item.title, cities] : [item.title],
    who: [item.presenter && `${labels.presenter}: ${item.presenter}`, item.recipient && `${labels.recipient}: ${item.recipient}`].filter(Boolean),
    onStage: [item.onStage],
    avCue: [item.avCue],
    notes: [item.notes],
  };
}
