import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsEmail, IsIn, IsOptional, IsString, IsUUID, Length, Matches, MaxLength, ValidateIf } from 'class-validator';
import { AccessTokenResponse, EVENT_ROLES, type EventRole, PASSWORD_MAX, PASSWORD_MIN } from '@app/auth';
import { OneLine } from '@app/config';
import { INVITABLE_ROLES, type InvitableRole } from '@app/people';
import { InvitationExpiry } from '../http/invitation-expiry.js';

export class InviteToRoleDto {
  @ApiProperty({ example: 'lan.nguyen@example.org' })
  @IsEmail()
  @MaxLength(320)
  email: string;

  @ApiProperty({ enum: INVITABLE_ROLES })
  @IsIn(INVITABLE_ROLES)
  role: InvitableRole;

  @ApiPropertyOptional({ example: 'Nguyễn Thị Lan', description: 'How the mail greets them; they choose their own name on accepting' })
  @IsOptional()
  @IsString()
  @Length(1, 200)
  @OneLine()
  name?: string;

  @ApiPropertyOptional({ example: 'vi', description: "The mail's language; defaults to the account's, else en" })
  @IsOptional()
  @Matches(/^[a-z]{2,3}$/)
  language?: string;

  @ApiPropertyOptional({ description: 'Required for a city representative: the registry city they will represent' })
  @ValidateIf((dto: InviteToRoleDto) => dto.role === 'representative' || dto.cityId !== undefined)
  @IsUUID()
  cityId?: string;

  @InvitationExpiry()
  expiresInDays?: number;
}

export class RoleInvitationResponse {
  @ApiProperty() id: string;
  @ApiProperty() email: string;
  @ApiProperty() name: string;
  @ApiProperty() language: string;
  @ApiProperty({ enum: INVITABLE_ROLES }) role: InvitableRole;
  @ApiProperty({ type: String, nullable: true }) cityId: string | null;
  @ApiProperty({ type: String, nullable: true }) city: string | null;
  @ApiProperty() expiresAt: string;
  @ApiProperty() createdAt: string;
}

export class RoleInvitationViewResponse {
  @ApiProperty() eventSlug: string;
  @ApiProperty() eventName: string;
  @ApiProperty() email: string;
  @ApiProperty() name: string;
  @ApiProperty({ enum: INVITABLE_ROLES }) role: InvitableRole;
  @ApiProperty({ type: String, nullable: true }) city: string | null;
  @ApiProperty() expiresAt: string;
  @ApiProperty({
    description:
      'True: the email has an account that signs in, so accepting needs it (signed in, or its password); false: a name and a new password (an account made without a password gets this one)',
  })
  accountExists: boolean;
}

export class AcceptRoleInvitationDto {
  @ApiPropertyOptional({ description: 'For a new account: the name shown to others' })
  @IsOptional()
  @IsString()
  @Length(1, 200)
  @OneLine()
  displayName?: string;

  @ApiPropertyOptional({
    minLength: PASSWORD_MIN,
    maxLength: PASSWORD_MAX,
    description: "A new account's password, or the existing account's when not signed in as it",
  })
  @IsOptional()
  @IsString()
  @Length(PASSWORD_MIN, PASSWORD_MAX, { message: `password must be ${PASSWORD_MIN} to ${PASSWORD_MAX} characters` })
  password?: string;
}

/** Signed in as the login endpoint signs in, with the role now held. */
export class AcceptedRoleInvitationResponse extends AccessTokenResponse {
  @ApiProperty({ enum: INVITABLE_ROLES }) role: InvitableRole;
}

export class PersonCityResponse {
  @ApiProperty() id: string;
  @ApiProperty() name: string;
  @ApiProperty() country: string;
}

export class PersonResponse {
  @ApiProperty() userId: string;
  @ApiProperty() displayName: string;
  @ApiProperty() email: string;
  @ApiProperty({ enum: EVENT_ROLES, isArray: true }) roles: EventRole[];
  @ApiProperty({ type: [PersonCityResponse] }) cities: PersonCityResponse[];
}

export class EventPeopleResponse {
  @ApiProperty({ type: [PersonResponse] }) people: PersonResponse[];
  @ApiProperty({ type: [RoleInvitationResponse] }) invitations: RoleInvitationResponse[];
}
