import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsEmail, IsIn, IsOptional, IsString, IsUUID, Length, MaxLength } from 'class-validator';
import { EVENT_ROLES, type EventRole } from '../event-role.js';
import { PASSWORD_MAX, PASSWORD_MIN } from './login.dto.js';
import { OneLine } from '@app/config';
import { SHIPPED_LANGUAGES } from '@app/notifications';

export class CreateUserDto {
  @ApiProperty({ example: 'nguyen.thi.lan@hanoi.gov.vn' })
  @IsEmail()
  @MaxLength(320)
  email: string;

  @ApiProperty({ example: 'Nguyễn Thị Lan' })
  @IsString()
  @Length(1, 200)
  @OneLine()
  displayName: string;

  @ApiPropertyOptional({ example: 'vi', enum: SHIPPED_LANGUAGES, description: 'Language of the messages this user receives (default en)' })
  @IsOptional()
  @IsIn([...SHIPPED_LANGUAGES])
  language?: string;

  @ApiPropertyOptional({ minLength: PASSWORD_MIN, maxLength: PASSWORD_MAX, description: 'Omit for an account that cannot log in with a password yet' })
  @IsOptional()
  @IsString()
  @Length(PASSWORD_MIN, PASSWORD_MAX, { message: `password must be ${PASSWORD_MIN} to ${PASSWORD_MAX} characters` })
  password?: string;
}

export class UserResponse {
  @ApiProperty() id: string;
  @ApiProperty() email: string;
  @ApiProperty() displayName: string;
  @ApiProperty() language: string;
  @ApiProperty() isPlatformAdmin: boolean;
}

export class RoleOnEvent {
  @ApiProperty() eventSlug: string;
  @ApiProperty({ enum: EVENT_ROLES }) role: EventRole;
}

export class MeResponse extends UserResponse {
  @ApiProperty({ type: [RoleOnEvent] }) roles: RoleOnEvent[];
}

export class AccessTokenResponse {
  @ApiProperty() accessToken: string;
  @ApiProperty({ example: 'Bearer' }) tokenType: 'Bearer';
  @ApiProperty({ description: 'Seconds until the token expires' }) expiresIn: number;
  @ApiProperty({ type: UserResponse }) user: UserResponse;
}

export class GrantEventRoleDto {
  @ApiProperty()
  @IsUUID()
  userId: string;

  @ApiProperty({ enum: EVENT_ROLES })
  @IsIn(EVENT_ROLES as unknown as string[])
  role: EventRole;
}

/** No email: the person's address is theirs to give (an organiser can name any user id). */
export class EventRoleResponse {
  @ApiProperty() userId: string;
  @ApiProperty() displayName: string;
  @ApiProperty({ enum: EVENT_ROLES }) role: EventRole;
}

export class SetLanguageDto {
  @ApiProperty({ example: 'vi', enum: SHIPPED_LANGUAGES, description: 'The language of the pages and of the messages this user receives' })
  @IsIn([...SHIPPED_LANGUAGES])
  language: string;
}
