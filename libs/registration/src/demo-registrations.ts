import type { EntityManager } from 'typeorm';
import { demoAccountIds } from '@app/auth';
import { type DemoProgramme, sessionSeats } from '@app/programme';
import { newBadgeCode, newManagementToken } from './management-token.js';

/*
 * The demo conference's delegates: about two hundred made-up people in city delegations from the ASEAN+3
 * countries, UNESCO and partner staff, and a few observers, registered between August and October 2024.
 * Every name is invented (drawn from common given and family names by a seeded generator, so each demo
 * load is the same) and every address is under example.org, which is reserved and reaches no one.
 */

const PRIVACY_NOTICE_VERSION = '2024-1';
const WINDOW_DAYS = 86; // 1 August to 25 October 2024
const OBSERVER_QUOTA = 12;

type Country = 'VN' | 'TH' | 'ID' | 'MY' | 'PH' | 'SG' | 'KH' | 'LA' | 'MM' | 'BN' | 'CN' | 'JP' | 'KR';

interface DemoDelegation {
  city: string;
  country: Country;
  gnlcMember: boolean;
  size: number;
  /** The head's organisation first, then the members'. */
  organisations: string[];
}

// The cities of the demo awards (GNLC members), with a few more cities that came without being members.
const DELEGATIONS: DemoDelegation[] = [
  {
    city: 'Sa Đéc',
    country: 'VN',
    gnlcMember: true,
    size: 10,
    organisations: [
      'Ủy ban nhân dân thành phố Sa Đéc',
      'Phòng Giáo dục và Đào tạo thành phố Sa Đéc',
      'Trung tâm học tập cộng đồng Phường 1, thành phố Sa Đéc',
      'Trường Đại học Đồng Tháp',
    ],
  },
  {
    city: 'Vinh',
    country: 'VN',
    gnlcMember: true,
    size: 12,
    organisations: ['Ủy ban nhân dân thành phố Vinh', 'Phòng Giáo dục và Đào tạo thành phố Vinh', 'Trường Đại học Vinh', 'Hội Khuyến học thành phố Vinh'],
  },
  {
    city: 'Cao Lãnh',
    country: 'VN',
    gnlcMember: true,
    size: 8,
    organisations: ['Ủy ban nhân dân thành phố Cao Lãnh', 'Phòng Giáo dục và Đào tạo thành phố Cao Lãnh', 'Trường Đại học Đồng Tháp'],
  },
  {
    city: 'Ho Chi Minh City',
    country: 'VN',
    gnlcMember: true,
    size: 15,
    organisations: [
      'Ủy ban nhân dân Thành phố Hồ Chí Minh',
      'Sở Giáo dục và Đào tạo Thành phố Hồ Chí Minh',
      'Đại học Quốc gia Thành phố Hồ Chí Minh',
      'Trường Đại học Sư phạm Thành phố Hồ Chí Minh',
      'Hội Khuyến học Thành phố Hồ Chí Minh',
    ],
  },
  {
    city: 'Sơn La',
    country: 'VN',
    gnlcMember: true,
    size: 9,
    organisations: ['Ủy ban nhân dân thành phố Sơn La', 'Phòng Giáo dục và Đào tạo thành phố Sơn La', 'Trường Đại học Tây Bắc'],
  },
  {
    city: 'Chiang Mai',
    country: 'TH',
    gnlcMember: true,
    size: 9,
    organisations: ['Chiang Mai Municipality', 'Chiang Mai University', 'Chiang Mai Provincial Office of Learning Encouragement'],
  },
  {
    city: 'Sukhothai',
    country: 'TH',
    gnlcMember: true,
    size: 6,
    organisations: ['Sukhothai Municipality', 'Sukhothai Provincial Office of Learning Encouragement'],
  },
  {
    city: 'Bangkok',
    country: 'TH',
    gnlcMember: false,
    size: 10,
    organisations: ['Bangkok Metropolitan Administration', 'Chulalongkorn University', 'Ministry of Higher Education, Science, Research and Innovation'],
  },
  { city: 'Suwon', country: 'KR', gnlcMember: true, size: 9, organisations: ['Suwon Special City', 'Suwon Lifelong Learning Center', 'Ajou University'] },
  { city: 'Yeonsu-gu', country: 'KR', gnlcMember: true, size: 6, organisations: ['Yeonsu-gu Office, Incheon', 'Yeonsu-gu Lifelong Learning Center'] },
  {
    city: 'Okayama',
    country: 'JP',
    gnlcMember: true,
    size: 8,
    organisations: ['Okayama City', 'Okayama City Kominkan (community learning centres)', 'Okayama University'],
  },
  {
    city: 'Wuhan',
    country: 'CN',
    gnlcMember: true,
    size: 9,
    organisations: ['Wuhan Municipal Education Bureau', 'Wuhan Open University', 'Central China Normal University'],
  },
  { city: 'Chengdu', country: 'CN', gnlcMember: false, size: 6, organisations: ['Chengdu Municipal Education Bureau', 'Chengdu Community University'] },
  { city: 'Surabaya', country: 'ID', gnlcMember: true, size: 7, organisations: ['Surabaya City Government', 'Universitas Negeri Surabaya'] },
  { city: 'Petaling Jaya', country: 'MY', gnlcMember: true, size: 6, organisations: ['Majlis Bandaraya Petaling Jaya', 'Universiti Malaya'] },
  { city: 'Puerto Princesa', country: 'PH', gnlcMember: true, size: 6, organisations: ['City Government of Puerto Princesa', 'Palawan State University'] },
  { city: 'Singapore', country: 'SG', gnlcMember: false, size: 4, organisations: ['SkillsFuture Singapore', 'National Library Board'] },
  { city: 'Phnom Penh', country: 'KH', gnlcMember: false, size: 5, organisations: ['Phnom Penh Capital Administration', 'Royal University of Phnom Penh'] },
  {
    city: 'Vientiane',
    country: 'LA',
    gnlcMember: false,
    size: 5,
    organisations: ['Vientiane Capital Education and Sports Service', 'National University of Laos'],
  },
  { city: 'Yangon', country: 'MM', gnlcMember: false, size: 4, organisations: ['Yangon City Development Committee', 'Yangon University of Education'] },
  {
    city: 'Bandar Seri Begawan',
    country: 'BN',
    gnlcMember: false,
    size: 3,
    organisations: ['Bandar Seri Begawan Municipal Department', 'Universiti Brunei Darussalam'],
  },
];

