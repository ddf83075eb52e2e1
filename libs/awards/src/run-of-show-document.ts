import { countryName } from '@app/countries';
import { type DocumentFonts, type DocumentIdentity, drawLetterhead, MixedScriptText, type TextBox } from '@app/documents';
import { DateTime } from 'luxon';
import PDFDocument from 'pdfkit';
import type { RunOfShowItemResponse, RunOfShowResponse } from './dto/ceremony.dto.js';

// A4 landscape: a cue sheet is read across, one row per cue.
const WIDTH = 841.89;
const HEIGHT = 595.28;
const MARGIN = 36;
const INK = '#1b1b1b';
const MUTED = '#555555';
const RULE = '#cccccc';

type Column = 'time' | 'duration' | 'item' | 'who' | 'onStage' | 'avCue' | 'notes';
const COLUMNS: { key: Column; share: number }[] = [
  { key: 'time', share: 0.07 },
  { key: 'duration', share: 0.06 },
  { key: 'item', share: 0.25 },
  { key: 'who', share: 0.17 },
  { key: 'onStage', share: 0.15 },
  { key: 'avCue', share: 0.14 },
  { key: 'notes', share: 0.16 },
];

const LABELS = {
  en: {
    locale: 'en-GB',
    columns: { time: 'Time', duration: 'Duration', item: 'Item', who: 'Who', onStage: 'On stage', avCue: 'AV cue', notes: 'Notes' } as Record<Column, string>,
    day: 'cccc d LLLL yyyy',
    zone: (zone: string) => `times in ${zone}`,
    used: (used: number, available: number) => `${used} of ${available} minutes`,
    minutes: 'min',
    receives: 'receives',
  },
  vi: {
    locale: 'vi',
    columns: { time: 'Giờ', duration: 'Thời lượng', item: 'Nội dung', who: 'Người thực hiện', onStage: 'Trên sân khấu', avCue: 'Âm thanh, ánh sáng, màn hình', notes: 'Ghi chú' } as Record<
      Column,
      string
    >,
    day: "cccc, d 'tháng' L 'năm' yyyy",
    zone: (zone: string) => `giờ ${zone.split('/').pop()!.replace(/_/g, ' ')} (${zone})`,
    used: (used: number, available: number) => `Đã sử dụng ${used}/${available} phút`,
    minutes: 'phút',
    receives: 'nhận',
  },
};

type Labels = (typeof LABELS)['en'];

/** The run of show as a cue sheet: one row per cue, with the times in the event's zone, under the event's letterhead. */
export function runOfShowDocument(
  fonts: DocumentFonts,
  identity: DocumentIdentity,
  runOfShow: RunOfShowResponse,
  language: 'en' | 'vi' = 'en',
): PDFKit.PDFDocument {
  const labels: Labels = LABELS[language];
  const doc = new PDFDocument({ size: [WIDTH, HEIGHT], margin: 0, info: { Title: `Run of show — ${runOfShow.title}`, Creator: 'Plenary' } });
  const text = new MixedScriptText(doc, fonts);
  const inner = WIDTH - 2 * MARGIN;
  let y = MARGIN;
  y += 8 + drawLetterhead(doc, text, identity, { x: MARGIN, y, width: inner });
  y += text.draw(runOfShow.title, { x: MARGIN, y, width: inner, maxSize: 16, minSize: 11, maxLines: 2, weight: 'bold', color: INK });
  const start = DateTime.fromISO(runOfShow.start, { zone: runOfShow.timeZone }).setLocale(labels.locale);
  const day = start.toFormat(labels.day);
  const when = `${day.charAt(0).toLocaleUpperCase(labels.locale)}${day.slice(1)}, ${runOfShow.start.slice(11)}–${runOfShow.end.slice(11)} (${labels.zone(runOfShow.timeZone)}) · ${labels.used(runOfShow.minutesUsed, runOfShow.minutesAvailable)}`;
  y += 4 + text.draw(when, { x: MARGIN, y: y + 4, width: inner, maxSize: 10, minSize: 8, maxLines: 2, color: MUTED });
  y += 10;

  const widths = COLUMNS.map((column) => column.share * inner);
  const xs = widths.map((_, index) => MARGIN + widths.slice(0, index).reduce((sum, width) => sum + width, 0));
  const pad = 4;
  const header = () => {
    const height = 18;
    doc.rect(MARGIN, y, inner, height).fill(identity.primaryColour);
    COLUMNS.forEach((column, index) => {
      text.draw(labels.columns[column.key], { x: xs[index] + pad, y: y + 3, width: widths[index] - 2 * pad, maxSize: 8.5, minSize: 6, weight: 'bold', color: '#ffffff' });
    });
    y += height + 2;
  };
  header();
  for (const item of runOfShow.items) {
    const cells = cellsOf(item, labels);
    const boxes = COLUMNS.map((column, index): Omit<TextBox, 'y'> & { text: string } => ({
      text: cells[column.key],
      x: xs[index] + pad,
      width: widths[index] - 2 * pad,
      maxSize: column.key === 'time' || column.key === 'item' ? 9.5 : 8.5,
      minSize: 6.5,
      maxLines: 8,
      weight: column.key === 'time' || column.key === 'item' ? 'bold' : 'regular',
      color: column.key === 'time' || column.key === 'item' ? INK : MUTED,
    }));
    const height = Math.max(16, ...boxes.map((box) => (box.text ? text.measureHeight(box.text, box) : 0))) + 6;
    if (y + height > HEIGHT - MARGIN) {
      doc.addPage({ size: [WIDTH, HEIGHT], margin: 0 });
      y = MARGIN;
      header();
    }
    for (const box of boxes) if (box.text) text.draw(box.text, { ...box, y: y + 2 });
    y += height;
    doc
      .moveTo(MARGIN, y - 2)
      .lineTo(WIDTH - MARGIN, y - 2)
      .lineWidth(0.5)
      .stroke(RULE);
  }
  doc.end();
  return doc;
}

function cellsOf(item: RunOfShowItemResponse, labels: Labels): Record<Column, string> {
  const cities = item.kind === 'award' ? '' : item.cities.map((city) => `${city.name} (${countryName(city.country)})`).join(', ');
  const titleNames = item.cities.length === 1 && item.title.includes(item.cities[0].name);
  return {
    time: item.start.slice(11),
    duration: `${item.durationMinutes} ${labels.minutes}`,
    item: cities && !titleNames ? `${item.title} — ${cities}` : item.title,
    who: [item.presenter, item.recipient && `${labels.receives}: ${item.recipient}`].filter(Boolean).join('; '),
    onStage: item.onStage,
    avCue: item.avCue,
    notes: item.notes,
  };
}
