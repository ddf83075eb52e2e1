import { ApiPropertyOptional, OmitType } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import { RegistrationListQuery } from '../dto/registration.dto.js';

/** The organisers' list filters, for badges: only confirmed delegates have one. */
export class BadgeListQuery extends OmitType(RegistrationListQuery, ['state', 'limit', 'offset'] as const) {
  @ApiPropertyOptional({ enum: ['confirmed'], description: 'Badges are printed for confirmed registrations only' })
  @IsOptional()
  @IsIn(['confirmed'], { message: 'state must be "confirmed": only confirmed registrations have a badge' })
  state?: 'confirmed';
}
