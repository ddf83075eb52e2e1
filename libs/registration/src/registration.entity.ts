import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { AccessibilityChoice, DietaryChoice } from '@app/needs';

export const REGISTRATION_STATES = ['pending', 'confirmed', 'waitlisted', 'offered', 'cancelled', 'rejected'] as const;
export type RegistrationState = (typeof REGISTRATION_STATES)[number];

@Entity('registrations')
export class RegistrationEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column('uuid', { name: 'event_id' }) eventId: string;
  @Column('uuid', { name: 'category_id' }) categoryId: string;
  @Column('uuid', { name: 'delegation_id', nullable: true }) delegationId: string | null;
  @Column('boolean', { name: 'is_delegation_head' }) isDelegationHead: boolean;
  @Column('uuid', { name: 'user_id', nullable: true }) userId: string | null;
  @Column({ type: 'bigint', name: 'queue_number', insert: false, update: false }) queueNumber: string;
  @Column('text') state: RegistrationState;
  @Column('text', { name: 'full_name' }) fullName: string;
  @Column('text') title: string;
  @Column('text') organisation: string;
  @Column('text') city: string;
  @Column('char', { length: 2 }) country: string;
  @Column('text') email: string;
  @Column('text') language: string;
  @Column('text', { name: 'dietary_needs' }) dietaryNeeds: string;
  @Column('text', { name: 'dietary_choices', array: true }) dietaryChoices: DietaryChoice[];
  @Column('text', { name: 'accessibility_needs' }) accessibilityNeeds: string;
  @Column('text', { name: 'accessibility_choices', array: true }) accessibilityChoices: AccessibilityChoice[];
  @Column('boolean', { name: 'visa_letter_needed' }) visaLetterNeeded: boolean;
  @Column('text', { name: 'privacy_notice_version' }) privacyNoticeVersion: string;
  @Column('timestamptz', { name: 'consented_at' }) consentedAt: Date;
  @Column('bytea', { name: 'management_token_hash', select: false }) managementTokenHash: Buffer;
  @Column('text', { name: 'badge_code' }) badgeCode: string;
  @Column('timestamptz', { name: 'offer_expires_at', nullable: true }) offerExpiresAt: Date | null;
  @Column({ type: 'timestamptz', name: 'created_at', insert: false, update: false }) createdAt: Date;
  @Column({ type: 'timestamptz', name: 'updated_at', insert: false }) updatedAt: Date;
  @Column('timestamptz', { name: 'confirmed_at', nullable: true }) confirmedAt: Date | null;
  @Column('timestamptz', { name: 'cancelled_at', nullable: true }) cancelledAt: Date | null;
}
