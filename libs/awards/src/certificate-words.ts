import { documentDate } from '@app/documents';

/**
 * The printed words of certificates in each shipped language (vi after the translator's glossary: "giấy chứng
 * nhận", "Mạng lưới … toàn cầu của UNESCO", "công nhận là thành viên"; th after docs/l10n/th-glossary.md:
 * "เกียรติบัตร", "เกียรติบัตรการเป็นสมาชิก", "รับเป็นสมาชิก").
 */
export interface CertificateWords {
  award: { heading: string; conferral: string };
  membership: { heading: string; honour: string; conferral: string; admitted: (day: string) => string };
}

export const CERTIFICATE_WORDS: Record<string, CertificateWords> = {
  en: {
    award: { heading: 'Certificate', conferral: 'is awarded to' },
    membership: {
      heading: 'Certificate of membership',
      honour: 'UNESCO Global Network of Learning Cities',
      conferral: 'welcomes as a member',
      admitted: (day) => `Admitted by UNESCO on ${day}`,
    },
  },
  vi: {
    award: { heading: 'Giấy chứng nhận', conferral: 'được trao cho' },
    membership: {
      heading: 'Giấy chứng nhận thành viên',
      honour: 'Mạng lưới Thành phố học tập toàn cầu của UNESCO',
      conferral: 'công nhận là thành viên',
      admitted: (day) => `Được UNESCO công nhận là thành viên ngày ${day}`,
    },
  },
  th: {
    award: { heading: 'เกียรติบัตร', conferral: 'มอบให้แก่' },
    membership: {
      heading: 'เกียรติบัตรการเป็นสมาชิก',
      honour: 'เครือข่ายเมืองแห่งการเรียนรู้โลกของยูเนสโก',
      conferral: 'ยินดีต้อนรับสมาชิกใหม่',
      admitted: (day) => `ยูเนสโกรับเป็นสมาชิกเมื่อ ${day}`,
    },
  },
};

/** The language a certificate is printed in: the one asked for when its words exist, else English. */
export function certificateLanguage(language: string | undefined): string {
  return language && CERTIFICATE_WORDS[language] ? language : 'en';
}

/** An admission date (YYYY-MM-DD) written as the certificate's language writes days. */
export function admissionDay(isoDate: string, language: string): string {
  return documentDate(isoDate, language);
}
