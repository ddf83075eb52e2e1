import { ApiProperty, ApiPropertyOptional, OmitType, PartialType } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import {
  Equals,
  ArrayUnique,
  IsArray,
  IsDefined,
  IsBoolean,
  IsEmail,
  IsIn,
  IsInt,
  IsObject,
  IsISO31661Alpha2,
  Max,
  Min,
  IsOptional,
  IsString,
  Length,
  Matches,
  MaxLength,
  ValidateNested,
} from 'class-validator';
import { REGISTRATION_STATES, type RegistrationState } from '../registration.entity.js';
import { OneLine } from '@app/config';
import { ACCESSIBILITY_CHOICES, type AccessibilityChoice, DIETARY_CHOICES, type DietaryChoice } from '@app/needs';
import { SHIPPED_LANGUAGES } from '@app/notifications';
import { ProtocolDetailsDto } from '../protocol/protocol.dto.js';
import { ANSWERS_DOC } from '../questions/dto/answer.dto.js';

const trim = () => Transform(({ value }) => (typeof value === 'string' ? value.trim() : value));

/** Names the offending values, so the form (or a script) knows which one to drop. */
function unknownChoices(field: string, value: unknown, known: readonly string[]): string {
  const unknown = Array.isArray(value) ? value.filter((choice) => !known.includes(choice as string)) : [value];
  return `${field} has unknown choice(s) ${unknown.map((choice) => JSON.stringify(choice)).join(', ')}; known: ${known.join(', ')}`;
}

export class ConsentDto {
  @ApiProperty({ example: '1', description: "Version of the event's privacy notice the delegate accepted" })
  @IsString()
  @Length(1, 50)
  @OneLine()
  privacyNoticeVersion: string;

  @ApiProperty({ example: true })
  @Equals(true, { message: 'consent.accepted must be true: the privacy notice must be accepted' })
  accepted: boolean;
}

export class DelegateDetailsDto {
  @ApiProperty({ example: 'Nguyễn Thị Lan' })
  @trim()
  @IsString()
  @Length(1, 200)
  @OneLine()
  fullName: string;

  @ApiPropertyOptional({ example: 'Deputy Director' })
  @IsOptional()
  @trim()
  @IsString()
  @MaxLength(200)
  @OneLine()
  title?: string;

  @ApiPropertyOptional({ example: 'Hanoi Department of Education and Training' })
  @IsOptional()
  @trim()
  @IsString()
  @MaxLength(300)
  @OneLine()
  organisation?: string;

  @ApiPropertyOptional({ example: 'Hà Nội' })
  @IsOptional()
  @trim()
  @IsString()
  @MaxLength(200)
  @OneLine()
  city?: string;

  @ApiProperty({ example: 'VN' })
  @IsISO31661Alpha2({ message: 'country must be an ISO 3166-1 alpha-2 code such as "VN"' })
  country: string;

  // Any ISO 639 code passes here; one Plenary is not shipped in whole is refused with LANGUAGE_NOT_SHIPPED (422).
  @ApiProperty({ enum: SHIPPED_LANGUAGES, example: 'vi', description: 'One of the languages Plenary is shipped in whole (UI, mail, documents)' })
  @Matches(/^[a-z]{2,3}$/, { message: 'language must be an ISO 639 code such as "vi"' })
  language: string;

  @ApiPropertyOptional({ description: 'Anything the choices do not say; erased by the retention sweep' })
  @IsOptional()
  @IsString()
  @MaxLength(1000)
  dietaryNeeds?: string;

  @ApiPropertyOptional({ enum: DIETARY_CHOICES, isArray: true, description: 'What the caterer counts; kept after the sweep' })
  @IsOptional()
  @IsArray()
  @ArrayUnique()
  @IsIn(DIETARY_CHOICES, { each: true, message: (args) => unknownChoices('dietaryChoices', args.value, DIETARY_CHOICES) })
  dietaryChoices?: DietaryChoice[];

  @ApiPropertyOptional({ description: 'Anything the choices do not say; erased by the retention sweep' })
  @IsOptional()
  @IsString()
  @MaxLength(1000)
  accessibilityNeeds?: string;

  @ApiPropertyOptional({ enum: ACCESSIBILITY_CHOICES, isArray: true })
  @IsOptional()
  @IsArray()
  @ArrayUnique()
  @IsIn(ACCESSIBILITY_CHOICES, { each: true, message: (args) => unknownChoices('accessibilityChoices', args.value, ACCESSIBILITY_CHOICES) })
  accessibilityChoices?: AccessibilityChoice[];

  @ApiPropertyOptional({ default: false })
  @IsOptional()
  @IsBoolean()
  visaLetterNeeded?: boolean;

  @ApiPropertyOptional({ type: ProtocolDetailsDto, description: 'Honorific, and passport details when a visa letter is asked for' })
  @IsOptional()
  @ValidateNested()
  @Type(() => ProtocolDetailsDto)
  protocol?: ProtocolDetailsDto;
}

export class RegisterDto extends DelegateDetailsDto {
  @ApiProperty({ example: 'lan.nguyen@hanoi.gov.vn' })
  @trim()
  @IsEmail({}, { message: 'email must be a valid email address' })
  @MaxLength(320)
  email: string;

