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
    }),
  );
  await manager.getRepository(RoomEntity).save([{ eventId: event.id, name: 'Main conference hall', capacity: 800, locationNote: 'Illustrative' }]);
  return event;
}
