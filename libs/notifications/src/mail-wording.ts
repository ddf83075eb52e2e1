import MarkdownIt from 'markdown-it';
import { mailMoment } from './mail-dates.js';
import { NotificationsError } from './notifications.error.js';

export interface MailWords {
  subject: string;
  body: string;
}

/** What a kind's placeholders are computed from: the context the shipped template would be rendered with. */
export interface WordingContext {
  recipientName: string;
  language: string;
  event?: { name: string; dates: string; city: string; timeZone: string; zoneName?: string };
  links: { event: string; app: string; manage?: string };
  secret?: string;
  [data: string]: unknown;
}

type Values = (context: WordingContext) => Record<string, string | string[]>;

/** An automatic mail an organiser may re-word: its placeholders and the words it starts from. */
export interface WordableKind {
  kind: string;
  placeholders: readonly string[];
  values: Values;
  starter: Record<string, MailWords>;
}

const COMMON = ['name', 'eventName', 'eventDates', 'eventCity', 'eventLink'] as const;
// Links go in before Markdown (they sit inside link targets); lists become Markdown lists; the rest is escaped after.
const LINKS = new Set(['eventLink', 'manageLink', 'uploadLink', 'invitationLink']);

const common = (context: WordingContext) => ({
  name: context.recipientName,
  eventName: context.event?.name ?? '',
  eventDates: context.event?.dates ?? '',
  eventCity: context.event?.city ?? '',
  eventLink: context.links.event,
});
const moment = (context: WordingContext, iso: unknown) => (iso ? mailMoment(String(iso), context.event?.timeZone ?? 'UTC', context.language) : '');
const SIGN_OFF: Record<string, string> = { vi: '\n\nTrân trọng,\nBan Tổ chức {{eventName}}', th: '\n\nขอแสดงความนับถือ\nคณะผู้จัดงาน {{eventName}}' };
const DEAR: Record<string, string> = { en: 'Dear {{name}},', vi: 'Kính gửi Ông/Bà {{name}},', th: 'เรียน {{name}}' };
const PRIVATE_PAGE: Record<string, string> = {
  en: 'Your private registration page',
  vi: 'Trang đăng ký cá nhân của Quý vị',
  th: 'หน้าการลงทะเบียนส่วนตัวของท่าน',
};
const signOff = (language: string) => SIGN_OFF[language] ?? '';
const dear = (language: string) => DEAR[language] ?? DEAR.en;

function registration(message: string, extra: string[], words: Record<string, [string, string]>, more: Values = () => ({})): WordableKind {
  return {
    kind: `registration-${message}`,
    placeholders: [...COMMON, 'category', 'manageLink', ...extra],
    values: (context) => ({ ...common(context), category: String(context.category ?? ''), manageLink: context.links.manage ?? '', ...more(context) }),
    starter: Object.fromEntries(
      Object.entries(words).map(([language, [subject, sentence]]) => [
        language,
        {
          subject: `{{eventName}}: ${subject}`,
          body: `${dear(language)}\n\n${sentence}\n\n[${PRIVATE_PAGE[language] ?? PRIVATE_PAGE.en}]({{manageLink}})${signOff(language)}`,
        },
      ]),
    ),
  };
}

