import type { EntityManager } from 'typeorm';
import { EventEntity } from './event.entity.js';
import { RoomEntity } from './room.entity.js';

export const DEMO_ICLC_SLUG = 'iclc6-jubail-2024';

/**
 * The second demo event: the conference where the UNESCO Learning City Award is conferred. The sixth
 * International Conference on Learning Cities, Jubail Industrial City, Saudi Arabia, opened on Monday
 * 2 December 2024 and ran to 5 December (UIL, https://www.uil.unesco.org/en/sixth-international-conference-learning-cities;
 * Royal Commission for Jubail and Yanbu, https://www.rcjy.gov.sa/en/w/-27). The 2024 awardees were
 * announced at its opening.
 */
export async function insertDemoIclcEvent(manager: EntityManager): Promise<EventEntity> {
  const event = await manager.getRepository(EventEntity).save(
    manager.create(EventEntity, {
      slug: DEMO_ICLC_SLUG,
      name: 'Sixth International Conference on Learning Cities (ICLC 6)',
      description:
        'The conference of the UNESCO Global Network of Learning Cities, under the theme “Learning cities at the ' +
        'forefront of climate action”. The UNESCO Learning City Award 2024 is conferred at its opening.\n\n' +
        'The award round of this demo shows applications at each stage: with the city, with its National ' +
        'Commission for UNESCO, endorsed, shortlisted or not. The cities’ applications are illustrative.',
      organiser: 'UNESCO Institute for Lifelong Learning (UIL), hosted by Jubail Industrial City (Royal Commission for Jubail and Yanbu)',
      venue: 'Jubail Industrial City, Saudi Arabia',
      city: 'Jubail',
      country: 'SA',
      timeZone: 'Asia/Riyadh',
      startDate: '2024-12-02',
      endDate: '2024-12-05',
      languages: ['en', 'vi', 'th'],
      translations: {
        vi: {
          name: 'Hội nghị quốc tế lần thứ sáu về Thành phố học tập (ICLC 6)',
          description:
            'Hội nghị của Mạng lưới Thành phố học tập toàn cầu của UNESCO, với chủ đề “Thành phố học tập đi đầu trong hành ' +
            'động vì khí hậu”. Giải thưởng Thành phố học tập của UNESCO năm 2024 được trao tại lễ khai mạc.\n\n' +
            'Kỳ xét giải trong bản minh họa này có hồ sơ ở mọi giai đoạn: đang do thành phố chuẩn bị, đã gửi Ủy ban Quốc gia ' +
            'UNESCO, đã được chấp thuận, được chọn hoặc không được chọn vào danh sách rút gọn. Hồ sơ của các thành phố chỉ mang tính minh họa.',
          venue: 'Thành phố công nghiệp Jubail, Ả Rập Xê Út',
          organiser: 'Viện Học tập suốt đời của UNESCO (UIL), đăng cai: Thành phố công nghiệp Jubail (Ủy ban Hoàng gia Jubail và Yanbu)',
        },
        th: {
          name: 'การประชุมนานาชาติว่าด้วยเมืองแห่งการเรียนรู้ ครั้งที่ 6',
          description:
            'การประชุมของเครือข่ายเมืองแห่งการเรียนรู้โลกของยูเนสโก ภายใต้หัวข้อ “เมืองแห่งการเรียนรู้ในแนวหน้าของการรับมือ' +
            'การเปลี่ยนแปลงสภาพภูมิอากาศ” โดยมีการมอบรางวัลเมืองแห่งการเรียนรู้ของยูเนสโก ประจำปี ค.ศ. 2024 ในพิธีเปิด\n\n' +
            'รอบการพิจารณารางวัลในงานตัวอย่างนี้แสดงใบสมัครในทุกขั้นตอน ทั้งที่อยู่ระหว่างการจัดทำของเมือง อยู่ระหว่างการพิจารณา' +
            'ของคณะกรรมการแห่งชาติว่าด้วยยูเนสโก ได้รับการรับรองแล้ว ผ่านการคัดเลือกเบื้องต้นหรือไม่ผ่าน ใบสมัครของเมืองต่าง ๆ เป็นเพียงตัวอย่าง',
          venue: 'เมืองอุตสาหกรรมจูเบล ซาอุดีอาระเบีย',
          organiser: 'สถาบันการเรียนรู้ตลอดชีวิตของยูเนสโก โดยมีเมืองอุตสาหกรรมจูเบล (คณะกรรมาธิการหลวงแห่งจูเบลและยานบู) เป็นเจ้าภาพ',
        },
      },
    }),
  );
  await manager.getRepository(RoomEntity).save([
    {
      eventId: event.id,
      name: 'Main conference hall',
      capacity: 800,
      locationNote: 'Illustrative',
      translations: { vi: { name: 'Hội trường chính', locationNote: 'Minh họa' }, th: { name: 'ห้องประชุมใหญ่', locationNote: 'ตัวอย่าง' } },
    },
  ]);
  return event;
}