// UNESCO and partner staff register one by one, without a delegation.
const PARTNERS: [organisation: string, city: string, country: Country | 'DE', count: number][] = [
  ['UNESCO Bangkok (Asia and Pacific Regional Bureau for Education)', 'Bangkok', 'TH', 8],
  ['UNESCO Institute for Lifelong Learning', 'Hamburg', 'DE', 4],
  ['UNESCO Office in Hanoi', 'Hà Nội', 'VN', 2],
  ['UNESCO Office in Jakarta', 'Jakarta', 'ID', 2],
  ['SEAMEO Regional Centre for Lifelong Learning (SEAMEO CELLL)', 'Ho Chi Minh City', 'VN', 2],
  ['Bộ Giáo dục và Đào tạo', 'Hà Nội', 'VN', 2],
  ['Korean National Commission for UNESCO', 'Seoul', 'KR', 1],
  ['Japanese National Commission for UNESCO', 'Tokyo', 'JP', 1],
  ['Mahidol University', 'Nakhon Pathom', 'TH', 2],
  ['Seoul National University', 'Seoul', 'KR', 1],
  ['Đại học Quốc gia Hà Nội', 'Hà Nội', 'VN', 1],
];

const OBSERVERS: [organisation: string, city: string, country: Country][] = [
  ['Asia South Pacific Association for Basic and Adult Education', 'Manila', 'PH'],
  ['Chulalongkorn University (graduate student)', 'Bangkok', 'TH'],
  ['Trường Đại học Giáo dục, Đại học Quốc gia Hà Nội', 'Hà Nội', 'VN'],
  ['Korea Institute for Lifelong Education', 'Seoul', 'KR'],
  ['Learning city network of Thailand', 'Khon Kaen', 'TH'],
  ['Universitas Pendidikan Indonesia', 'Bandung', 'ID'],
  ['National Institute for Educational Policy Research', 'Tokyo', 'JP'],
  ['Beijing Normal University', 'Beijing', 'CN'],
  ['Viện Khoa học Giáo dục Việt Nam', 'Hà Nội', 'VN'],
  ['Universiti Sains Malaysia', 'Penang', 'MY'],
  ['Open University of the Philippines', 'Los Baños', 'PH'],
  ['Khon Kaen University', 'Khon Kaen', 'TH'],
  ['Hiệp hội các trường đại học, cao đẳng Việt Nam', 'Hà Nội', 'VN'],
  ['Lao Women’s Union', 'Vientiane', 'LA'],
  ['Cambodian Children’s Trust', 'Battambang', 'KH'],
];

