import type { Translations } from '@app/config';
import { Column, Entity, PrimaryColumn } from 'typeorm';

@Entity('registration_settings')
export class RegistrationSettingsEntity {
  @PrimaryColumn('uuid', { name: 'event_id' }) eventId: string;
  @Column('timestamptz', { name: 'opens_at' }) opensAt: Date;
  @Column('timestamptz', { name: 'closes_at' }) closesAt: Date;
  @Column('integer') capacity: number;
  @Column({ type: 'integer', name: 'confirmed_count', insert: false, update: false }) confirmedCount: number;
  @Column('boolean', { name: 'approval_required' }) approvalRequired: boolean;
  @Column('text') promotion: 'automatic' | 'offer';
  @Column('integer', { name: 'offer_hours' }) offerHours: number;
  @Column('text', { name: 'privacy_notice_version' }) privacyNoticeVersion: string;
}

@Entity('registration_categories')
export class RegistrationCategoryEntity {
  @Column('uuid', { primary: true, generated: 'uuid' }) id: string;
  @Column('uuid', { name: 'event_id' }) eventId: string;
  @Column('text') code: string;
  @Column('text') name: string;
  @Column('jsonb') translations: Translations<'name'>;
  @Column('integer', { nullable: true }) quota: number | null;
  @Column({ type: 'integer', name: 'confirmed_count', insert: false, update: false }) confirmedCount: number;
}

@Entity('delegations')
export class DelegationEntity {
  @Column('uuid', { primary: true, generated: 'uuid' }) id: string;
  @Column('uuid', { name: 'event_id' }) eventId: string;
  @Column('text') city: string;
  @Column('char', { length: 2 }) country: string;
  @Column('boolean', { name: 'gnlc_member' }) gnlcMember: boolean;
  @Column({ type: 'timestamptz', name: 'created_at', insert: false, update: false }) createdAt: Date;
}
