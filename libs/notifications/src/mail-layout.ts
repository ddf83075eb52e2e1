/**
 * The words of the mail layout around every message (header, button, footer), per language. The
 * messages themselves live in templates/<kind>/; these are shared by all kinds.
 */
export interface LayoutWords {
  organisedBy: string;
  /** {event} is replaced by the event's name. */
  reasonTransactional: string;
  reasonOptional: string;
  reasonAccount: string;
  unsubscribe: string;
  manage: string;
  event: string;
}

export const LAYOUT_WORDS: Record<string, LayoutWords> = {
  en: {
    organisedBy: 'Organised by',
    reasonTransactional: 'You receive this message because of your registration, role or account at {event}.',
    reasonOptional: 'You receive this message as a participant of {event}.',
    reasonAccount: 'You receive this message because of your Plenary account.',
    unsubscribe: 'Stop receiving messages of this kind',
    manage: 'Your registration page',
    event: 'View the event',
  },
  vi: {
    organisedBy: 'Đơn vị tổ chức:',
    reasonTransactional: 'Quý vị nhận được thư này vì đăng ký, vai trò hoặc tài khoản của Quý vị tại {event}.',
    reasonOptional: 'Quý vị nhận được thư này với tư cách người tham dự {event}.',
    reasonAccount: 'Quý vị nhận được thư này vì tài khoản Plenary của Quý vị.',
    unsubscribe: 'Ngừng nhận loại thư này',
    manage: 'Trang đăng ký của Quý vị',
    event: 'Xem thông tin sự kiện',
  },
  th: {
    organisedBy: 'จัดโดย',
    reasonTransactional: 'ท่านได้รับข้อความนี้เนื่องจากการลงทะเบียน บทบาท หรือบัญชีผู้ใช้ของท่านในงาน {event}',
    reasonOptional: 'ท่านได้รับข้อความนี้ในฐานะผู้เข้าร่วมงาน {event}',
    reasonAccount: 'ท่านได้รับข้อความนี้เนื่องจากบัญชีผู้ใช้ Plenary ของท่าน',
    unsubscribe: 'ยกเลิกการรับข้อความประเภทนี้',
    manage: 'หน้าการลงทะเบียนของท่าน',
    event: 'ดูข้อมูลงานประชุม',
  },
};

export function layoutWords(language: string): LayoutWords {
  return LAYOUT_WORDS[language] ?? LAYOUT_WORDS.en;
}

/** What the layout shows around a message: filled in by the deliverer from the kind and the row. */
export interface MailFrame {
  button?: { url: string; label: string };
  reason: string;
  organiser?: string;
  unsubscribe?: { url: string; label: string };
}

/**
 * A plain-text part a person can read: no trailing spaces, at most one blank line in a row
 * (templates with optional sections leave gaps where a section is off), no leading/trailing blank lines.
 */
export function tidyText(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .replace(/^(?!-- $)(.*?)[ \t]+$/gm, '$1')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/**
 * Adds `lang=<language>` to every link into the app (those starting with `base`), in HTML
 * attributes (where `&` is written `&amp;`) and in plain text, unless the link already names one.
 */
export function linksInLanguage(content: string, base: string, language: string, html: boolean): string {
  const escaped = base.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
  const pattern = new RegExp(`${escaped}(?=[/?#"'\\s<]|$)[^\\s"'<>]*`, 'g');
  return content.replace(pattern, (url) => {
    // In HTML, Handlebars writes "=" as "&#x3D;": that "#" starts an entity, not the fragment.
    const hashAt = url.search(html ? /(?<!&)#/ : /#/);
    const [path, hash] = hashAt === -1 ? [url, ''] : [url.slice(0, hashAt), url.slice(hashAt)];
    if (/[?&](?:amp;)?lang=/.test(path)) return url;
    const joiner = path.includes('?') ? (html ? '&amp;' : '&') : '?';
    return `${path}${joiner}lang=${encodeURIComponent(language)}${hash}`;
  });
}
