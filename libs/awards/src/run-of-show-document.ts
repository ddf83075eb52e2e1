import { countryName } from '@app/countries';
import { DocumentFonts, MixedScriptText } from '@app/documents';
import PDFDocument from 'pdfkit';
import type { RunOfShowResponse } from './dto/ceremony.dto.js';

// A4 portrait.
const WIDTH = 595.28;
const HEIGHT = 841.89;
const MARGIN = 48;
const INK = '#1b1b1b';
const MUTED = '#555555';

/** "YYYY-MM-DDTHH:MM" local times. A Vietnamese MC reads "14:00–15:30, thứ Ba, 29/10/2024 (giờ Bangkok)". */
const LABELS = {
  en: {
    when: (start: string, end: string, zone: string) => `${start.replace('T', ' ')} – ${end.slice(11)} (${zone})`,
    used: (used: number, available: number) => `${used} of ${available} minutes`,
    presenter: 'Presented by',
    recipient: 'Received by',
    minutes: 'min',
  },
  vi: {
    when: (start: string, end: string, zone: string) => {
      const day = new Date(`${start.slice(0, 10)}T12:00:00Z`);
      const weekday = new Intl.DateTimeFormat('vi-VN', { timeZone: 'UTC', weekday: 'long' }).format(day);
      const date = new Intl.DateTimeFormat('vi-VN', { timeZone: 'UTC', day: '2-digit', month: '2-digit', year: 'numeric' }).format(day);
      return `${start.slice(11)}–${end.slice(11)}, ${weekday.charAt(0).toLocaleLowerCase('vi')}${weekday.slice(1)}, ${date} (giờ ${zone.split('/').pop()!.replace(/_/g, ' ')})`;
    },
    used: (used: number, available: number) => `Đã sử dụng ${used}/${available} phút`,
    presenter: 'Người trao giải',
    recipient: 'Đại diện nhận giải',
    minutes: 'phút',
  },
  // "วันอังคารที่ 29 ตุลาคม 2567 เวลา 14:00–15:30 น. (เวลาอินโดจีน)": the Buddhist era, as th-TH writes it.
  th: {
    when: (start: string, end: string, zone: string) => {
      const day = new Date(`${start.slice(0, 10)}T12:00:00Z`);
      const date = new Intl.DateTimeFormat('th-TH', { timeZone: 'UTC', weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' }).format(day);
      const zoneName = new Intl.DateTimeFormat('th-TH', { timeZone: zone, timeZoneName: 'long' })
        .formatToParts(day)
        .find((part) => part.type === 'timeZoneName');
      return `${date} เวลา ${start.slice(11)}–${end.slice(11)} น. (${zoneName?.value ?? zone})`;
    },
    used: (used: number, available: number) => `ใช้เวลา ${used} จาก ${available} นาที`,
    presenter: 'ผู้มอบ',
    recipient: 'ผู้รับ',
    minutes: 'นาที',
  },
};

/** The run of show, printable: one row per item with its times, who presents and who receives. */
export function runOfShowDocument(fonts: DocumentFonts, eventName: string, runOfShow: RunOfShowResponse, language: string = 'en'): PDFKit.PDFDocument {
  const labels = LABELS[language as keyof typeof LABELS] ?? LABELS.en;
  const doc = new PDFDocument({ size: 'A4', margin: 0, info: { Title: `Run of show — ${runOfShow.title}`, Creator: 'Plenary' } });
  const text = new MixedScriptText(doc, fonts);
  const inner = WIDTH - 2 * MARGIN;
  let y = MARGIN;
  y += text.draw(eventName, { x: MARGIN, y, width: inner, maxSize: 11, color: MUTED });
  y += 6 + text.draw(runOfShow.title, { x: MARGIN, y: y + 6, width: inner, maxSize: 18, minSize: 12, maxLines: 3, weight: 'bold', color: INK });
  y +=
    4 +
    text.draw(`${labels.when(runOfShow.start, runOfShow.end, runOfShow.timeZone)} · ${labels.used(runOfShow.minutesUsed, runOfShow.minutesAvailable)}`, {
      x: MARGIN,
      y: y + 4,
      width: inner,
      maxSize: 10,
      color: MUTED,
    });
  y += 16;
  for (const item of runOfShow.items) {
    const cities = item.cities.map((city) => `${city.name} (${countryName(city.country, language)})`).join(', ');
    const lines = [
      { text: item.title, weight: 'bold' as const, size: 12 },
      ...(cities ? [{ text: cities, weight: 'regular' as const, size: 10 }] : []),
      ...(item.presenter ? [{ text: `${labels.presenter}: ${item.presenter}`, weight: 'regular' as const, size: 10 }] : []),
      ...(item.recipient ? [{ text: `${labels.recipient}: ${item.recipient}`, weight: 'regular' as const, size: 10 }] : []),
    ];
    const body = inner - 110;
    const height = lines.reduce(
      (sum, line) => sum + 3 + text.measureHeight(line.text, { width: body, maxSize: line.size, minSize: 7, maxLines: 6, weight: line.weight }),
      0,
    );
    if (y + height > HEIGHT - MARGIN) {
      doc.addPage({ size: 'A4', margin: 0 });
      y = MARGIN;
    }
    text.draw(`${item.start.slice(11)}–${item.end.slice(11)}`, { x: MARGIN, y, width: 100, maxSize: 11, weight: 'bold', color: INK });
    text.draw(`${item.durationMinutes} ${labels.minutes}`, { x: MARGIN, y: y + 15, width: 100, maxSize: 9, color: MUTED });
    let lineY = y;
    for (const line of lines) {
      lineY +=
        3 +
        text.draw(line.text, {
          x: MARGIN + 110,
          y: lineY,
          width: body,
          maxSize: line.size,
          minSize: 7,
          maxLines: 6,
          weight: line.weight,
          color: line.weight === 'bold' ? INK : MUTED,
        });
    }
    y = Math.max(lineY, y + 30) + 10;
    doc
      .moveTo(MARGIN, y - 5)
      .lineTo(WIDTH - MARGIN, y - 5)
      .lineWidth(0.5)
      .stroke('#cccccc');
  }
  doc.end();
  return doc;
}
