import { ApiProperty } from '@nestjs/swagger';
import { ProtocolDetailsResponse } from './protocol.dto.js';

export class DelegateDataRegistration {
  @ApiProperty() id: string;
  @ApiProperty() state: string;
  @ApiProperty() category: string;
  @ApiProperty() fullName: string;
  @ApiProperty() position: string;
  @ApiProperty() organisation: string;
  @ApiProperty() city: string;
  @ApiProperty() country: string;
  @ApiProperty() email: string;
  @ApiProperty() language: string;
  @ApiProperty() dietaryNeeds: string;
  @ApiProperty({ type: [String] }) dietaryChoices: string[];
  @ApiProperty() accessibilityNeeds: string;
  @ApiProperty({ type: [String] }) accessibilityChoices: string[];
  @ApiProperty() visaLetterNeeded: boolean;
  @ApiProperty() privacyNoticeVersion: string;
  @ApiProperty({ format: 'date-time' }) consentedAt: string;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
}

export class DelegateDataHistory {
  @ApiProperty({ enum: ['created', 'state', 'edited'] }) kind: string;
  @ApiProperty() state: string;
  @ApiProperty({ type: [String] }) fields: string[];
  @ApiProperty({ format: 'date-time' }) at: string;
}

/** Everything Plenary holds about a delegate's registration, for them to keep (the right of access). */
export class DelegateDataResponse {
  @ApiProperty({ format: 'date-time' }) exportedAt: string;
  @ApiProperty({ type: DelegateDataRegistration }) registration: DelegateDataRegistration;
  @ApiProperty({ type: ProtocolDetailsResponse }) protocol: ProtocolDetailsResponse;
  @ApiProperty({ type: [DelegateDataHistory] }) history: DelegateDataHistory[];
}