// Name pools. Chinese and Japanese delegates sometimes register in their own script, sometimes romanised.
const VN_FAMILY = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Huỳnh', 'Phan', 'Vũ', 'Võ', 'Đặng', 'Bùi', 'Đỗ', 'Hồ', 'Ngô', 'Dương', 'Lý'];
const VN_MIDDLE = { female: ['Thị', 'Ngọc', 'Thu', 'Hồng', 'Thanh', 'Kim'], male: ['Văn', 'Đức', 'Quốc', 'Hữu', 'Minh', 'Công'] };
const VN_GIVEN = {
  female: ['Anh', 'Châu', 'Giang', 'Hà', 'Hạnh', 'Hương', 'Khánh', 'Linh', 'Mai', 'Ngân', 'Phương', 'Quyên', 'Thảo', 'Trâm', 'Uyên', 'Vân', 'Yến', 'Nhung'],
  male: ['An', 'Bình', 'Dũng', 'Hải', 'Hiếu', 'Khoa', 'Long', 'Nam', 'Phong', 'Quang', 'Sơn', 'Tâm', 'Thắng', 'Trung', 'Tuấn', 'Việt', 'Huy', 'Đạt'],
};
const TH_GIVEN = [
  'Anong',
  'Chanida',
  'Kittisak',
  'Nattapong',
  'Pimchanok',
  'Siriporn',
  'Supachai',
  'Thanawat',
  'Wanida',
  'Pornthip',
  'Jirayu',
  'Kanokwan',
  'Narong',
  'Ratana',
  'Sasithorn',
  'Apichart',
];
const TH_FAMILY = [
  'Srisuk',
  'Wongsawat',
  'Chaiyaporn',
  'Rattanakorn',
  'Boonmee',
  'Thongdee',
  'Kaewkla',
  'Phromma',
  'Saetang',
  'Intharasuwan',
  'Jaidee',
  'Somboon',
];
const KR_FAMILY = ['Kim', 'Lee', 'Park', 'Choi', 'Jung', 'Kang', 'Cho', 'Yoon', 'Jang', 'Lim', 'Han', 'Shin'];
const KR_GIVEN = [
  'Ji-hoon',
  'Seo-yeon',
  'Min-seo',
  'Hyun-woo',
  'Ji-woo',
  'Soo-jin',
  'Dong-hyun',
  'Eun-ji',
  'Jae-won',
  'Ha-eun',
  'Sung-min',
  'Ye-jin',
  'Young-ho',
  'Mi-kyung',
];
const CN_FAMILY: [string, string][] = [
  ['王', 'Wang'],
  ['李', 'Li'],
  ['张', 'Zhang'],
  ['刘', 'Liu'],
  ['杨', 'Yang'],
  ['赵', 'Zhao'],
  ['黄', 'Huang'],
  ['周', 'Zhou'],
  ['吴', 'Wu'],
  ['徐', 'Xu'],
];
const CN_GIVEN: [string, string][] = [
  ['芳', 'Fang'],
  ['静', 'Jing'],
  ['敏', 'Min'],
  ['磊', 'Lei'],
  ['婷', 'Ting'],
  ['强', 'Qiang'],
  ['丽娟', 'Lijuan'],
  ['志刚', 'Zhigang'],
  ['晓燕', 'Xiaoyan'],
  ['建华', 'Jianhua'],
  ['海燕', 'Haiyan'],
  ['文博', 'Wenbo'],
];
const JP_FAMILY: [string, string][] = [
  ['田中', 'Tanaka'],
  ['鈴木', 'Suzuki'],
  ['高橋', 'Takahashi'],
  ['伊藤', 'Ito'],
  ['渡辺', 'Watanabe'],
  ['山本', 'Yamamoto'],
  ['中村', 'Nakamura'],
  ['小林', 'Kobayashi'],
  ['加藤', 'Kato'],
  ['吉田', 'Yoshida'],
];
const JP_GIVEN: [string, string][] = [
  ['浩', 'Hiroshi'],
  ['恵子', 'Keiko'],
  ['健一', 'Kenichi'],
  ['美咲', 'Misaki'],
  ['直樹', 'Naoki'],
  ['由美', 'Yumi'],
  ['大輔', 'Daisuke'],
  ['陽子', 'Yoko'],
  ['翔太', 'Shota'],
  ['千尋', 'Chihiro'],
];
const ID_GIVEN = ['Budi', 'Siti', 'Dewi', 'Agus', 'Rina', 'Eko', 'Putri', 'Hendra', 'Wahyu', 'Indah', 'Fajar', 'Ayu'];
const ID_FAMILY = ['Santoso', 'Rahmawati', 'Lestari', 'Setiawan', 'Wulandari', 'Prasetyo', 'Gunawan', 'Hidayat', 'Kurniawan', 'Saputra'];
const PH_GIVEN = ['Maria Cristina', 'Jose Miguel', 'Ana Liza', 'Mark Anthony', 'Jennifer', 'Ramon', 'Rowena', 'Carlo', 'Liza Mae', 'Paolo'];
const PH_FAMILY = ['Santos', 'Reyes', 'Cruz', 'Bautista', 'Villanueva', 'Garcia', 'Mendoza', 'Dela Cruz', 'Aquino', 'Ramos'];
const KH_FAMILY = ['Sok', 'Chan', 'Heng', 'Meas', 'Chea', 'Keo', 'Phan', 'Ly'];
const KH_GIVEN = ['Dara', 'Sophea', 'Vuthy', 'Sreymom', 'Rithy', 'Channary', 'Bopha', 'Sokha', 'Pisey'];
const LA_GIVEN = ['Souksavanh', 'Khamphone', 'Phonesavanh', 'Vilayvanh', 'Bounmy', 'Manivanh', 'Chanthala', 'Soulivong'];
const LA_FAMILY = ['Phommachanh', 'Sisouphanh', 'Vongphachanh', 'Keomany', 'Inthavong', 'Chanthavong'];
const WHOLE_NAMES: Partial<Record<Country, string[]>> = {
  MY: [
    'Nur Aisyah binti Ahmad',
    'Mohd Hafiz bin Ismail',
    'Tan Mei Ling',
    'Lim Wei Jie',
    'Kavitha Subramaniam',
    'Farah Nadia binti Yusof',
    'Ahmad Faiz bin Rahman',
    'Wong Kar Seng',
    'Siti Hajar binti Kamal',
  ],
  SG: ['Tan Wei Ming', 'Siti Aminah binti Osman', 'Rajesh Kumar', 'Chloe Lim Hui Min', 'Goh Boon Keng'],
  MM: ['Aung Kyaw Moe', 'Thandar Win', 'Zaw Min Htet', 'Ei Mon Kyaw', 'Hnin Wai Phyo', 'Kyaw Zin Oo'],
  BN: ['Muhammad Hazwan bin Haji Abdullah', 'Nurul Huda binti Haji Ismail', 'Awang Mohd Faizal bin Awang Ahmad', 'Dayang Siti Khadijah binti Haji Omar'],
};