export const WORDABLE_KINDS: readonly WordableKind[] = [
  registration('received', [], {
    en: [
      'registration received',
      'We have received your registration for **{{eventName}}** ({{category}}). The organisers will review it and write to you again.',
    ],
    vi: [
      'đã nhận đăng ký',
      'Ban Tổ chức đã nhận được đăng ký tham dự **{{eventName}}** của Quý vị ({{category}}). Ban Tổ chức sẽ xem xét và liên hệ lại với Quý vị.',
    ],
    th: ['ได้รับการลงทะเบียนของท่านแล้ว', 'คณะผู้จัดงานได้รับการลงทะเบียนเข้าร่วม **{{eventName}}** ของท่านแล้ว ({{category}}) คณะผู้จัดงานจะพิจารณาและแจ้งให้ท่านทราบอีกครั้ง'],
  }),
  registration('confirmed', [], {
    en: ['your place is confirmed', 'Your place at **{{eventName}}** ({{eventDates}}, {{eventCity}}) is **confirmed** ({{category}}).'],
    vi: [
      'đăng ký của Quý vị đã được xác nhận',
      'Đăng ký tham dự **{{eventName}}** ({{eventDates}}, {{eventCity}}) của Quý vị đã được xác nhận ({{category}}).',
    ],
    th: ['ยืนยันที่นั่งของท่านแล้ว', 'คณะผู้จัดงานขอยืนยันที่นั่งของท่านใน **{{eventName}}** ({{eventDates}}, {{eventCity}}) แล้ว ({{category}})'],
  }),
  registration(
    'waitlisted',
    ['waitlistPosition'],
    {
      en: [
        'you are on the waiting list',
        '**{{eventName}}** is full for now. You are number **{{waitlistPosition}}** on the waiting list ({{category}}); we will write as soon as a place frees up.',
      ],
      vi: [
        'Quý vị đang trong danh sách chờ',
        '**{{eventName}}** hiện đã hết chỗ. Quý vị đang ở vị trí thứ **{{waitlistPosition}}** trong danh sách chờ ({{category}}); Ban Tổ chức sẽ thông báo ngay khi có chỗ trống.',
      ],
      th: [
        'ท่านอยู่ในรายชื่อสำรอง',
        'ขณะนี้ **{{eventName}}** มีผู้ลงทะเบียนเต็มแล้ว ท่านอยู่ในรายชื่อสำรองลำดับที่ **{{waitlistPosition}}** ({{category}}) คณะผู้จัดงานจะแจ้งให้ท่านทราบทันทีเมื่อมีที่นั่งว่าง',
      ],
    },
    (context) => ({ waitlistPosition: String(context.waitlistPosition ?? '') }),
  ),
  registration(
    'offered',
    ['offerExpires'],
    {
      en: [
        'a place is offered to you',
        'A place at **{{eventName}}** has freed up. It is held for you until **{{offerExpires}}**: accept it from your registration page before then, or it goes to the next person on the list.',
      ],
      vi: [
        'một chỗ đang được giữ cho Quý vị',
        '**{{eventName}}** đã có một chỗ trống. Chỗ này được giữ cho Quý vị đến **{{offerExpires}}**: đề nghị Quý vị nhận chỗ trên trang đăng ký cá nhân trước thời hạn này.',
      ],
      th: [
        'มีที่นั่งเสนอให้ท่าน',
        '**{{eventName}}** มีที่นั่งว่างหนึ่งที่ ซึ่งสำรองไว้ให้ท่านจนถึง **{{offerExpires}}** กรุณาตอบรับที่นั่งจากหน้าการลงทะเบียนส่วนตัวของท่านภายในกำหนดเวลาดังกล่าว มิฉะนั้นที่นั่งจะมอบให้ผู้ลำดับถัดไป',
      ],
    },
    (context) => ({ offerExpires: moment(context, context.offerExpiresAt) }),
  ),
  {
    kind: 'agenda-promoted',
    placeholders: [...COMMON, 'sessionTitle', 'startsAt', 'room'],
    values: (context) => ({
      ...common(context),
      sessionTitle: String(context.sessionTitle ?? ''),
      startsAt: moment(context, context.startsAt),
      room: String(context.room ?? ''),
    }),
    starter: {
      en: {
        subject: '{{eventName}}: a seat at "{{sessionTitle}}" is yours',
        body: 'Dear {{name}},\n\nGood news: a seat has freed up at **{{sessionTitle}}**, {{startsAt}}, {{room}}. You were next on the waiting list, so the seat is now yours and the session is in your personal agenda.\n\nIf you can no longer attend, please leave the session from your registration page so that the next delegate on the list gets the seat.',
      },
      vi: {
        subject: '{{eventName}}: Quý vị đã có chỗ tại phiên "{{sessionTitle}}"',
        body: 'Kính gửi Ông/Bà {{name}},\n\nPhiên **{{sessionTitle}}** ({{startsAt}}, {{room}}) đã có chỗ trống và chỗ này đã được dành cho Quý vị theo thứ tự danh sách chờ; phiên đã được thêm vào lịch tham dự của Quý vị.\n\nNếu không thể tham dự, đề nghị Quý vị hủy đăng ký phiên trên trang đăng ký cá nhân để nhường chỗ cho đại biểu tiếp theo.\n\nTrân trọng,\nBan Tổ chức {{eventName}}',
      },
      th: {
        subject: '{{eventName}}: ท่านได้รับที่นั่งใน "{{sessionTitle}}" แล้ว',
        body: 'เรียน {{name}}\n\nคณะผู้จัดงานยินดีแจ้งให้ทราบว่า **{{sessionTitle}}** {{startsAt}} ห้อง {{room}} มีที่นั่งว่าง ท่านเป็นลำดับถัดไปในรายชื่อสำรอง ที่นั่งดังกล่าวจึงเป็นของท่าน และช่วงการประชุมนี้ได้เพิ่มลงในกำหนดการส่วนตัวของท่านแล้ว\n\nหากท่านไม่สามารถเข้าร่วมได้ กรุณาถอนตัวจากช่วงการประชุมนี้ในหน้าการลงทะเบียนของท่าน เพื่อให้ผู้เข้าร่วมประชุมลำดับถัดไปได้รับที่นั่ง\n\nขอแสดงความนับถือ\nคณะผู้จัดงาน {{eventName}}',
      },
    },
  },
  {
    kind: 'programme-changed',
    placeholders: [...COMMON, 'version', 'changes', 'timeZone'],
    values: (context) => ({
      ...common(context),
      version: String(context.version ?? ''),
      changes: (context.changes as string[] | undefined) ?? [],
      // Vietnamese and Thai name the zone in their own words ("เวลาอินโดจีน (GMT+7)") rather than by its IANA id.
      timeZone: context.language === 'en' ? String(context.timeZone ?? context.event?.timeZone ?? '') : (context.event?.zoneName ?? ''),
    }),
    starter: {
      en: {
        subject: '{{eventName}}: the programme has changed (v{{version}})',
        body: 'Dear {{name}},\n\nVersion {{version}} of the programme of **{{eventName}}** changes sessions that concern you:\n\n{{changes}}\n\nTimes are in {{timeZone}}. [The full programme]({{eventLink}})',
      },
      vi: {
        subject: '{{eventName}}: chương trình đã thay đổi (phiên bản {{version}})',
        body: 'Kính gửi Ông/Bà {{name}},\n\nPhiên bản {{version}} của chương trình **{{eventName}}** có thay đổi liên quan đến Quý vị:\n\n{{changes}}\n\nThời gian theo {{timeZone}}. [Toàn bộ chương trình]({{eventLink}})\n\nTrân trọng,\nBan Tổ chức {{eventName}}',
      },
      th: {
        subject: '{{eventName}}: กำหนดการมีการเปลี่ยนแปลง (ฉบับที่ {{version}})',
        body: 'เรียน {{name}}\n\nกำหนดการของ **{{eventName}}** ฉบับที่ {{version}} มีการเปลี่ยนแปลงช่วงการประชุมที่เกี่ยวข้องกับท่าน ดังนี้\n\n{{changes}}\n\nเวลาทั้งหมดตาม{{timeZone}} [กำหนดการฉบับเต็ม]({{eventLink}})\n\nขอแสดงความนับถือ\nคณะผู้จัดงาน {{eventName}}',
      },
    },
  },
  {
    kind: 'slides-reminder',
    placeholders: [...COMMON, 'talkTitle', 'session', 'startsAt', 'uploadLink'],
    values: (context) => {
      const slot = (context.slot ?? {}) as { title?: string; session?: string; start?: string };
      return {
        ...common(context),
        talkTitle: slot.title ?? '',
        session: slot.session ?? '',
        startsAt: moment(context, slot.start),
        uploadLink: context.links.app,
      };
    },
    starter: {
      en: {
        subject: '{{eventName}}: your slides are due',
        body: 'Dear {{name}},\n\nYour slides are due for **{{talkTitle}}** ({{session}}), {{startsAt}}.\n\n[Upload them from your speaker page]({{uploadLink}}).',
      },
      vi: {
        subject: '{{eventName}}: đến hạn nộp bài trình chiếu',
        body: 'Kính gửi Ông/Bà {{name}},\n\nĐã đến hạn nộp bài trình chiếu (slide) cho bài trình bày **{{talkTitle}}** ({{session}}), {{startsAt}}.\n\n[Vui lòng tải bài trình chiếu lên tại trang diễn giả]({{uploadLink}}).\n\nTrân trọng,\nBan Tổ chức {{eventName}}',
      },
      th: {
        subject: '{{eventName}}: ถึงกำหนดส่งสไลด์นำเสนอของท่านแล้ว',
        body: 'เรียน {{name}}\n\nขณะนี้ถึงกำหนดส่งสไลด์นำเสนอสำหรับการบรรยาย **{{talkTitle}}** ({{session}}) {{startsAt}} แล้ว\n\n[กรุณาอัปโหลดสไลด์จากหน้าวิทยากรของท่าน]({{uploadLink}})\n\nขอแสดงความนับถือ\nคณะผู้จัดงาน {{eventName}}',
      },
    },
  },
  {
    kind: 'speaker-invitation',
    placeholders: [...COMMON, 'talks', 'invitationLink', 'expiresAt'],
    values: (context) => {
      const slots = (context.slots ?? []) as { title: string; session: string; start: string }[];
      return {
        ...common(context),
        talks: slots.map((slot) => `${slot.title} (${slot.session}), ${moment(context, slot.start)}`),
        invitationLink: `${context.links.event}/speaker-invitations/${context.secret ?? ''}`,
        expiresAt: moment(context, context.expiresAt),
      };
    },
    starter: {
      en: {
        subject: '{{eventName}}: you are invited to speak',
        body: 'Dear {{name}},\n\nThe organisers of **{{eventName}}** ({{eventDates}}, {{eventCity}}) invite you to speak:\n\n{{talks}}\n\n[Accept or decline the invitation]({{invitationLink}}) (the link works once, until {{expiresAt}}; keep it to yourself).',
      },
      vi: {
        subject: '{{eventName}}: thư mời tham gia trình bày',
        body: 'Kính gửi Ông/Bà {{name}},\n\nBan Tổ chức **{{eventName}}** ({{eventDates}}, {{eventCity}}) trân trọng kính mời Ông/Bà tham gia trình bày tại Hội nghị:\n\n{{talks}}\n\n[Xác nhận nhận lời hoặc từ chối]({{invitationLink}}) (chỉ dùng được một lần, hiệu lực đến {{expiresAt}}; vui lòng không chia sẻ).\n\nTrân trọng,\nBan Tổ chức {{eventName}}',
      },
      th: {
        subject: '{{eventName}}: ขอเรียนเชิญท่านเป็นวิทยากร',
        body: 'เรียน {{name}}\n\nคณะผู้จัดงาน **{{eventName}}** ({{eventDates}}, {{eventCity}}) ขอเรียนเชิญท่านเป็นวิทยากรในการบรรยายต่อไปนี้\n\n{{talks}}\n\n[ตอบรับหรือปฏิเสธคำเชิญ]({{invitationLink}}) (ลิงก์ใช้ได้ครั้งเดียวจนถึง {{expiresAt}} กรุณาเก็บไว้เป็นความลับ)\n\nขอแสดงความนับถือ\nคณะผู้จัดงาน {{eventName}}',
      },
    },
  },
];

