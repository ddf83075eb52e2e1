/** The words of a certificate of attendance, in the languages Plenary ships. */
export interface AttendanceCertificateText {
  heading: string;
  certifies: string;
  attended: string;
  days: string;
  sessions: string;
  issued: string;
}

const TEXT: Record<string, AttendanceCertificateText> = {
  en: {
    heading: 'Certificate of attendance',
    certifies: 'This is to certify that',
    attended: 'attended',
    days: 'Days attended',
    sessions: 'Sessions attended',
    issued: 'Issued on',
  },
  vi: {
    heading: 'Giấy chứng nhận tham dự',
    certifies: 'Ban Tổ chức chứng nhận',
    attended: 'đã tham dự',
    days: 'Các ngày tham dự',
    sessions: 'Các phiên đã tham dự',
    issued: 'Cấp ngày',
  },
  th: {
    heading: 'เกียรติบัตรการเข้าร่วม',
    certifies: 'ขอมอบเกียรติบัตรฉบับนี้เพื่อแสดงว่า',
    attended: 'ได้เข้าร่วม',
    days: 'วันที่เข้าร่วม',
    sessions: 'ช่วงการประชุมที่เข้าร่วม',
    issued: 'ออกให้ ณ วันที่',
  },
};

export function attendanceCertificateText(language: string): AttendanceCertificateText {
  return TEXT[language] ?? TEXT.en;
}
