import { ApiProperty } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, Matches, ValidateNested } from 'class-validator';

const LOCAL_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?(Z|[+-]\d{2}:\d{2})?$/;

export class UnavailableTimeDto {
  @ApiProperty({ example: '2024-10-29T14:00', description: "In the event's time zone unless an offset is given" })
  @Matches(LOCAL_DATE_TIME, { message: 'start must be a date-time such as 2024-10-29T14:00' })
  start: string;

  @ApiProperty({ example: '2024-10-29T18:00' })
  @Matches(LOCAL_DATE_TIME, { message: 'end must be a date-time such as 2024-10-29T18:00' })
  end: string;
}

export class SetUnavailableTimesDto {
  @ApiProperty({ type: [UnavailableTimeDto], description: 'Every time the speaker cannot speak; replaces the list' })
  @IsArray()
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  @Type(() => UnavailableTimeDto)
  times: UnavailableTimeDto[];
}

export class UnavailableTimeResponse {
  @ApiProperty({ description: 'ISO 8601 with the event offset' }) start: string;
  @ApiProperty({ description: 'ISO 8601 with the event offset' }) end: string;
}

export class SpeakerUnavailabilityResponse {
  @ApiProperty() userId: string;
  @ApiProperty({ type: [UnavailableTimeResponse] }) times: UnavailableTimeResponse[];
}