const VN_TITLES = {
  head: 'Phó Chủ tịch Ủy ban nhân dân',
  members: ['Trưởng phòng', 'Phó Trưởng phòng', 'Chuyên viên', 'Giảng viên', 'Giám đốc Trung tâm', 'Phó Giám đốc'],
};
const EN_TITLES = {
  head: 'Deputy Mayor',
  members: ['Director', 'Deputy Director', 'Programme Officer', 'Senior Officer', 'Lecturer', 'Researcher', 'Coordinator', 'Head of Division'],
};

interface DemoPerson {
  ord: number;
  category: 'delegate' | 'partner' | 'observer';
  delegationCity: string | null;
  isHead: boolean;
  state: 'pending' | 'confirmed' | 'waitlisted' | 'cancelled';
  fullName: string;
  title: string;
  organisation: string;
  city: string;
  country: string;
  email: string;
  language: 'vi' | 'en';
  dietaryChoices: string[];
  accessibilityChoices: string[];
  visaLetterNeeded: boolean;
  tokenHash: string;
  badgeCode: string;
  createdAt: string;
  confirmedAt: string | null;
  cancelledAt: string | null;
}

/** mulberry32: a tiny seeded generator, so the demo is the same on every machine. */
function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Inserts the demo's delegates into its (already inserted) event and programme: registration settings and
 * categories, the delegations and their members, personal agendas for the parallel sessions, and the first
 * check-ins of 29 October. Set-based: a handful of statements whatever the number of delegates. The
 * counters the services keep atomically (places, category quotas, session seats) are then set from the
 * rows, so they agree with them exactly.
 *
 * Nothing goes to the notification outbox: these people are invented and there is no one to tell.
 */
