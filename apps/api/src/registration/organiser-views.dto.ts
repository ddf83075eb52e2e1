import { ApiProperty } from '@nestjs/swagger';
import { ACCESSIBILITY_CHOICES, DIETARY_CHOICES } from '@app/needs';
import { REGISTRATION_STATES } from '@app/registration';

/** One row of the organisers' registration list (and of its CSV export). */
export class RegistrationRowResponse {
  @ApiProperty() id: string;
  @ApiProperty({ enum: REGISTRATION_STATES }) state: string;
  @ApiProperty({ description: 'Category code' }) category: string;
  @ApiProperty() fullName: string;
  @ApiProperty() title: string;
  @ApiProperty() organisation: string;
  @ApiProperty() city: string;
  @ApiProperty({ example: 'VN' }) country: string;
  @ApiProperty() email: string;
  @ApiProperty() language: string;
  @ApiProperty() dietaryNeeds: string;
  @ApiProperty({ enum: DIETARY_CHOICES, isArray: true }) dietaryChoices: string[];
  @ApiProperty() accessibilityNeeds: string;
  @ApiProperty({ enum: ACCESSIBILITY_CHOICES, isArray: true }) accessibilityChoices: string[];
  @ApiProperty() visaLetterNeeded: boolean;
  @ApiProperty({ type: String, nullable: true }) delegationId: string | null;
  @ApiProperty({ type: String, nullable: true }) delegationCity: string | null;
  @ApiProperty() isDelegationHead: boolean;
  @ApiProperty() badgeCode: string;
  @ApiProperty({ type: [String], description: 'Days checked in, as dates in the event’s zone' }) checkedInDays: string[];
  @ApiProperty({ type: String, format: 'date-time' }) createdAt: Date;
  @ApiProperty({ type: 'object', additionalProperties: true, description: 'Custom answers by question id; a file answer is its file name' })
  answers: Record<string, unknown>;
}

export class RegistrationListResponse {
  @ApiProperty({ type: [RegistrationRowResponse] }) items: RegistrationRowResponse[];
  @ApiProperty({ description: 'Matching registrations in all pages' }) total: number;
}

const COUNT_BY_KEY = { type: 'object', additionalProperties: { type: 'integer' } } as const;

export class DayCountResponse {
  @ApiProperty({ example: '2024-10-01', description: 'Date in the event’s zone' }) key: string;
  @ApiProperty() count: number;
}

export class RegistrationCountsResponse {
  @ApiProperty({ ...COUNT_BY_KEY, example: { confirmed: 120, waitlisted: 8 } }) byState: Record<string, number>;
  @ApiProperty({ ...COUNT_BY_KEY, example: { delegate: 100, press: 12 } }) byCategory: Record<string, number>;
  @ApiProperty({ ...COUNT_BY_KEY, example: { VN: 80, TH: 20 } }) byCountry: Record<string, number>;
  @ApiProperty({ type: [DayCountResponse], description: 'Registrations per day, in date order' }) perDay: DayCountResponse[];
}

export class DelegationMemberResponse {
  @ApiProperty() id: string;
  @ApiProperty() fullName: string;
  @ApiProperty() email: string;
  @ApiProperty({ enum: REGISTRATION_STATES }) state: string;
  @ApiProperty() isHead: boolean;
  @ApiProperty({ description: 'Category code' }) category: string;
}

export class DelegationResponse {
  @ApiProperty() id: string;
  @ApiProperty() city: string;
  @ApiProperty() country: string;
  @ApiProperty() gnlcMember: boolean;
  @ApiProperty({ type: [DelegationMemberResponse], description: 'The head first, then the members in order of registration' })
  members: DelegationMemberResponse[];
}

export class LinkRequestAcceptedResponse {
  @ApiProperty({ description: 'Always true: the answer does not tell whether the email is registered' }) accepted: boolean;
}
