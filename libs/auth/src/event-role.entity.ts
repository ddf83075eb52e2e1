import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { EventRole } from './event-role.js';

@Entity('event_roles')
export class EventRoleEntity {
  @PrimaryColumn('uuid', { name: 'event_id' }) eventId: string;
  @PrimaryColumn('uuid', { name: 'user_id' }) userId: string;
  @PrimaryColumn('text') role: EventRole;
  @Column('timestamptz', { name: 'granted_at', default: () => 'now()' }) grantedAt: Date;
}