export async function insertDemoRegistrations(manager: EntityManager, eventId: string, programme: DemoProgramme): Promise<void> {
  const random = seeded(20241029);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)];
  const chance = (p: number) => random() < p;
  const usedEmails = new Set<string>();
  const usedNames = new Set<string>();

  // Bangkok local time (UTC+7, no daylight saving) of a day of the registration window.
  const at = (day: number, hour: number, minute: number): Date => new Date(Date.UTC(2024, 7, 1 + day, hour - 7, minute));
  // More registrations as the deadline nears, with a lull in August.
  const registrationDay = () => Math.min(WINDOW_DAYS - 1, Math.floor(WINDOW_DAYS * Math.pow(random(), 0.55)));
  // Office hours on a working day: a weekend's registration moves to the Friday before.
  const officeTime = (day: number) => {
    const weekday = at(day, 12, 0).getUTCDay();
    const workday = day - (weekday === 6 ? 1 : weekday === 0 ? 2 : 0);
    // From 09:00, when registration opened on 1 August, to 17:59.
    return at(Math.max(0, workday), 9 + Math.floor(random() * 9), Math.floor(random() * 60));
  };
  const approvalOf = (created: Date) => new Date(created.getTime() + (18 + Math.floor(random() * 60)) * 3600_000);

  const name = (country: Country): { fullName: string; emailName: string } => {
    for (let attempt = 0; ; attempt++) {
      if (attempt === 1000) throw new Error(`The demo's name pool for ${country} is too small for its delegates`);
      const candidate = personName(country);
      if (!usedNames.has(candidate.fullName)) {
        usedNames.add(candidate.fullName);
        return candidate;
      }
    }
  };
  const personName = (country: Country): { fullName: string; emailName: string } => {
    const female = chance(0.55);
    switch (country) {
      case 'VN': {
        const family = pick(VN_FAMILY);
        const middle = pick(female ? VN_MIDDLE.female : VN_MIDDLE.male);
        const given = pick(female ? VN_GIVEN.female : VN_GIVEN.male);
        return { fullName: `${family} ${middle} ${given}`, emailName: `${given}.${family}` };
      }
      case 'TH': {
        const [given, family] = [pick(TH_GIVEN), pick(TH_FAMILY)];
        return { fullName: `${given} ${family}`, emailName: `${given}.${family.slice(0, 2)}` };
      }
      case 'KR': {
        const [family, given] = [pick(KR_FAMILY), pick(KR_GIVEN)];
        return { fullName: chance(0.3) ? `${family.toUpperCase()} ${given}` : `${family} ${given}`, emailName: `${given.replace('-', '')}.${family}` };
      }
      case 'CN': {
        const [family, given] = [pick(CN_FAMILY), pick(CN_GIVEN)];
        const native = `${family[0]}${given[0]}`;
        return {
          fullName: chance(0.5) ? native : chance(0.5) ? `${family[1].toUpperCase()} ${given[1]}` : `${native} (${family[1]} ${given[1]})`,
          emailName: `${family[1]}${given[1]}`,
        };
      }
      case 'JP': {
        const [family, given] = [pick(JP_FAMILY), pick(JP_GIVEN)];
        return {
          fullName: chance(0.4) ? `${family[0]} ${given[0]}` : chance(0.5) ? `${given[1]} ${family[1].toUpperCase()}` : `${family[1]} ${given[1]}`,
          emailName: `${given[1]}.${family[1]}`,
        };
      }
      case 'ID': {
        // Many Indonesians have a single name.
        const [given, family] = [pick(ID_GIVEN), pick(ID_FAMILY)];
        return chance(0.2) ? { fullName: given, emailName: given } : { fullName: `${given} ${family}`, emailName: `${given}.${family}` };
      }
      case 'PH': {
        const [given, family] = [pick(PH_GIVEN), pick(PH_FAMILY)];
        return { fullName: `${given} ${family}`, emailName: `${given.split(' ')[0]}.${family.replace(' ', '')}` };
      }
      case 'KH': {
        const [family, given] = [pick(KH_FAMILY), pick(KH_GIVEN)];
        return { fullName: `${family} ${given}`, emailName: `${given}.${family}` };
      }
      case 'LA': {
        const [given, family] = [pick(LA_GIVEN), pick(LA_FAMILY)];
        return { fullName: `${given} ${family}`, emailName: `${given}.${family.slice(0, 1)}` };
      }
      default: {
        const fullName = pick(WHOLE_NAMES[country]!);
        return { fullName, emailName: fullName.split(' ').slice(0, 2).join('.') };
      }
    }
  };
  const emailFor = (emailName: string): string => {
    const base = ascii(emailName)
      .replace(/[^a-z0-9]+/g, '.')
      .replace(/^\.|\.$/g, '');
    let email = `${base}@example.org`;
    for (let n = 2; usedEmails.has(email); n++) email = `${base}${n}@example.org`;
    usedEmails.add(email);
    return email;
  };
  const needs = (country: Country) => ({
    // The same draws as before choices existed, so the rest of the demo stays as it was.
    dietaryChoices: ['MY', 'ID', 'BN'].includes(country) && chance(0.6) ? ['halal'] : chance(0.08) ? ['vegetarian'] : chance(0.03) ? ['seafood-allergy'] : [],
    accessibilityChoices: chance(0.02) ? ['wheelchair'] : [],
    visaLetterNeeded: ['KH', 'LA', 'MM', 'CN'].includes(country) && chance(0.5),
  });

  const people: Omit<DemoPerson, 'ord'>[] = [];
  const person = (
    fields: Pick<DemoPerson, 'category' | 'delegationCity' | 'isHead' | 'organisation' | 'city' | 'country' | 'title' | 'language'>,
    created: Date,
    state: DemoPerson['state'],
    nameCountry = fields.country as Country,
  ) => {
    const { fullName, emailName } = name(nameCountry);
    const confirmed = state === 'confirmed' || state === 'cancelled' ? approvalOf(created) : null;
    people.push({
      ...fields,
      ...needs(nameCountry),
      fullName,
      email: emailFor(emailName),
      state,
      // A working token would have been mailed; this hash matches no link anyone holds.
      tokenHash: newManagementToken().hash.toString('hex'),
      badgeCode: newBadgeCode(),
      createdAt: created.toISOString(),
      confirmedAt: confirmed?.toISOString() ?? null,
      // Cancelled a few days after the approval, and before the conference.
      cancelledAt:
        state === 'cancelled'
          ? new Date(Math.min(confirmed!.getTime() + (2 + Math.floor(random() * 20)) * 86_400_000, at(WINDOW_DAYS + 1, 12, 0).getTime())).toISOString()
          : null,
    });
  };

  // The last week's registrations still await the organisers' approval.
  const lateDay = WINDOW_DAYS - 7;
  const delegationRows = DELEGATIONS.map((delegation) => {
    const vietnamese = delegation.country === 'VN';
    const titles = vietnamese ? VN_TITLES : EN_TITLES;
    const day = Math.min(lateDay - 1, registrationDay());
    const created = officeTime(day);
    const language = () => (vietnamese && chance(0.85) ? 'vi' : 'en');
    const common = { category: 'delegate' as const, delegationCity: delegation.city, city: delegation.city, country: delegation.country };
    person({ ...common, isHead: true, organisation: delegation.organisations[0], title: titles.head, language: language() }, created, 'confirmed');
    for (let member = 1; member < delegation.size; member++) {
      // Most members come with the head; some are added by the head later.
      const addedLater = chance(0.2);
      const memberDay = addedLater ? Math.min(WINDOW_DAYS - 1, day + 3 + Math.floor(random() * 25)) : day;
      const memberCreated = addedLater ? officeTime(memberDay) : new Date(created.getTime() + member * 1000);
      const state = memberDay >= lateDay ? 'pending' : chance(0.04) ? 'cancelled' : 'confirmed';
      const organisation = delegation.organisations[member % delegation.organisations.length];
      person({ ...common, isHead: false, organisation, title: pick(titles.members), language: language() }, memberCreated, state);
    }
    return { city: delegation.city, country: delegation.country, gnlcMember: delegation.gnlcMember, createdAt: created.toISOString() };
  });
  for (const [organisation, city, country, count] of PARTNERS) {
    for (let n = 0; n < count; n++) {
      const day = registrationDay();
      const vietnamese = country === 'VN' && chance(0.7);
      const state = day >= lateDay && chance(0.5) ? 'pending' : chance(0.04) ? 'cancelled' : 'confirmed';
      const fields = {
        category: 'partner' as const,
        delegationCity: null,
        isHead: false,
        organisation,
        city,
        title: pick(vietnamese ? VN_TITLES.members : EN_TITLES.members),
        language: vietnamese ? ('vi' as const) : ('en' as const),
      };
      // UNESCO's own staff come from across the region.
      const from =
        organisation.startsWith('UNESCO') && (country === 'DE' || chance(0.5))
          ? pick<Country>(['TH', 'VN', 'KR', 'JP', 'PH', 'ID', 'CN'])
          : (country as Country);
      person({ ...fields, country }, officeTime(day), state, from);
    }
  }
  // Observers have a quota: the first come are approved, the rest wait for a place.
  OBSERVERS.map(([organisation, city, country]) => ({ organisation, city, country, created: officeTime(Math.min(lateDay - 1, registrationDay())) }))
    .sort((a, b) => a.created.getTime() - b.created.getTime())
    .forEach(({ organisation, city, country, created }, index) => {
      const vietnamese = country === 'VN';
      const fields = {
        category: 'observer' as const,
        delegationCity: null,
        isHead: false,
        organisation,
        city,
        country,
        title: vietnamese ? 'Nghiên cứu viên' : 'Researcher',
        language: vietnamese ? ('vi' as const) : ('en' as const),
      };
      person(fields, created, index < OBSERVER_QUOTA ? 'confirmed' : 'waitlisted');
    });

  // Arrival order is the waiting lists' order: queue numbers follow the registration times.
  const rows: DemoPerson[] = people.sort((a, b) => a.createdAt.localeCompare(b.createdAt)).map((row, ord) => ({ ...row, ord }));
  const opensAt = at(0, 9, 0);
  const closesAt = new Date(at(WINDOW_DAYS, 0, 0).getTime() - 1000);

  await manager.query(
    `INSERT INTO registration_settings (event_id, opens_at, closes_at, capacity, approval_required, promotion, offer_hours, privacy_notice_version)
     VALUES ($1, $2, $3, 250, true, 'automatic', 48, $4)`,
    [eventId, opensAt, closesAt, PRIVACY_NOTICE_VERSION],
  );
  await manager.query(
    `INSERT INTO registration_categories (event_id, code, name, quota, translations)
     VALUES ($1, 'delegate', 'City delegate', NULL, $3), ($1, 'partner', 'UNESCO and partner organisations', NULL, $4), ($1, 'observer', 'Observer', $2, $5)`,
    [
      eventId,
      OBSERVER_QUOTA,
      // vi: "Đại biểu thành phố" (vi-review.md, E6); th after docs/l10n/th-glossary.md.
      { vi: { name: 'Đại biểu thành phố' }, th: { name: 'ผู้เข้าร่วมประชุมจากเมือง' } },
      { vi: { name: 'UNESCO và các tổ chức đối tác' }, th: { name: 'ยูเนสโกและองค์กรภาคี' } },
      { vi: { name: 'Quan sát viên' }, th: { name: 'ผู้สังเกตการณ์' } },
    ],
  );
  const delegations: { id: string; city: string }[] = await manager.query(
    `INSERT INTO delegations (event_id, city, country, gnlc_member, created_at)
     SELECT $1, d.city, d.country, d."gnlcMember", d."createdAt"
       FROM jsonb_to_recordset($2::jsonb) AS d(city text, country text, "gnlcMember" boolean, "createdAt" timestamptz)
     RETURNING id, city`,
    [eventId, JSON.stringify(delegationRows)],
  );
  const delegationIds = Object.fromEntries(delegations.map((delegation) => [delegation.city, delegation.id]));
  // Delegates who also have an account (the demo's speakers and jurors) are linked to it.
  const accounts = await demoAccountIds(
    manager,
    rows.map((row) => row.email),
  );
  await manager.query(
    `INSERT INTO registrations (event_id, category_id, delegation_id, is_delegation_head, user_id, state, full_name, title, organisation, city,
                                country, email, language, dietary_needs, accessibility_needs, dietary_choices, accessibility_choices,
                                visa_letter_needed, privacy_notice_version,
                                consented_at, management_token_hash, badge_code, created_at, updated_at, confirmed_at, cancelled_at)
     SELECT $1, c.id, r."delegationId", r."isHead", r."userId", r.state, r."fullName", r.title,
            r.organisation, r.city, r.country, r.email, r.language, '', '', ARRAY(SELECT jsonb_array_elements_text(r."dietaryChoices")),
            ARRAY(SELECT jsonb_array_elements_text(r."accessibilityChoices")), r."visaLetterNeeded", $3,
            r."createdAt", decode(r."tokenHash", 'hex'), r."badgeCode", r."createdAt", greatest(r."createdAt", r."confirmedAt", r."cancelledAt"),
            r."confirmedAt", r."cancelledAt"
       FROM jsonb_to_recordset($2::jsonb) AS r(ord int, category text, "delegationId" uuid, "isHead" boolean, "userId" uuid, state text, "fullName" text,
              title text, organisation text, city text, country text, email text, language text, "dietaryChoices" jsonb, "accessibilityChoices" jsonb,
              "visaLetterNeeded" boolean, "tokenHash" text, "badgeCode" text, "createdAt" timestamptz, "confirmedAt" timestamptz, "cancelledAt" timestamptz)
       JOIN registration_categories c ON c.event_id = $1 AND c.code = r.category
      ORDER BY r.ord`,
    [
      eventId,
      JSON.stringify(
        rows.map((row) => ({ ...row, delegationId: row.delegationCity ? delegationIds[row.delegationCity] : null, userId: accounts.get(row.email) ?? null })),
      ),
      PRIVACY_NOTICE_VERSION,
    ],
  );
  // The places the confirmed delegates hold, as takePlace would have counted them one by one.
  await manager.query(
    `UPDATE registration_settings SET confirmed_count = (SELECT count(*) FROM registrations WHERE event_id = $1 AND state IN ('confirmed', 'offered'))
      WHERE event_id = $1`,
    [eventId],
  );
  await manager.query(
    `UPDATE registration_categories c SET confirmed_count = (SELECT count(*) FROM registrations r WHERE r.category_id = c.id AND r.state IN ('confirmed', 'offered'))
      WHERE c.event_id = $1`,
    [eventId],
  );

  await insertDemoAgendas(manager, eventId, programme.parallelSessions, rows, random);
  await insertDemoCheckIns(manager, eventId, rows, random);
}

