/**
 * The words of the visa invitation letter in each language it is printed in. English is what most
 * consulates read and stays the default; Thai serves the host country's own embassies and consulates.
 * A language missing here prints in English.
 */
export interface VisaLetterWords {
  title: (event: string) => string;
  reference: string;
  issued: string;
  heading: string;
  salutation: string;
  confirm: (event: string, venue: string, dates: string, zone: string) => string;
  onDay: (day: string) => string;
  fromTo: (from: string, to: string) => string;
  rows: { name: string; title: string; organisation: string; city: string; country: string; participation: string };
  request: string;
  quote: (reference: string) => string;
  closing: string;
  onBehalf: (event: string) => string;
}

export const VISA_LETTER_WORDS: Record<string, VisaLetterWords> = {
  en: {
    title: (event) => `Invitation letter — ${event}`,
    reference: 'Reference',
    issued: 'Date of issue',
    heading: 'INVITATION LETTER FOR VISA APPLICATION',
    salutation: 'To the consular officer concerned,',
    confirm: (event, venue, dates, zone) =>
      `We are pleased to confirm that the person named below is registered and confirmed as a participant in the ${event}, ` +
      `to be held at ${venue} ${dates} (dates in the local time of the venue, ${zone}).`,
    onDay: (day) => `on ${day}`,
    fromTo: (from, to) => `from ${from} to ${to}`,
    rows: { name: 'Name', title: 'Title / position', organisation: 'Organisation', city: 'City', country: 'Country', participation: 'Participation' },
    request:
      `We kindly request that the participant be granted the visa needed to attend the conference. This letter is issued solely in support ` +
      `of a visa application; it does not commit the organisers to any cost of travel, accommodation or stay unless agreed separately in writing.`,
    quote: (reference) => `Please quote the reference ${reference} in any enquiry about this letter.`,
    closing: 'Yours faithfully,',
    onBehalf: (event) => `On behalf of the organisers of the ${event}`,
  },
  th: {
    title: (event) => `หนังสือเชิญ — ${event}`,
    reference: 'เลขที่อ้างอิง',
    issued: 'วันที่ออกหนังสือ',
    heading: 'หนังสือเชิญเพื่อประกอบการขอรับการตรวจลงตรา (วีซ่า)',
    salutation: 'เรียน เจ้าหน้าที่กงสุลผู้เกี่ยวข้อง',
    confirm: (event, venue, dates, zone) =>
      `คณะผู้จัดงานขอยืนยันว่า บุคคลตามรายนามข้างล่างนี้ได้ลงทะเบียนและได้รับการยืนยันเป็นผู้เข้าร่วม ${event} ` +
      `ซึ่งจะจัดขึ้น ณ ${venue} ${dates} (วันที่ตามเวลาท้องถิ่น ณ สถานที่จัดงาน ${zone})`,
    onDay: (day) => `ในวันที่ ${day}`,
    fromTo: (from, to) => `ระหว่างวันที่ ${from} ถึงวันที่ ${to}`,
    rows: { name: 'ชื่อ-นามสกุล', title: 'ตำแหน่ง', organisation: 'หน่วยงาน', city: 'เมือง', country: 'ประเทศ', participation: 'ประเภทการเข้าร่วม' },
    request:
      'จึงเรียนมาเพื่อโปรดพิจารณาออกการตรวจลงตราให้แก่ผู้เข้าร่วมประชุมดังกล่าวเพื่อเดินทางมาร่วมการประชุม หนังสือฉบับนี้ออกให้เพื่อประกอบ' +
      'การขอรับการตรวจลงตราเท่านั้น และมิได้ผูกพันคณะผู้จัดงานในค่าใช้จ่ายใด ๆ ด้านการเดินทาง ที่พัก หรือการพำนัก เว้นแต่จะได้ตกลงกันไว้เป็นลายลักษณ์อักษร',
    quote: (reference) => `หากมีข้อสงสัยเกี่ยวกับหนังสือฉบับนี้ กรุณาอ้างอิงเลขที่ ${reference}`,
    closing: 'ขอแสดงความนับถือ',
    onBehalf: (event) => `ในนามคณะผู้จัดงาน ${event}`,
  },
};

export const visaLetterWords = (language: string): VisaLetterWords => VISA_LETTER_WORDS[language] ?? VISA_LETTER_WORDS.en;
