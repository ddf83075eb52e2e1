import { countryName } from '@app/countries';
import { DateTime } from 'luxon';
import type { CostBearer } from './protocol.dto.js';

export const VISA_LETTER_LANGUAGES = ['en', 'vi', 'th'] as const;
export type VisaLetterLanguage = (typeof VISA_LETTER_LANGUAGES)[number];

export interface LetterFacts {
  organiser: string;
  event: string;
  venue: string;
  from: string;
  to: string;
  reference: string;
  issued: string;
  bears: CostBearer;
}

/** A day of the calendar as a letter writes it: "6 May 2030", "ngày 6 tháng 5 năm 2030", "6 พฤษภาคม 2573" (the Buddhist era). */
export function letterDate(date: DateTime, language: VisaLetterLanguage): string {
  if (language === 'vi') return `ngày ${date.day} tháng ${date.month} năm ${date.year}`;
  if (language === 'th') return `${date.day} ${date.setLocale('th').toFormat('LLLL')} ${date.year + 543}`;
  return date.setLocale('en-GB').toFormat('d MMMM yyyy');
}

export function letterCountry(code: string | null, language: VisaLetterLanguage): string {
  return code ? countryName(code, language) : '';
}

/** The wording of the letter, per language; Vietnamese in the register of an official letter. */
export const LETTER_TEXT = {
  en: {
    reference: (f: LetterFacts) => `Ref.: ${f.reference}`,
    issued: (f: LetterFacts) => `Date: ${f.issued}`,
    to: 'To:',
    visaSection: 'Visa Section',
    heading: 'INVITATION LETTER FOR VISA APPLICATION',
    salutation: 'Dear Sir or Madam,',
    invitation: (f: LetterFacts) =>
      `${f.organiser} has the honour to invite the person named below to take part in the ${f.event}, to be held at ${f.venue} from ${f.from} to ${f.to}. ` +
      `The sole purpose of the visit is participation in this conference.`,
    rows: {
      name: 'Full name (as in passport)',
      nationality: 'Nationality',
      dateOfBirth: 'Date of birth',
      passportNumber: 'Passport number',
      passportExpiry: 'Passport valid until',
      position: 'Position',
      organisation: 'Organisation',
      participation: 'Participation',
    },
    costs: {
      delegate: () => 'The participant bears the costs of travel, accommodation and stay.',
      organiser: (f: LetterFacts) => `${f.organiser} bears the costs of the participant’s travel, accommodation and stay for the conference.`,
      shared: (f: LetterFacts) =>
        `${f.organiser} bears the costs of the participant’s accommodation during the conference; the participant bears the cost of travel.`,
    },
    request: (f: LetterFacts) =>
      `We kindly request that the participant be granted the visa needed to attend the conference. Please quote the reference ${f.reference} in any enquiry about this letter.`,
    closing: 'Yours faithfully,',
    onBehalf: (f: LetterFacts) => `For ${f.organiser}`,
    verify: (url: string, code: string) => `Verify this letter at ${url} (verification code ${code}).`,
  },
  vi: {
    reference: (f: LetterFacts) => `Số: ${f.reference}`,
    issued: (f: LetterFacts) => `Ngày cấp: ${f.issued}`,
    to: 'Kính gửi:',
    visaSection: 'Bộ phận Thị thực',
    heading: 'THƯ MỜI XIN THỊ THỰC',
    salutation: 'Kính gửi Quý cơ quan,',
    invitation: (f: LetterFacts) =>
      `${f.organiser} trân trọng mời người có tên dưới đây tham dự ${f.event}, tổ chức tại ${f.venue} từ ${f.from} đến ${f.to}. ` +
      `Mục đích duy nhất của chuyến đi là tham dự hội nghị này.`,
    rows: {
      name: 'Họ và tên (theo hộ chiếu)',
      nationality: 'Quốc tịch',
      dateOfBirth: 'Ngày sinh',
      passportNumber: 'Số hộ chiếu',
      passportExpiry: 'Hộ chiếu có giá trị đến',
      position: 'Chức vụ',
      organisation: 'Cơ quan',
      participation: 'Thành phần tham dự',
    },
    costs: {
      delegate: () => 'Đại biểu tự chi trả chi phí đi lại, lưu trú và sinh hoạt.',
      organiser: (f: LetterFacts) => `${f.organiser} chi trả chi phí đi lại, lưu trú và sinh hoạt của đại biểu trong thời gian hội nghị.`,
      shared: (f: LetterFacts) => `${f.organiser} chi trả chi phí lưu trú của đại biểu trong thời gian hội nghị; đại biểu tự chi trả chi phí đi lại.`,
    },
    request: (f: LetterFacts) =>
      `Ban Tổ chức trân trọng đề nghị Quý cơ quan xem xét cấp thị thực để đại biểu tham dự hội nghị. Khi cần liên hệ về thư này, đề nghị Quý cơ quan ghi rõ số ${f.reference}.`,
    closing: 'Trân trọng,',
    onBehalf: (f: LetterFacts) => `Thay mặt ${f.organiser}`,
    verify: (url: string, code: string) => `Xác minh thư này tại ${url} (mã xác minh ${code}).`,
  },
  // Thai in the register of an official letter to a Thai mission (docs/l10n/th-glossary.md).
  th: {
    reference: (f: LetterFacts) => `ที่: ${f.reference}`,
    issued: (f: LetterFacts) => `วันที่: ${f.issued}`,
    to: 'เรียน',
    visaSection: 'แผนกการตรวจลงตรา',
    heading: 'หนังสือเชิญเพื่อประกอบการขอรับการตรวจลงตรา (วีซ่า)',
    salutation: 'เรียน เจ้าหน้าที่กงสุลผู้เกี่ยวข้อง',
    invitation: (f: LetterFacts) =>
      `${f.organiser} มีเกียรติขอเรียนเชิญบุคคลตามรายนามข้างล่างนี้เข้าร่วม ${f.event} ซึ่งจะจัดขึ้น ณ ${f.venue} ระหว่างวันที่ ${f.from} ถึงวันที่ ${f.to} ` +
      `โดยการเดินทางครั้งนี้มีวัตถุประสงค์เพื่อเข้าร่วมการประชุมดังกล่าวเท่านั้น`,
    rows: {
      name: 'ชื่อ-นามสกุล (ตามหนังสือเดินทาง)',
      nationality: 'สัญชาติ',
      dateOfBirth: 'วันเกิด',
      passportNumber: 'เลขที่หนังสือเดินทาง',
      passportExpiry: 'หนังสือเดินทางมีอายุถึง',
      position: 'ตำแหน่ง',
      organisation: 'หน่วยงาน',
      participation: 'ประเภทการเข้าร่วม',
    },
    costs: {
      delegate: () => 'ผู้เข้าร่วมประชุมรับผิดชอบค่าใช้จ่ายในการเดินทาง ที่พัก และการพำนักด้วยตนเอง',
      organiser: (f: LetterFacts) => `${f.organiser} รับผิดชอบค่าใช้จ่ายในการเดินทาง ที่พัก และการพำนักของผู้เข้าร่วมประชุมตลอดการประชุม`,
      shared: (f: LetterFacts) => `${f.organiser} รับผิดชอบค่าที่พักของผู้เข้าร่วมประชุมในระหว่างการประชุม ส่วนผู้เข้าร่วมประชุมรับผิดชอบค่าเดินทางด้วยตนเอง`,
    },
    request: (f: LetterFacts) =>
      `จึงเรียนมาเพื่อโปรดพิจารณาออกการตรวจลงตราให้แก่ผู้เข้าร่วมประชุมดังกล่าวเพื่อเดินทางมาร่วมการประชุม หากมีข้อสงสัยเกี่ยวกับหนังสือฉบับนี้ กรุณาอ้างอิงเลขที่ ${f.reference}`,
    closing: 'ขอแสดงความนับถือ',
    onBehalf: (f: LetterFacts) => `ในนาม ${f.organiser}`,
    verify: (url: string, code: string) => `ตรวจสอบความถูกต้องของหนังสือฉบับนี้ได้ที่ ${url} (รหัสตรวจสอบ ${code})`,
  },
} satisfies Record<VisaLetterLanguage, unknown>;