  @ApiProperty({ example: 'delegate', description: 'Code of a registration category of the event' })
  @IsString()
  @Length(1, 60)
  @OneLine()
  category: string;

  @ApiProperty({ type: ConsentDto })
  @IsDefined({ message: 'consent is required: the privacy notice must be accepted' })
  @ValidateNested()
  @Type(() => ConsentDto)
  consent: ConsentDto;

  @ApiPropertyOptional(ANSWERS_DOC)
  @IsOptional()
  @IsObject()
  answers?: Record<string, unknown>;
}

export class UpdateRegistrationDto extends PartialType(DelegateDetailsDto) {}

export class CreateDelegationDto {
  @ApiProperty({ example: 'Hà Nội' })
  @trim()
  @IsString()
  @Length(1, 200)
  @OneLine()
  city: string;

  @ApiProperty({ example: 'VN' })
  @IsISO31661Alpha2({ message: 'country must be an ISO 3166-1 alpha-2 code such as "VN"' })
  country: string;

  @ApiProperty({ description: 'Is the city a member of the UNESCO Global Network of Learning Cities?' })
  @IsBoolean()
  gnlcMember: boolean;

  @ApiProperty({ type: RegisterDto, description: 'The head of delegation' })
  @ValidateNested()
  @Type(() => RegisterDto)
  head: RegisterDto;

  @ApiProperty({ type: [RegisterDto] })
  @ValidateNested({ each: true })
  @Type(() => RegisterDto)
  members: RegisterDto[];
}

export class RegistrationResponse {
  @ApiProperty() id: string;
  @ApiProperty({ enum: REGISTRATION_STATES }) state: RegistrationState;
  @ApiProperty() category: string;
  @ApiProperty() fullName: string;
  @ApiProperty() title: string;
  @ApiProperty() organisation: string;
  @ApiProperty() city: string;
  @ApiProperty() country: string;
  @ApiProperty() email: string;
  @ApiProperty() language: string;
  @ApiProperty() dietaryNeeds: string;
  @ApiProperty({ enum: DIETARY_CHOICES, isArray: true }) dietaryChoices: DietaryChoice[];
  @ApiProperty() accessibilityNeeds: string;
  @ApiProperty({ enum: ACCESSIBILITY_CHOICES, isArray: true }) accessibilityChoices: AccessibilityChoice[];
  @ApiProperty() visaLetterNeeded: boolean;
  @ApiPropertyOptional({ nullable: true, type: String }) delegationId: string | null;
  @ApiProperty() isDelegationHead: boolean;
  @ApiPropertyOptional({ nullable: true, type: Number, description: 'Place on the waiting list (1 = next)' }) waitlistPosition: number | null;
  @ApiPropertyOptional({ nullable: true, type: String, description: 'Only once confirmed' }) badgeCode: string | null;
  @ApiPropertyOptional({ nullable: true, type: String, format: 'date-time' }) offerExpiresAt: string | null;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
}

/** What the delegate's own page needs to know about the event: where to find its programme and its time zone. */
export class RegistrationEventResponse {
  @ApiProperty({ example: 'aseanplus3-learning-cities-2024' }) slug: string;
  @ApiProperty() name: string;
  @ApiProperty({ example: 'Asia/Bangkok' }) timeZone: string;
  @ApiProperty({ format: 'date' }) startDate: string;
  @ApiProperty({ format: 'date' }) endDate: string;
}

export class ManagedRegistrationResponse extends RegistrationResponse {
  @ApiProperty({ type: RegistrationEventResponse }) event: RegistrationEventResponse;
}

export class RegistrationListQuery {
  @ApiPropertyOptional({ enum: REGISTRATION_STATES })
  @IsOptional()
  @IsIn(REGISTRATION_STATES as unknown as string[])
  state?: RegistrationState;
  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(60)
  category?: string;
  @ApiPropertyOptional()
  @IsOptional()
  @IsISO31661Alpha2()
  country?: string;
  @ApiPropertyOptional()
  @IsOptional()
  @Matches(/^[0-9a-f-]{36}$/i, { message: 'delegation must be a delegation id' })
  delegation?: string;
  @ApiPropertyOptional({ enum: ['true', 'false'] })
  @IsOptional()
  @IsIn(['true', 'false'])
  checkedIn?: 'true' | 'false';
  @ApiPropertyOptional({ description: 'Search in name, email and organisation' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  q?: string;
  @ApiPropertyOptional({ enum: ['passport'], description: 'CSV only: add the passport columns (recorded in the audit trail)' })
  @IsOptional()
  @IsIn(['passport'])
  include?: 'passport';
  @ApiPropertyOptional({ description: 'Answer to a custom question: "<questionId>:<value>" (a choice key, yes/no as true/false, or the exact text)' })
  @IsOptional()
  @Matches(/^[0-9a-f-]{36}:.{1,500}$/is, { message: 'answer must be "<questionId>:<value>"' })
  answer?: string;
  @ApiPropertyOptional({ default: 100, maximum: 1000 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(1000)
  limit?: number;
  @ApiPropertyOptional({ default: 0 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(0)
  offset?: number;
}

export class AddMemberDto extends RegisterDto {}

export class PublicRegistrationResponse extends OmitType(RegistrationResponse, ['badgeCode'] as const) {}