/**
 * Most confirmed delegates chose one of the parallel discussions (they overlap, so one each); the smallest
 * room filled up, and a few wait for a seat there.
 */
async function insertDemoAgendas(
  manager: EntityManager,
  eventId: string,
  sessions: DemoProgramme['parallelSessions'],
  rows: DemoPerson[],
  random: () => number,
): Promise<void> {
  if (sessions.length === 0) return;
  const taken = sessions.map(() => 0);
  const waiting = sessions.map(() => 0);
  const entries: { ord?: number; email: string; sessionId: string; state: 'signed-up' | 'waitlisted'; createdAt: string }[] = [];
  for (const row of rows) {
    if (row.state !== 'confirmed' || random() < 0.2) continue;
    // The smallest room's topic is asked for most.
    const wanted = Math.min(sessions.length - 1, Math.floor(Math.pow(random(), 0.7) * sessions.length));
    const signedUpAt = new Date(Math.min(new Date(row.confirmedAt!).getTime() + 86_400_000, sessions[wanted].startsAt.getTime() - 86_400_000)).toISOString();
    const limit = sessions[wanted].seatLimit;
    if (limit === null || taken[wanted] < limit) {
      taken[wanted]++;
      entries.push({ email: row.email, sessionId: sessions[wanted].id, state: 'signed-up', createdAt: signedUpAt });
    } else if (waiting[wanted] < 4) {
      waiting[wanted]++;
      entries.push({ email: row.email, sessionId: sessions[wanted].id, state: 'waitlisted', createdAt: signedUpAt });
    }
  }
  entries.sort((a, b) => a.createdAt.localeCompare(b.createdAt)).forEach((entry, ord) => (entry.ord = ord));
  await manager.query(
    `INSERT INTO agenda_entries (registration_id, session_id, state, created_at)
     SELECT r.id, e."sessionId", e.state, e."createdAt"
       FROM jsonb_to_recordset($2::jsonb) AS e(ord int, "email" text, "sessionId" uuid, state text, "createdAt" timestamptz)
       JOIN registrations r ON r.event_id = $1 AND r.email = e.email
      ORDER BY e.ord`,
    [eventId, JSON.stringify(entries)],
  );
  // Seats taken through the programme, as a sign-up takes them.
  for (const entry of entries) if (entry.state === 'signed-up') await sessionSeats.take(manager, entry.sessionId);
}

/** The door opened at 07:45 on 29 October: the early arrivals are checked in. */
async function insertDemoCheckIns(manager: EntityManager, eventId: string, rows: DemoPerson[], random: () => number): Promise<void> {
  const arrivals = rows
    .filter((row) => row.state === 'confirmed' && random() < 0.15)
    .map((row) => ({ email: row.email, checkedInAt: new Date(Date.UTC(2024, 9, 29, 0, 45 + Math.floor(random() * 70))).toISOString() }));
  await manager.query(
    `INSERT INTO check_ins (registration_id, event_day, checked_in_at)
     SELECT r.id, '2024-10-29', c."checkedInAt"
       FROM jsonb_to_recordset($2::jsonb) AS c("email" text, "checkedInAt" timestamptz)
       JOIN registrations r ON r.event_id = $1 AND r.email = c.email`,
    [eventId, JSON.stringify(arrivals)],
  );
}

function ascii(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').replace(/[đĐ]/g, 'd').toLowerCase();
}
