import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';
import { CreateEventDto } from './event.dto.js';

const valid = {
  slug: 'aseanplus3-learning-cities-2024',
  name: 'ASEAN+3 Regional Conference on Learning Cities',
  country: 'TH',
  timeZone: 'Asia/Bangkok',
  startDate: '2024-10-29',
  endDate: '2024-10-30',
  languages: ['en', 'vi'],
};

const failures = (input: object) => validateSync(plainToInstance(CreateEventDto, input)).map((error) => error.property);

describe('CreateEventDto', () => {
  it('accepts the ASEAN+3 conference', () => {
    expect(failures(valid)).toEqual([]);
  });

  it.each([
    [{ timeZone: 'Asia/Atlantis' }, 'timeZone'],
    [{ timeZone: 'UTC+7' }, 'timeZone'],
    [{ endDate: '2024-10-28' }, 'endDate'],
    [{ startDate: '2024-13-01' }, 'startDate'],
    [{ slug: 'Learning Cities' }, 'slug'],
    [{ slug: 'double--hyphen' }, 'slug'],
    [{ languages: [] }, 'languages'],
    [{ languages: ['en', 'en'] }, 'languages'],
    [{ country: 'tha' }, 'country'],
  ])('refuses %o', (change, property) => {
    expect(failures({ ...valid, ...change })).toContain(property);
  });
});