export function wordableKind(kind: string): WordableKind | undefined {
  return WORDABLE_KINDS.find((candidate) => candidate.kind === kind);
}

export const WORDING_SUBJECT_LIMIT = 300;
export const WORDING_BODY_LIMIT = 20_000;
const PLACEHOLDER = /\{\{\s*([^{}]*?)\s*\}\}/g;
// Raw HTML typed into the words is shown as text: an organiser's paste cannot inject markup.
const markdown = new MarkdownIt({ html: false, linkify: true, breaks: true });

/** Refuses words naming a placeholder the kind does not have (422), or too long for a mail (413). */
export function checkWording(kind: WordableKind, language: string, words: MailWords): void {
  for (const [field, value, limit] of [
    ['subject', words.subject, WORDING_SUBJECT_LIMIT],
    ['body', words.body, WORDING_BODY_LIMIT],
  ] as const) {
    if (value.length > limit) {
      throw new NotificationsError('MAIL_WORDING_TOO_LARGE', `The ${field} is longer than ${limit} characters`, { language, field, limit });
    }
    for (const [, name] of value.matchAll(PLACEHOLDER)) {
      if (!kind.placeholders.includes(name)) {
        throw new NotificationsError('MAIL_PLACEHOLDER_UNKNOWN', `The ${field} uses {{${name}}}, which this mail does not have`, {
          placeholder: name,
          language,
          field,
          known: [...kind.placeholders],
        });
      }
    }
  }
}

