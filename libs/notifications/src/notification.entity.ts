import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

export const NOTIFICATION_STATES = ['held', 'pending', 'queued', 'sending', 'sent', 'failed', 'discarded'] as const;
export type NotificationState = (typeof NOTIFICATION_STATES)[number];

/** One message in the outbox, and its delivery log. */
@Entity('notifications')
export class NotificationEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column('uuid', { name: 'event_id', nullable: true }) eventId: string | null;
  @Column('text') kind: string;
  @Column('text', { name: 'recipient_email' }) recipientEmail: string;
  @Column('text', { name: 'recipient_name' }) recipientName: string;
  @Column('text') language: string;
  @Column('jsonb') about: Record<string, string>;
  @Column('text', { name: 'dedup_key', nullable: true }) dedupKey: string | null;
  @Column('text') state: NotificationState;
  @Column('timestamptz', { name: 'send_after', nullable: true }) sendAfter: Date | null;
  @Column('integer') attempts: number;
  @Column('integer') generation: number;
  @Column('text', { name: 'last_error', nullable: true }) lastError: string | null;
  @Column('text', { name: 'smtp_message_id', nullable: true }) smtpMessageId: string | null;
  @Column('text', { name: 'subject_override', nullable: true }) subjectOverride: string | null;
  @Column('text', { name: 'text_override', nullable: true }) textOverride: string | null;
  @Column('uuid', { name: 'resent_from', nullable: true }) resentFrom: string | null;
  @Column('timestamptz', { name: 'created_at' }) createdAt: Date;
  @Column('timestamptz', { name: 'queued_at', nullable: true }) queuedAt: Date | null;
  @Column('timestamptz', { name: 'sent_at', nullable: true }) sentAt: Date | null;
  @Column('timestamptz', { name: 'failed_at', nullable: true }) failedAt: Date | null;
  @Column('timestamptz', { name: 'updated_at' }) updatedAt: Date;
}
