import { ApiPropertyOptional, OmitType } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import { RegistrationListQuery } from '../dto/registration.dto.js';
import { SHIPPED_LANGUAGES } from '@app/notifications';

/** The organisers' list filters, for badges: only confirmed delegates have one. */
export class BadgeListQuery extends OmitType(RegistrationListQuery, ['state', 'limit', 'offset'] as const) {
  @ApiPropertyOptional({ enum: ['confirmed'], description: 'Badges are printed for confirmed registrations only' })
  @IsOptional()
  @IsIn(['confirmed'], { message: 'state must be "confirmed": only confirmed registrations have a badge' })
  state?: 'confirmed';
}

/** Which language a visa letter is printed in: English unless asked, since that is what consulates read. */
export class VisaLetterQuery {
  @ApiPropertyOptional({ enum: SHIPPED_LANGUAGES, default: 'en', description: 'Language of the letter (en for most consulates; th for Thai missions)' })
  @IsOptional()
  @IsIn([...SHIPPED_LANGUAGES])
  language?: string;
}