/** The organiser's words for one recipient: plain subject and text, the body as safe HTML. */
export function renderWording(words: MailWords, values: Record<string, string | string[]>) {
  const escapeMarkdown = (item: string) => item.replace(/[\\`*_[\]<>#|~]/g, '\\$&');
  const plain = (name: string) => {
    const value = values[name] ?? '';
    return Array.isArray(value) ? value.map((item) => `- ${item}`).join('\n') : value;
  };
  const beforeMarkdown = words.body.replace(PLACEHOLDER, (whole, name: string) => {
    const value = values[name];
    if (Array.isArray(value)) return value.map((item) => `- ${escapeMarkdown(item)}`).join('\n');
    return LINKS.has(name) ? (value ?? '') : whole;
  });
  const html = markdown.render(beforeMarkdown).replace(PLACEHOLDER, (whole, name: string) => (name in values ? escapeHtml(plain(name)) : whole));
  return {
    subject: words.subject
      .replace(PLACEHOLDER, (_whole, name: string) => plain(name))
      .replace(/[\r\n\u2028\u2029]+/g, ' ')
      .trim(),
    text: words.body.replace(PLACEHOLDER, (_whole, name: string) => plain(name)).replace(/\n{3,}/g, '\n\n'),
    html,
  };
}

function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`);
}
