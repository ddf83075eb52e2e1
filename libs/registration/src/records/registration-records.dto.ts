import { ApiProperty, ApiPropertyOptional, PartialType } from '@nestjs/swagger';
import { ArrayMaxSize, ArrayNotEmpty, IsArray, IsIn, IsOptional, IsString, IsUUID, Length } from 'class-validator';
import { OneLine } from '@app/config';
import { DelegateDetailsDto } from '../dto/registration.dto.js';
import { REGISTRATION_STATES, type RegistrationState } from '../registration.entity.js';

export const BULK_ACTIONS = ['approve', 'reject', 'cancel'] as const;
export type BulkAction = (typeof BULK_ACTIONS)[number];

export class BulkRegistrationActionDto {
  @ApiProperty({ type: [String], format: 'uuid', maxItems: 500 })
  @IsArray()
  @ArrayNotEmpty()
  @ArrayMaxSize(500)
  @IsUUID('all', { each: true, message: 'each of ids must be a registration id' })
  ids: string[];

  @ApiProperty({ enum: BULK_ACTIONS })
  @IsIn(BULK_ACTIONS as unknown as string[], { message: `action must be one of ${BULK_ACTIONS.join(', ')}` })
  action: BulkAction;
}

/** An organiser's correction of a registration; a new category must have room for a registration that holds a place. */
export class OrganiserUpdateRegistrationDto extends PartialType(DelegateDetailsDto) {
  @ApiPropertyOptional({ example: 'press', description: 'Code of a registration category of the event' })
  @IsOptional()
  @IsString()
  @Length(1, 60)
  @OneLine()
  category?: string;
}

const CHANGE_KINDS = ['created', 'state', 'edited'] as const;
const ACTOR_KINDS = ['user', 'delegate', 'system'] as const;

export class RegistrationChangeResponse {
  @ApiProperty({ enum: CHANGE_KINDS }) kind: (typeof CHANGE_KINDS)[number];
  @ApiPropertyOptional({ enum: REGISTRATION_STATES, nullable: true }) fromState: RegistrationState | null;
  @ApiProperty({ enum: REGISTRATION_STATES }) toState: RegistrationState;
  @ApiProperty({ type: [String], description: 'The fields an edit changed' }) fields: string[];
  @ApiProperty({ enum: ACTOR_KINDS, description: 'A signed-in user, the delegate through their link, or the system (a promotion, a lapsed offer)' })
  actorKind: (typeof ACTOR_KINDS)[number];
  @ApiPropertyOptional({ nullable: true, type: String }) actorName: string | null;
  @ApiProperty({ format: 'date-time' }) at: string;
}

export class RegistrationMailResponse {
  @ApiProperty() id: string;
  @ApiProperty({ example: 'registration-confirmed' }) kind: string;
  @ApiProperty({ example: 'sent' }) state: string;
  @ApiProperty() recipientEmail: string;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
  @ApiPropertyOptional({ nullable: true, type: String, format: 'date-time' }) sentAt: string | null;
}

export class RegistrationHistoryResponse {
  @ApiProperty({ type: [RegistrationChangeResponse], description: 'Oldest first' }) changes: RegistrationChangeResponse[];
  @ApiProperty({ type: [RegistrationMailResponse], description: 'Oldest first' }) mails: RegistrationMailResponse[];
}
